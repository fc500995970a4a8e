package io.github.coproduction.core.initiative;

/**
 * Where a co-produced activity stands; checklist phases are gated on it.
 *
 * <pre>{@code
 * Stage.RUNNING.ordinal();   // 1
 * }</pre>
 */
public enum Stage {
  /** Being planned: the checklist's BEFORE phase. */
  PLANNING,
  /** Under way: the DURING phase; BEFORE items should be resolved. */
  RUNNING,
  /** Finished: the AFTER phase; reflection is expected. */
  FINISHED;
}
