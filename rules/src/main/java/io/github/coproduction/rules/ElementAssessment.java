package io.github.coproduction.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * The status of one framework condition or change in an assessment, with the rules behind it.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build());
 * a.element("S2.6").status();   // NOT_RECORDED
 * }</pre>
 */
@Value.Immutable
public abstract class ElementAssessment {

  ElementAssessment() {}

  /**
   * The framework element's id: a condition or a change.
   *
   * @return the element id
   */
  public abstract String element();

  /**
   * The element's status.
   *
   * @return the status
   */
  public abstract ElementStatus status();

  /**
   * The ids of the rules that evidence this element, in running order.
   *
   * @return rule ids
   */
  public abstract List<String> rules();

  /**
   * The number of aspects the rules check for this element in this assessment: the rules that
   * speak for it, are not disabled and apply to the initiative (a rule that found itself not
   * applicable, such as a payment rule when nobody is paid, checks no aspect of it).
   *
   * @return the aspects checked; 0 when not counted
   */
  @Value.Default
  public int aspects() {
    return 0;
  }

  /**
   * How many of those aspects the record evidences: the rules that judged the element and found
   * nothing open about it. An element is {@linkplain ElementStatus#MET met} only when every
   * aspect is evidenced; otherwise, with no gap and nothing missing, it reads "no gap found, k of
   * n aspects evidenced".
   *
   * @return the aspects evidenced, at most {@link #aspects()}
   */
  @Value.Default
  public int evidenced() {
    return 0;
  }

  /**
   * Builds an {@link ElementAssessment}; {@code element}, {@code status} and {@code rules} are
   * required.
   */
  public static class Builder extends ImmutableElementAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
