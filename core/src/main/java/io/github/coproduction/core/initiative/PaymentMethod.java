package io.github.coproduction.core.initiative;

/**
 * How a participant is paid for their time. A participant who is not paid at all has their payment
 * recorded as absent ({@link Recorded#absent()}).
 *
 * <pre>{@code
 * PaymentMethod.VOUCHER.isMoney();   // false
 * }</pre>
 */
public enum PaymentMethod {
  /** Paid through a salary: staff taking part in work time. */
  SALARIED(true),
  /** Paid a fee or an hourly rate for involvement. */
  FEE(true),
  /** Thanked with vouchers instead of money. */
  VOUCHER(false),
  /** Only out-of-pocket expenses are refunded. */
  EXPENSES_ONLY(false);

  private final boolean money;

  PaymentMethod(boolean money) {
    this.money = money;
  }

  /**
   * Whether this method pays money for time, as a fee or a salary does.
   *
   * @return true for {@link #SALARIED} and {@link #FEE}
   */
  public boolean isMoney() {
    return money;
  }
}
