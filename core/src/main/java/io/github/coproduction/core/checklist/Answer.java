package io.github.coproduction.core.checklist;

/**
 * An answer to a checklist item.
 *
 * <pre>{@code
 * Answer.PARTLY.needsRemedy();        // true
 * Answer.NOT_APPLICABLE.isResolved(); // true
 * Answer.NO.blocksProgress();         // true
 * }</pre>
 */
public enum Answer {
  /** Yes: done, or in place. */
  YES,
  /** Partly. */
  PARTLY,
  /** No. */
  NO,
  /** Does not apply to this activity. */
  NOT_APPLICABLE,
  /** Not answered yet. */
  UNANSWERED;

  /**
   * Whether the item needs nothing more: answered yes or not applicable.
   *
   * @return true for {@link #YES} and {@link #NOT_APPLICABLE}
   */
  public boolean isResolved() {
    return this == YES || this == NOT_APPLICABLE;
  }

  /**
   * Whether the answer should surface the remedy the framework offers.
   *
   * @return true for {@link #NO} and {@link #PARTLY}
   */
  public boolean needsRemedy() {
    return this == NO || this == PARTLY;
  }

  /**
   * Whether the answer stops the activity moving on to the next phase.
   *
   * @return true for {@link #NO} and {@link #UNANSWERED}
   */
  public boolean blocksProgress() {
    return this == NO || this == UNANSWERED;
  }
}
