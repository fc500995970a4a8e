package io.github.coproduction.rules;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * What a rule observed in one place of an initiative: a gap or a fact not recorded, with the
 * evidence for it. The {@link Assessor} turns each observation into a {@link Finding}, adding the
 * rule's descriptor.
 *
 * <p>An observation may narrow the framework elements and the remedy to the case at hand, as the
 * checklist rules do for each item answered "no"; otherwise the descriptor's are used.
 *
 * <p>The standard rules say what they observed as a {@link Message} from the bundles, so that
 * the {@link Assessor} can render it in the caller's locale; a custom rule may give its own
 * words, shown as they are in every locale.
 *
 * <pre>{@code
 * Observation o = Observation.gap("Ground rules are recorded as not agreed.",
 *     Evidence.of("/arrangements/groundRules", "absent"));
 * Observation p = Observation.gap(Message.of("no-training.gap"),
 *     Evidence.of("/arrangements/trainingAndDevelopment", "absent"));
 * }</pre>
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * A gap or a fact not recorded.
   *
   * @return the status
   */
  public abstract FindingStatus status();

  /**
   * What was observed, as a message to render in the reader's locale. Its first sentence names
   * the subject (the initiative, a participant by reference, an arrangement, a checklist item).
   *
   * @return the message
   */
  public abstract Message text();

  /**
   * What was observed, in English.
   *
   * @return the message, not blank
   */
  public final String message() {
    return text().render(Locale.ENGLISH);
  }

  /**
   * The facts behind the observation.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidence();

  /**
   * Framework element ids this observation evidences, when narrower than the rule's.
   *
   * @return element ids, or empty to use the descriptor's
   */
  public abstract List<String> elements();

  /**
   * Framework action ids that remedy this observation, when narrower than the rule's.
   *
   * @return action ids, or empty to use the descriptor's
   */
  public abstract List<String> remedyActions();

  /**
   * Whether the gap is partly closed by the initiative's own account (a checklist item answered
   * "partly"): the finding then takes the rule's severity {@linkplain Severity#milder() one step
   * milder}.
   *
   * @return true for a partly closed gap; false by default
   */
  @Value.Default
  public boolean milder() {
    return false;
  }

  /**
   * A gap the record proves.
   *
   * @param message what was observed; its first sentence names the subject
   * @param evidence the facts behind it
   * @return the observation
   */
  public static Observation gap(String message, Evidence... evidence) {
    return gap(Message.literal(message), evidence);
  }

  /**
   * A gap the record proves, said with a message from the bundles.
   *
   * @param message what was observed; its first sentence names the subject
   * @param evidence the facts behind it
   * @return the observation
   */
  public static Observation gap(Message message, Evidence... evidence) {
    return new Builder().status(FindingStatus.GAP).text(message).addEvidence(evidence).build();
  }

  /**
   * A fact the rule needs that is not recorded.
   *
   * @param message what is missing; its first sentence names the subject
   * @param evidence where the fact would be
   * @return the observation
   */
  public static Observation notRecorded(String message, Evidence... evidence) {
    return notRecorded(Message.literal(message), evidence);
  }

  /**
   * A fact the rule needs that is not recorded, said with a message from the bundles.
   *
   * @param message what is missing; its first sentence names the subject
   * @param evidence where the fact would be
   * @return the observation
   */
  public static Observation notRecorded(Message message, Evidence... evidence) {
    return new Builder().status(FindingStatus.NOT_RECORDED).text(message).addEvidence(evidence)
        .build();
  }

  @Value.Check
  void check() {
    if (text().isLiteral() && message().isBlank()) {
      throw new IllegalArgumentException("an observation's message must not be blank");
    }
  }

  /** Builds an {@link Observation}; {@code status} and {@code text} are required. */
  public static class Builder extends ImmutableObservation.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets what was observed in the rule's own words, shown as they are in every locale.
     *
     * @param message the text
     * @return this builder
     */
    public Builder message(String message) {
      text(Message.literal(message));
      return this;
    }
  }
}
