package io.github.coproduction.core.initiative;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Payment offered to a participant for their time, as a finance officer records it: what the
 * participant did with the offer, the method, the rate and the time it pays for, the hours or
 * sessions expected each week, whether expenses are covered, and whether payments arrive on time.
 * A recorded payment means payment was offered; a participant who is neither offered nor paid has
 * their payment recorded as absent.
 *
 * <p>Every part but the method is optional and not recorded by default. The method is required
 * unless the participant declined the offer. A rate is either {@code hourlyRate} (per hour, the
 * form of schema 1.0 and 1.1) or {@code rate} with its unit {@code per}; a rate per session, half
 * day or day is compared with staff time through {@code hoursPerUnit}.
 *
 * <pre>{@code
 * Payment fee = new Payment.Builder().
 *     method(PaymentMethod.FEE).
 *     rate(new java.math.BigDecimal("90.00")).
 *     per(RateUnit.HALF_DAY).
 *     hoursPerUnit(new java.math.BigDecimal("3")).
 *     build();
 * fee.ratePerHour();                                   // Optional[30.00]
 * new Payment.Builder().
 *     response(PaymentResponse.DECLINED_AFTER_ADVICE).
 *     build().
 *     isPaid();                                        // false
 * }</pre>
 */
@Value.Immutable
public abstract class Payment {

  Payment() {}

  /**
   * What the participant did with the offer.
   *
   * @return the response, or empty when not recorded (read as accepted when a method is recorded)
   */
  public abstract Optional<PaymentResponse> response();

  /**
   * How the participant is paid, or would be paid.
   *
   * @return the method, or empty only when the participant declined
   */
  public abstract Optional<PaymentMethod> method();

  /**
   * The rate for an hour of their time, in pounds sterling; for vouchers, their value per hour.
   * The form of schema 1.0 and 1.1; {@link #rate()} with {@link #per()} is the general form.
   *
   * @return the rate, zero or more, or empty when not recorded
   */
  public abstract Optional<BigDecimal> hourlyRate();

  /**
   * The rate for one {@link #per()} of their time, in pounds sterling.
   *
   * @return the rate, zero or more, or empty when not recorded
   */
  public abstract Optional<BigDecimal> rate();

  /**
   * The time {@link #rate()} pays for.
   *
   * @return the unit, {@link RateUnit#HOUR} by default
   */
  @Value.Default
  public RateUnit per() {
    return RateUnit.HOUR;
  }

  /**
   * How many hours one session, half day or day lasts, for comparing the rate with staff time.
   *
   * @return the hours, more than zero, or empty when not recorded
   */
  public abstract Optional<BigDecimal> hoursPerUnit();

  /**
   * How many hours (for a rate per hour) or units (sessions, half days or days) the participant
   * is expected to give each week.
   *
   * @return the number per week, zero or more, or empty when not recorded
   */
  public abstract Optional<BigDecimal> perWeek();

  /**
   * The staff grade or role whose time this payment matches, a key of
   * {@link Arrangements#staffRates()}.
   *
   * @return the grade, or empty when the payment is compared with the one staff hourly rate
   */
  public abstract Optional<String> grade();

  /**
   * Whether expenses are refunded on top of the payment.
   *
   * @return the fact, not recorded by default
   */
  @Value.Default
  public Fact expensesCovered() {
    return Fact.NOT_RECORDED;
  }

  /**
   * Whether payments reach the participant on time.
   *
   * @return on time or late, or empty when not recorded
   */
  public abstract Optional<PaymentTimeliness> timeliness();

  /**
   * Whether the participant is paid for their time in person: they did not decline, their
   * payment does not go to their organisation, and the method is not expenses only. Vouchers
   * count as paid: they are taxable and may count as earnings.
   *
   * @return true when the person receives payment or payment in kind
   */
  public final boolean isPaid() {
    PaymentResponse r = response().orElse(PaymentResponse.ACCEPTED);
    return r == PaymentResponse.ACCEPTED && method().isPresent() && !method().get().isUnpaid();
  }

  /**
   * The rate for an hour of time: {@link #hourlyRate()}, a {@link #rate()} per hour, or a rate
   * per session, half day or day divided by {@link #hoursPerUnit()}.
   *
   * @return the rate per hour, or empty when it cannot be worked out from the record
   */
  public final Optional<BigDecimal> ratePerHour() {
    if (hourlyRate().isPresent()) {
      return hourlyRate();
    }
    if (rate().isEmpty()) {
      return Optional.empty();
    }
    if (per().isHour()) {
      return rate();
    }
    return hoursPerUnit().map(h -> rate().get().divide(h, MathContext.DECIMAL64));
  }

  /**
   * The payment expected in a week: the rate times the hours or units per week.
   *
   * @return the weekly amount in pounds, or empty when the rate or the time per week is not
   *     recorded
   */
  public final Optional<BigDecimal> weeklyAmount() {
    if (perWeek().isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> unitRate = hourlyRate().isPresent() ? hourlyRate() : rate();
    return unitRate.map(r -> r.multiply(perWeek().get()));
  }

  @Value.Check
  void check() {
    nonNegative("/hourlyRate", "an hourly rate", hourlyRate());
    nonNegative("/rate", "a rate", rate());
    nonNegative("/perWeek", "the time per week", perWeek());
    if (hoursPerUnit().isPresent() && hoursPerUnit().get().signum() <= 0) {
      throw new ValidationException("/hoursPerUnit", "the hours per unit must be more than zero,"
          + " but was " + hoursPerUnit().get().toPlainString());
    }
    if (hourlyRate().isPresent() && rate().isPresent()) {
      throw new ValidationException("/rate", "a payment has either an hourlyRate or a rate"
          + " with its unit, not both");
    }
    if (method().isEmpty() && !response().map(PaymentResponse::isDeclined).orElse(false)) {
      throw new ValidationException("/method", "how the participant is paid is required unless"
          + " they declined payment");
    }
    grade().ifPresent(g -> References.checkReference("/grade", g, "a staff grade or role"));
  }

  private static void nonNegative(String pointer, String what, Optional<BigDecimal> value) {
    if (value.isPresent() && value.get().signum() < 0) {
      throw new ValidationException(pointer, what + " must be zero or more, but was "
          + value.get().toPlainString());
    }
  }

  /** Builds a {@link Payment}; {@code method} is required unless the response is declined. */
  public static class Builder extends ImmutablePayment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
