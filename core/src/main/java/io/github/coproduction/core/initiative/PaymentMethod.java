package io.github.coproduction.core.initiative;

/**
 * How a participant is paid for their time. A participant who is not paid at all has their payment
 * recorded as absent ({@link Recorded#absent()}).
 *
 * <pre>{@code
 * PaymentMethod.VOUCHER.isMoney();         // false
 * PaymentMethod.EXPENSES_ONLY.isUnpaid();  // true
 * }</pre>
 */
public enum PaymentMethod {
  /** Paid through a salary: staff taking part in work time. */
  SALARIED(true),
  /** Paid an involvement payment through the organisation's payroll. */
  PAYROLL(true),
  /** Paid a fee or an hourly rate for involvement. */
  FEE(true),
  /** Thanked with vouchers instead of money: payment in kind, taxable and not money. */
  VOUCHER(false),
  /** Only out-of-pocket expenses are refunded: for the person, the same as unpaid. */
  EXPENSES_ONLY(false);

  private final boolean money;

  PaymentMethod(boolean money) {
    this.money = money;
  }

  /**
   * Whether this method pays money for time, as a fee, payroll or a salary does.
   *
   * @return true for {@link #SALARIED}, {@link #PAYROLL} and {@link #FEE}
   */
  public boolean isMoney() {
    return money;
  }

  /**
   * Whether this method leaves the person's time unpaid.
   *
   * @return true only for {@link #EXPENSES_ONLY}
   */
  public boolean isUnpaid() {
    return this == EXPENSES_ONLY;
  }
}
