package io.github.coproduction.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a rule observed in one place of an initiative: a gap or a fact not recorded, with the
 * evidence for it. The {@link Assessor} turns each observation into a {@link Finding}, adding the
 * rule's descriptor.
 *
 * <p>An observation may narrow the framework elements and the remedy to the case at hand, as the
 * checklist rules do for each item answered "no"; otherwise the descriptor's are used.
 *
 * <pre>{@code
 * Observation o = Observation.gap("Ground rules are recorded as not agreed.",
 *     Evidence.of("/arrangements/groundRules", "absent"));
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
   * What was observed. Its first sentence names the subject (the initiative, a participant by
   * reference, an arrangement, a checklist item).
   *
   * @return the message, not blank
   */
  public abstract String message();

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
    return new Builder().status(FindingStatus.GAP).message(message).addEvidence(evidence)
        .build();
  }

  /**
   * A fact the rule needs that is not recorded.
   *
   * @param message what is missing; its first sentence names the subject
   * @param evidence where the fact would be
   * @return the observation
   */
  public static Observation notRecorded(String message, Evidence... evidence) {
    return new Builder().status(FindingStatus.NOT_RECORDED).message(message)
        .addEvidence(evidence).build();
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("an observation's message must not be blank");
    }
  }

  /** Builds an {@link Observation}; {@code status} and {@code message} are required. */
  public static class Builder extends ImmutableObservation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
