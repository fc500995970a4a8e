package io.github.coproduction.rules;

/**
 * What a finding says: that the record proves a gap, or that a fact the rule needs is not
 * recorded.
 *
 * <pre>{@code
 * FindingStatus.NOT_RECORDED.label();   // "not recorded"
 * }</pre>
 */
public enum FindingStatus {
  /** A gap the record proves. */
  GAP("gap"),
  /** A fact the rule needs is not recorded, so the rule cannot tell. */
  NOT_RECORDED("not recorded");

  private final String label;

  FindingStatus(String label) {
    this.label = label;
  }

  /**
   * The status in words, for reports.
   *
   * @return {@code "gap"} or {@code "not recorded"}
   */
  public String label() {
    return label;
  }
}
