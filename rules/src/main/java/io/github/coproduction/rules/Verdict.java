package io.github.coproduction.rules;

/**
 * The one-word summary of an assessment. An initiative with facts not recorded, or with an
 * element nothing could judge, is never summarised as sound.
 *
 * <pre>{@code
 * Verdict.INCOMPLETE.label();   // "incomplete record"
 * }</pre>
 */
public enum Verdict {
  /**
   * No unwaived gap above advisory, nothing missing from the record, no rule failed, and every
   * condition and change either met (every aspect checked for it evidenced) or not applicable.
   */
  SOUND("sound"),
  /**
   * No unwaived gap above advisory and nothing missing, but the evidence is limited: for some
   * condition or change the record evidences only some of the aspects the rules check
   * ({@link ElementStatus#NO_GAP_FOUND}).
   */
  LIMITED("no gaps found, evidence limited"),
  /**
   * No unwaived gap above advisory, but facts are not recorded, a rule failed, or a condition or
   * change was not assessed because its rules were disabled or waived.
   */
  INCOMPLETE("incomplete record"),
  /** At least one unwaived gap above advisory. */
  GAPS("gaps found");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /**
   * The verdict in words.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
