package io.github.coproduction.rules;

/**
 * What one rule did in an assessment.
 *
 * <pre>{@code
 * RuleStatus.ERROR.label();   // "error"
 * }</pre>
 */
public enum RuleStatus {
  /** It ran and found nothing. */
  PASSED("passed"),
  /** It found at least one gap the record proves. */
  GAP("gap"),
  /** It found only facts not recorded: it could not be assessed. */
  NOT_RECORDED("not recorded"),
  /** It does not apply to this initiative. */
  NOT_APPLICABLE("not applicable"),
  /** It threw, or returned nothing: an evaluation error, never a pass. */
  ERROR("error"),
  /** The profile disabled it. */
  DISABLED("disabled");

  private final String label;

  RuleStatus(String label) {
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
