package io.github.coproduction.core.framework;

import java.util.List;
import java.util.Optional;

/**
 * The eighteen conditions listed under the framework's three steps, in framework order, with ids
 * {@code S1.1}..{@code S3.8}.
 *
 * <pre>{@code
 * Condition.S2_6.id();      // "S2.6"
 * Condition.S2_6.title();   // "Payment and welfare benefits"
 * Condition.S2_6.step();    // S2
 * }</pre>
 */
public enum Condition implements FrameworkElement {
  /** S1.1. */
  S1_1(Step.S1, "Power, hierarchy and authority"),
  /** S1.2. */
  S1_2(Step.S1, "Institutional systems and resistance"),
  /** S1.3. */
  S1_3(Step.S1, "Leadership commitment and senior support"),
  /** S2.1. */
  S2_1(Step.S2, "Time, preparation, planning and clarity of purpose"),
  /** S2.2. */
  S2_2(Step.S2, "Common and shared values, aims and language"),
  /** S2.3. */
  S2_3(Step.S2, "Ground rules for group working"),
  /** S2.4. */
  S2_4(Step.S2, "Navigating roles and boundaries"),
  /** S2.5. */
  S2_5(Step.S2, "Process and participant facilitation and brokering"),
  /** S2.6. */
  S2_6(Step.S2, "Payment and welfare benefits"),
  /** S2.7. */
  S2_7(Step.S2, "Sharing the defining and decision-making"),
  /** S3.1. */
  S3_1(Step.S3, "Trust, honesty, communication and transparency"),
  /** S3.2. */
  S3_2(Step.S3, "Learning, reflection and making mistakes"),
  /** S3.3. */
  S3_3(Step.S3, "Equality, assets and experience"),
  /** S3.4. */
  S3_4(Step.S3, "Practical, flexible frameworks"),
  /** S3.5. */
  S3_5(Step.S3, "Emotional and psychological support and facilitation"),
  /** S3.6. */
  S3_6(Step.S3, "Staff support and perspectives"),
  /** S3.7. */
  S3_7(Step.S3, "Service user and/or carer support and perspectives"),
  /** S3.8. */
  S3_8(Step.S3, "Addressing challenge and tensions");

  private final Step step;
  private final String title;
  private final String id;

  Condition(Step step, String title) {
    this.step = step;
    this.title = title;
    this.id = name().replace('_', '.');
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * The step this condition is listed under.
   *
   * @return the step
   */
  public Step step() {
    return step;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.CONDITION;
  }

  @Override
  public Optional<FrameworkElement> parent() {
    return Optional.of(step);
  }

  @Override
  public List<FrameworkElement> children() {
    return List.of();
  }

  @Override
  public String toString() {
    return id;
  }
}
