package io.github.coproduction.core.framework;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three steps of the framework, in framework order, each with the conditions listed under it.
 *
 * <pre>{@code
 * Step.S2.title();               // "Coming together to create the right conditions for co-production to work"
 * Step.S2.conditions().size();   // 7
 * }</pre>
 */
public enum Step implements FrameworkElement {
  /** Step 1. */
  S1(1, "Understanding the context and environment in which co-production is going to take place"),
  /** Step 2. */
  S2(2, "Coming together to create the right conditions for co-production to work"),
  /** Step 3. */
  S3(3, "Working together to achieve parity and genuine collaboration");

  // Written out, not derived from the declaration order: the framework prints these numbers.
  private final int number;
  private final String title;

  Step(int number, String title) {
    this.number = number;
    this.title = title;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * The step's number as the framework prints it: 1, 2 or 3.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.STEP;
  }

  @Override
  public Optional<FrameworkElement> parent() {
    return Optional.empty();
  }

  /**
   * The conditions listed under this step, in framework order.
   *
   * @return the conditions, never empty
   */
  public List<Condition> conditions() {
    return Arrays.stream(Condition.values())
        .filter(c -> c.step() == this)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<Condition> children() {
    return conditions();
  }

  @Override
  public String toString() {
    return id();
  }
}
