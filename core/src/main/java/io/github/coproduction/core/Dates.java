package io.github.coproduction.core;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The dates documents may hold: plain {@code YYYY-MM-DD} from {@link #EARLIEST} to
 * {@link #LATEST}. Anything else (a sign, a five-digit year such as {@code +999999999-12-31}, the
 * year {@code -0001}, the 30th of February) is refused, so a waiver cannot be made to last for
 * ever by an extreme expiry date.
 *
 * <pre>{@code
 * Dates.parse("2027-03-31");                   // 2027-03-31
 * Dates.isInRange(java.time.LocalDate.MAX);    // false
 * }</pre>
 */
public final class Dates {

  /** The earliest date accepted: 1900-01-01. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date accepted: 2199-12-31. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private static final Pattern PLAIN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Dates() {}

  /**
   * Whether a date is within the accepted range.
   *
   * @param date the date
   * @return true from {@link #EARLIEST} to {@link #LATEST}, both included
   */
  public static boolean isInRange(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /**
   * Reads a plain date.
   *
   * @param text the text, such as {@code "2026-03-01"}
   * @return the date
   * @throws IllegalArgumentException with a message that quotes (at most 40 characters of) the
   *     text and says what is allowed, if it is not a real date {@code YYYY-MM-DD} in range
   */
  public static LocalDate parse(String text) {
    requireNonNull(text, "text");
    String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
    String expected = "expected a date YYYY-MM-DD from " + EARLIEST + " to " + LATEST
        + ", but found \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    if (!PLAIN.matcher(text).matches()) {
      throw new IllegalArgumentException(expected);
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(expected + ", which is not a day of the calendar");
    }
    if (!isInRange(date)) {
      throw new IllegalArgumentException(expected);
    }
    return date;
  }
}
