package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

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
 * }</pre>
 */
public final class Outcome {

  private static final Outcome PASS = new Outcome(null, ImmutableList.of());

  private final String notApplicableReason;
  private final ImmutableList<Observation> observations;

  private Outcome(String notApplicableReason, ImmutableList<Observation> observations) {
    this.notApplicableReason = notApplicableReason;
    this.observations = observations;
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
    return new Outcome(reason, ImmutableList.of());
  }

  /**
   * What the rule observed; a pass if nothing.
   *
   * @param observations the observations, in the order the rule made them
   * @return the outcome
   */
  public static Outcome of(List<Observation> observations) {
    ImmutableList<Observation> copy = ImmutableList.copyOf(observations);
    return copy.isEmpty() ? PASS : new Outcome(null, copy);
  }

  /**
   * One observation.
   *
   * @param observation the observation
   * @return the outcome
   */
  public static Outcome of(Observation observation) {
    return new Outcome(null, ImmutableList.of(requireNonNull(observation, "observation")));
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
   * Whether the rule passed.
   *
   * @return true if it applies and observed nothing
   */
  public boolean isPass() {
    return notApplicableReason == null && observations.isEmpty();
  }

  /**
   * Why the rule does not apply.
   *
   * @return the reason, or empty if it applies
   */
  public Optional<String> notApplicableReason() {
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

  @Override
  public String toString() {
    if (notApplicableReason != null) {
      return "Outcome[not applicable]";
    }
    return observations.isEmpty() ? "Outcome[pass]" : "Outcome" + observations;
  }
}
