package io.github.coproduction.rules;

/**
 * The status of one framework condition or change in an assessment.
 *
 * <pre>{@code
 * ElementStatus.MET.label();   // "met"
 * }</pre>
 */
public enum ElementStatus {
  /** Every rule behind it that applies passed, or its gaps are waived. */
  MET("met"),
  /** At least one unwaived gap the record proves. */
  GAP("gap"),
  /** No proven gap, but a fact its rules need is not recorded. */
  NOT_RECORDED("not recorded"),
  /** None of its rules applies to this initiative. */
  NOT_APPLICABLE("not applicable"),
  /** Its rules were disabled or failed: nothing could be said. */
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
