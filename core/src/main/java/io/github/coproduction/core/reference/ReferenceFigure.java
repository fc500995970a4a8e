package io.github.coproduction.core.reference;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One dated figure of reference data, such as the Carer's Allowance earnings limit from 7 April
 * 2025: its id, its amount and what the amount is per, the date it takes effect, its source (title
 * and, where known, address) and how far it is confirmed.
 *
 * <pre>{@code
 * ReferenceFigure f = new ReferenceFigure.Builder().
 *     id("carers-allowance-earnings-limit").
 *     amount(new java.math.BigDecimal("196")).
 *     per("week").
 *     effective(java.time.LocalDate.parse("2025-04-07")).
 *     status(FigureStatus.REPORTED).
 *     source("Carers UK").
 *     address("carersuk.org").
 *     build();
 * f.describe();   // "£196.00 a week from 2025-04-07 (Carers UK, carersuk.org; reported)"
 * }</pre>
 */
@Value.Immutable
public abstract class ReferenceFigure {

  /** What an amount can be per. */
  public static final Set<String> UNITS = Set.of("hour", "week", "month", "percent");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  ReferenceFigure() {}

  /**
   * The figure's id, such as {@code "national-living-wage"}.
   *
   * @return lower-case words joined by hyphens
   */
  public abstract String id();

  /**
   * The amount, in pounds (or a percentage for {@code per = "percent"}).
   *
   * @return the amount, or empty when an unconfirmed figure's amount is unknown
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * What the amount is per: hour, week, month or percent.
   *
   * @return one of {@link #UNITS}
   */
  public abstract String per();

  /**
   * The date the figure takes effect; it is in force until the next figure with the same id.
   *
   * @return the effective date
   */
  public abstract LocalDate effective();

  /**
   * How far the figure is confirmed.
   *
   * @return the status
   */
  public abstract FigureStatus status();

  /**
   * The source's title.
   *
   * @return the title
   */
  public abstract String source();

  /**
   * The source's address, where known.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> address();

  /**
   * A note on the figure, such as how its effective day was chosen.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * The figure in words, with its date, source and status.
   *
   * @return for example {@code "£196.00 a week from 2025-04-07 (Carers UK, carersuk.org;
   *     reported)"}
   */
  public final String describe() {
    return amountText() + " from " + effective() + " (" + source()
        + address().map(a -> ", " + a).orElse("") + "; " + status().name().toLowerCase(
            java.util.Locale.ROOT) + ")";
  }

  /**
   * The amount in words: {@code "£196.00 a week"}, {@code "55%"}, or {@code "amount unknown"}.
   *
   * @return the amount in words
   */
  public final String amountText() {
    if (amount().isEmpty()) {
      return "amount unknown";
    }
    BigDecimal a = amount().get();
    if (per().equals("percent")) {
      return a.stripTrailingZeros().toPlainString() + "%";
    }
    String article = per().equals("hour") ? "an " : "a ";
    return "\u00a3" + a.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + article + per();
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new ValidationException("/id", "a figure id is lower-case words joined by hyphens,"
          + " such as national-living-wage, but was \"" + id() + "\"");
    }
    if (!UNITS.contains(per())) {
      throw new ValidationException("/per", "a figure is per hour, week, month or percent, but"
          + " was \"" + per() + "\"");
    }
    if (amount().isPresent() && amount().get().signum() < 0) {
      throw new ValidationException("/amount", "an amount must be zero or more, but was "
          + amount().get().toPlainString());
    }
    if (amount().isEmpty() && status() != FigureStatus.UNCONFIRMED) {
      throw new ValidationException("/amount", "only an unconfirmed figure may have an unknown"
          + " amount");
    }
    if (source().isBlank()) {
      throw new ValidationException("/source", "every figure names its source");
    }
  }

  /** Builds a {@link ReferenceFigure}. */
  public static class Builder extends ImmutableReferenceFigure.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
