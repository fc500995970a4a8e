package io.github.coproduction.core.framework;

/**
 * The kinds of {@link FrameworkElement}, in the order the framework introduces them.
 *
 * <pre>{@code
 * ElementKind.CONDITION.plural();   // "conditions"
 * }</pre>
 */
public enum ElementKind {
  /** One of the three steps, {@code S1}..{@code S3}. */
  STEP("steps"),
  /** A condition listed under a step, {@code S1.1}..{@code S3.8}. */
  CONDITION("conditions"),
  /** A change required, {@code C1}..{@code C6} ({@code C6} is Reflection). */
  CHANGE("changes"),
  /** An action under "How to achieve it", {@code C1.1}..{@code C6.1}. */
  ACTION("actions"),
  /** A persistent challenge the vision must address, {@code C1.2.a}..{@code C1.2.f}. */
  CHALLENGE("challenges");

  private final String plural;

  ElementKind(String plural) {
    this.plural = plural;
  }

  /**
   * The plural noun, for messages and reports.
   *
   * @return for example {@code "conditions"}
   */
  public String plural() {
    return plural;
  }
}
