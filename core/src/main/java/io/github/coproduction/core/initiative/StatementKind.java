package io.github.coproduction.core.initiative;

/**
 * What a partner's {@link Statement} says about the work.
 *
 * <pre>{@code
 * StatementKind.INEQUALITY.isExclusionOrInequality();   // true
 * }</pre>
 */
public enum StatementKind {
  /** Being left out: of a decision, a meeting, the work ("we weren't told"). */
  EXCLUSION,
  /** Not being equals: "a sense of us and them", trusted by some and not by others. */
  INEQUALITY,
  /** Appreciation of how the work is done. */
  APPRECIATION,
  /** Another observation. */
  OBSERVATION;

  /**
   * Whether a statement of this kind says people were excluded or not treated as equals.
   *
   * @return true for {@link #EXCLUSION} and {@link #INEQUALITY}
   */
  public boolean isExclusionOrInequality() {
    return this == EXCLUSION || this == INEQUALITY;
  }
}
