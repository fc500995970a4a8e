package io.github.coproduction.core.initiative;

/**
 * The time a payment rate pays for, as a finance officer records it.
 *
 * <pre>{@code
 * RateUnit.HALF_DAY.isHour();   // false
 * }</pre>
 */
public enum RateUnit {
  /** An hour. */
  HOUR,
  /** A session (a meeting, a workshop), whose length is recorded with the payment. */
  SESSION,
  /** Half a day, whose length in hours is recorded with the payment. */
  HALF_DAY,
  /** A day, whose length in hours is recorded with the payment. */
  DAY;

  /**
   * Whether the rate is per hour.
   *
   * @return true only for {@link #HOUR}
   */
  public boolean isHour() {
    return this == HOUR;
  }
}
