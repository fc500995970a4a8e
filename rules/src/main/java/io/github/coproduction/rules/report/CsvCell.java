package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

/**
 * A text for one cell of CSV that a spreadsheet opens: a value that a spreadsheet would read as a
 * formula or a command (starting with {@code = + - @}, a tab or a carriage return, as OWASP's
 * "CSV injection" advice lists) gets a leading apostrophe, so it is shown as text; other control
 * characters and bidi characters are replaced. Quoting the cell is the CSV writer's job.
 *
 * <p>Stateless and thread-safe. Used by the serialization module's {@code Csv} and the
 * command-line tool for every text cell they write.
 *
 * <pre>{@code
 * CsvCell.text("=HYPERLINK(\"http://x\")");   // "'=HYPERLINK(\"http://x\")"
 * CsvCell.text("-2 rungs");                   // "'-2 rungs"
 * CsvCell.text("no-ground-rules");            // "no-ground-rules"
 * }</pre>
 */
public final class CsvCell {

  private CsvCell() {}

  /**
   * Makes a value safe as a text cell.
   *
   * @param text the value
   * @return the value, with a leading apostrophe if a spreadsheet would run it
   */
  public static String text(String text) {
    requireNonNull(text, "text");
    String cleaned = UnsafeChars.replace(text, "\n\t\r", TerminalText.REPLACEMENT);
    if (!cleaned.isEmpty() && "=+-@\t\r".indexOf(cleaned.charAt(0)) >= 0) {
      return "'" + cleaned;
    }
    return cleaned;
  }
}
