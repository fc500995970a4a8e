package io.github.coproduction.core.initiative;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a participant is paid for their time: the method and, when known, the hourly rate in pounds
 * sterling. A participant who is not paid has their payment recorded as absent.
 *
 * <pre>{@code
 * Payment fee = new Payment.Builder().
 *     method(PaymentMethod.FEE).hourlyRate(new java.math.BigDecimal("25.00")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Payment {

  Payment() {}

  /**
   * How the participant is paid.
   *
   * @return the method
   */
  public abstract PaymentMethod method();

  /**
   * The rate for an hour of their time, in pounds sterling; for vouchers, their value per hour.
   *
   * @return the rate, zero or more, or empty when not recorded
   */
  public abstract Optional<BigDecimal> hourlyRate();

  /**
   * Whether expenses are refunded on top of the payment.
   *
   * @return the fact, not recorded by default
   */
  @Value.Default
  public Fact expensesCovered() {
    return Fact.NOT_RECORDED;
  }

  @Value.Check
  void check() {
    if (hourlyRate().isPresent() && hourlyRate().get().signum() < 0) {
      throw new ValidationException("/hourlyRate", "an hourly rate must be zero or more, but was "
          + hourlyRate().get().toPlainString());
    }
  }

  /** Builds a {@link Payment}; {@code method} is required. */
  public static class Builder extends ImmutablePayment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
