package io.github.coproduction.core.initiative;

/**
 * What the record says about a fact: that it holds, that it does not, or nothing at all.
 *
 * <p>The difference between {@link #ABSENT} and {@link #NOT_RECORDED} runs through the whole
 * library: a rule reports a proven gap only for {@code ABSENT}, and "not recorded" otherwise.
 *
 * <pre>{@code
 * Fact.ABSENT.isRecorded();        // true
 * Fact.NOT_RECORDED.isRecorded();  // false
 * }</pre>
 */
public enum Fact {
  /** Recorded as present, or true. */
  PRESENT,
  /** Recorded as absent, or false. */
  ABSENT,
  /** Not recorded: unknown. */
  NOT_RECORDED;

  /**
   * Whether the record says anything.
   *
   * @return false only for {@link #NOT_RECORDED}
   */
  public boolean isRecorded() {
    return this != NOT_RECORDED;
  }

  /**
   * The fact for a known boolean.
   *
   * @param present whether the fact holds
   * @return {@link #PRESENT} or {@link #ABSENT}
   */
  public static Fact of(boolean present) {
    return present ? PRESENT : ABSENT;
  }
}
