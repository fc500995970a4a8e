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
   * At least one rule behind it judged it and found nothing open: every rule that applies passed
   * or had its findings waived, and at least one passed or had a finding not waived.
   */
  MET("met"),
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
