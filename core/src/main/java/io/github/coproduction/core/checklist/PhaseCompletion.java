package io.github.coproduction.core.checklist;

import org.immutables.value.Value;

/**
 * How far one phase of a checklist has been answered.
 *
 * <pre>{@code
 * PhaseCompletion c = ResponseSet.of(DefaultChecklist.checklist(),
 *     new ChecklistResponses.Builder().checklist(DefaultChecklist.ID).build()).
 *     completion(Phase.BEFORE);
 * c.unanswered() == c.total();   // true
 * c.isClear();                   // false
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PhaseCompletion {

  PhaseCompletion() {}

  /**
   * The phase.
   *
   * @return the phase
   */
  @Value.Parameter
  public abstract Phase phase();

  /**
   * Items answered yes.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int yes();

  /**
   * Items answered partly.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int partly();

  /**
   * Items answered no.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int no();

  /**
   * Items answered not applicable.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int notApplicable();

  /**
   * Items not answered.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int unanswered();

  /**
   * All items of the phase.
   *
   * @return the count
   */
  public final int total() {
    return yes() + partly() + no() + notApplicable() + unanswered();
  }

  /**
   * Items with any answer.
   *
   * @return the count
   */
  public final int answered() {
    return total() - unanswered();
  }

  /**
   * Whether every item has an answer.
   *
   * @return true if none is unanswered
   */
  public final boolean isComplete() {
    return unanswered() == 0;
  }

  /**
   * Whether nothing in the phase stops the activity moving on: no item unanswered or answered no.
   *
   * @return true if the phase is clear
   */
  public final boolean isClear() {
    return unanswered() == 0 && no() == 0;
  }

  /**
   * The share of items answered.
   *
   * @return from 0.0 to 1.0; 1.0 for a phase with no items
   */
  public final double fractionAnswered() {
    return total() == 0 ? 1.0 : (double) answered() / total();
  }
}
