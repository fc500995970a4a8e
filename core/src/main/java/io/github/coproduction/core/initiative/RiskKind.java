package io.github.coproduction.core.initiative;

/**
 * What a risk threatens.
 *
 * <pre>{@code
 * RiskKind.WELFARE_BENEFITS;
 * }</pre>
 */
public enum RiskKind {
  /** People's wellbeing, for example reliving a crisis. */
  WELLBEING,
  /** People's welfare benefits, for example when paid for involvement. */
  WELFARE_BENEFITS,
  /** The service or the organisation. */
  SERVICE,
  /** Anything else. */
  OTHER;
}
