package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule returns for one initiative: it passed, it does not apply (and why), or it observed
 * one or more gaps or facts not recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Outcome.pass().isPass();                                          // true
 * Outcome.notApplicable("No participant brings lived experience.");
 * Outcome.of(java.util.List.of());                                  // a pass: nothing observed
 * Outcome.pass().within(java.util.Set.of("S2.1"));                  // a pass for S2.1 only
 * }</pre>
 */
public final class Outcome {

  private static final Outcome PASS = new Outcome(null, ImmutableList.of(), null);

  private final Message notApplicableReason;
  private final ImmutableList<Observation> observations;
  /** The elements the outcome speaks for, or null for all of the rule's. */
  private final ImmutableSet<String> scope;

  private Outcome(Message notApplicableReason, ImmutableList<Observation> observations,
      ImmutableSet<String> scope) {
    this.notApplicableReason = notApplicableReason;
    this.observations = observations;
    this.scope = scope;
  }

  /**
   * The rule passed: nothing to report.
   *
   * @return the shared pass
   */
  public static Outcome pass() {
    return PASS;
  }

  /**
   * The rule does not apply to this initiative.
   *
   * @param reason why not, as a sentence
   * @return the outcome
   */
  public static Outcome notApplicable(String reason) {
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a reason must not be blank");
    }
    return new Outcome(Message.literal(reason), ImmutableList.of(), null);
  }

  /**
   * The rule does not apply to this initiative, said with a message from the bundles.
   *
   * @param reason why not, as a sentence
   * @return the outcome
   */
  public static Outcome notApplicable(Message reason) {
    return new Outcome(requireNonNull(reason, "reason"), ImmutableList.of(), null);
  }

  /**
   * What the rule observed; a pass if nothing.
   *
   * @param observations the observations, in the order the rule made them
   * @return the outcome
   */
  public static Outcome of(List<Observation> observations) {
    ImmutableList<Observation> copy = ImmutableList.copyOf(observations);
    return copy.isEmpty() ? PASS : new Outcome(null, copy, null);
  }

  /**
   * One observation.
   *
   * @param observation the observation
   * @return the outcome
   */
  public static Outcome of(Observation observation) {
    return new Outcome(null, ImmutableList.of(requireNonNull(observation, "observation")),
        null);
  }

  /**
   * A single gap the record proves.
   *
   * @param message what was observed; its first sentence names the subject
   * @param evidence the facts behind it
   * @return the outcome
   */
  public static Outcome gap(String message, Evidence... evidence) {
    return of(Observation.gap(message, evidence));
  }

  /**
   * A single gap the record proves, said with a message from the bundles.
   *
   * @param message what was observed; its first sentence names the subject
   * @param evidence the facts behind it
   * @return the outcome
   */
  public static Outcome gap(Message message, Evidence... evidence) {
    return of(Observation.gap(message, evidence));
  }

  /**
   * A single fact not recorded.
   *
   * @param message what is missing; its first sentence names the subject
   * @param evidence where the fact would be
   * @return the outcome
   */
  public static Outcome notRecorded(String message, Evidence... evidence) {
    return of(Observation.notRecorded(message, evidence));
  }

  /**
   * A single fact not recorded, said with a message from the bundles.
   *
   * @param message what is missing; its first sentence names the subject
   * @param evidence where the fact would be
   * @return the outcome
   */
  public static Outcome notRecorded(Message message, Evidence... evidence) {
    return of(Observation.notRecorded(message, evidence));
  }

  /**
   * Whether the rule passed.
   *
   * @return true if it applies and observed nothing
   */
  public boolean isPass() {
    return notApplicableReason == null && observations.isEmpty();
  }

  /**
   * Why the rule does not apply, in English.
   *
   * @return the reason, or empty if it applies
   */
  public Optional<String> notApplicableReason() {
    return notApplicable().map(m -> m.render(java.util.Locale.ENGLISH));
  }

  /**
   * Why the rule does not apply, as a message to render in the reader's locale.
   *
   * @return the reason, or empty if it applies
   */
  public Optional<Message> notApplicable() {
    return Optional.ofNullable(notApplicableReason);
  }

  /**
   * What the rule observed.
   *
   * @return the observations, empty for a pass or not applicable
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * This outcome, speaking only for some of the rule's framework elements. Without a scope, an
   * outcome speaks for every element its rule's descriptor lists: a pass counts towards each of
   * them being met, a not-applicable towards each being not applicable. With one, it counts only
   * towards the elements in the scope, so a rule that has nothing to judge for an element does not
   * make it met. Observations keep the elements they name.
   *
   * @param elements the ids of the elements the outcome speaks for; may be empty
   * @return an outcome with the same result and this scope
   */
  public Outcome within(Collection<String> elements) {
    return new Outcome(notApplicableReason, observations, ImmutableSet.copyOf(elements));
  }

  /**
   * The framework elements this outcome speaks for, when it speaks for fewer than its rule's.
   *
   * @return the element ids, or empty when the outcome speaks for all of the rule's elements
   */
  public Optional<Set<String>> scope() {
    return Optional.ofNullable(scope);
  }

  @Override
  public String toString() {
    String within = scope == null ? "" : " within " + scope;
    if (notApplicableReason != null) {
      return "Outcome[not applicable" + within + "]";
    }
    if (observations.isEmpty()) {
      return "Outcome[pass" + within + "]";
    }
    return "Outcome" + observations + within;
  }
}
