package io.github.coproduction.rules;

/**
 * The status of one framework condition or change in an assessment.
 *
 * <pre>{@code
 * ElementStatus.MET.label();   // "met"
 * }</pre>
 */
public enum ElementStatus {
  /**
   * Every aspect the rules check for it is evidenced: every rule that speaks for it, and is not
   * disabled, judged it and found nothing open.
   */
  MET("met"),
  /**
   * No gap and nothing missing, but only some of the aspects the rules check for it are
   * evidenced ({@link ElementAssessment#evidenced()} of {@link ElementAssessment#aspects()}):
   * the others did not apply, were waived, or have not been reached yet.
   */
  NO_GAP_FOUND("no gap found"),
  /** At least one unwaived gap the record proves. */
  GAP("gap"),
  /** No proven gap, but a fact its rules need is not recorded. */
  NOT_RECORDED("not recorded"),
  /** None of its rules applies to this initiative. */
  NOT_APPLICABLE("not applicable"),
  /**
   * Nothing could be said: its rules were disabled by the profile, had every finding about it
   * waived, or failed. Never counted as met.
   */
  NOT_ASSESSED("not assessed");

  private final String label;

  ElementStatus(String label) {
    this.label = label;
  }

  /**
   * The status in words.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
