package io.github.coproduction.core.initiative;

/**
 * A welfare benefit with an earnings rule that a participant may receive. Sensitive personal
 * data: optional, never required, and removed by {@link Redaction}.
 *
 * <pre>{@code
 * Benefit.CARERS_ALLOWANCE.hasEarningsLimit();   // true
 * Benefit.UNIVERSAL_CREDIT.hasEarningsLimit();   // false: a taper, not a limit
 * }</pre>
 */
public enum Benefit {
  /** Carer's Allowance: earnings over the weekly limit lose that week's whole award. */
  CARERS_ALLOWANCE,
  /** Employment and Support Allowance: earnings allowed under the permitted-work limits. */
  EMPLOYMENT_AND_SUPPORT_ALLOWANCE,
  /** Universal Credit: earnings above any work allowance reduce the award by the taper. */
  UNIVERSAL_CREDIT,
  /** Another benefit with an earnings rule. */
  OTHER;

  /**
   * Whether earnings over a weekly limit stop or put at risk the benefit (a cliff edge), rather
   * than reduce it gradually.
   *
   * @return true for Carer's Allowance and Employment and Support Allowance
   */
  public boolean hasEarningsLimit() {
    return this == CARERS_ALLOWANCE || this == EMPLOYMENT_AND_SUPPORT_ALLOWANCE;
  }
}
