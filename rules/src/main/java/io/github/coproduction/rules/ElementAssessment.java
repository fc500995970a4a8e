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

  /** Builds an {@link ElementAssessment}; every attribute is required. */
  public static class Builder extends ImmutableElementAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
