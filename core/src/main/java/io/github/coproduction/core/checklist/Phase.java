package io.github.coproduction.core.checklist;

/**
 * The phases of a co-produced activity that checklist items belong to, in order.
 *
 * <pre>{@code
 * Phase.AFTER.title();                 // "following"
 * Phase.BEFORE.isBefore(Phase.DURING); // true
 * }</pre>
 */
public enum Phase {
  /** Before the activity starts. */
  BEFORE("before"),
  /** While the activity runs. */
  DURING("during"),
  /** Following the activity. */
  AFTER("following");

  private final String title;

  Phase(String title) {
    this.title = title;
  }

  /**
   * The word the framework uses for this phase ("before, during and following").
   *
   * @return the word
   */
  public String title() {
    return title;
  }

  /**
   * Whether this phase comes strictly before another.
   *
   * @param other the other phase
   * @return true if this phase is earlier
   */
  public boolean isBefore(Phase other) {
    return compareTo(other) < 0;
  }
}
