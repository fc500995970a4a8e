package io.github.coproduction.core.initiative;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The budget for an initiative, in pounds sterling, and the organisation that holds it.
 *
 * <pre>{@code
 * Budget b = new Budget.Builder().amount(new java.math.BigDecimal("12000")).heldBy("icb").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Budget {

  Budget() {}

  /**
   * The amount, in pounds sterling.
   *
   * @return zero or more
   */
  public abstract BigDecimal amount();

  /**
   * The organisation that holds the budget, by its id in the initiative.
   *
   * @return the organisation id, or empty when not recorded
   */
  public abstract Optional<String> heldBy();

  @Value.Check
  void check() {
    if (amount().signum() < 0) {
      throw new ValidationException("/amount", "a budget must be zero or more, but was "
          + amount().toPlainString());
    }
    heldBy().ifPresent(o -> References.checkReference("/heldBy", o, "an organisation id"));
  }

  /** Builds a {@link Budget}; {@code amount} is required. */
  public static class Builder extends ImmutableBudget.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
