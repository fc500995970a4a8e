package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

/**
 * One line of an error message for standard error or a log: a value from input is quoted,
 * escaped and shortened by {@link #quote(String)}; a whole message is made one line of bounded
 * length by {@link #line(String)}, so no value can forge a second line, reach the terminal as an
 * escape sequence, or fill the screen.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * ErrorLine.quote("a\nb");                    // "\"a\\nb\""
 * ErrorLine.quote("x".repeat(100)).length();  // 42
 * ErrorLine.line("bad\ncoproduction: forged").contains("\n");   // false
 * }</pre>
 */
public final class ErrorLine {

  /** The most characters of a value {@link #quote(String)} shows. */
  public static final int MAX_VALUE = 40;

  /** The most characters of a line {@link #line(String)} gives. */
  public static final int MAX_LINE = 400;

  private ErrorLine() {}

  /**
   * A value in double quotes, with quotes, backslashes, control and bidi characters escaped as
   * Java escapes (a line feed as backslash n, the right-to-left override as backslash u202e),
   * and at most {@link #MAX_VALUE} characters of it shown, then {@code ...}.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(String value) {
    requireNonNull(value, "value");
    String shown = value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 3) + "...";
    return "\"" + escape(shown, true) + "\"";
  }

  /**
   * A message as one line: control and bidi characters escaped as in {@link #quote(String)}, and
   * cut to at most {@link #MAX_LINE} characters, ending {@code ...} when cut.
   *
   * @param message the message
   * @return the line
   */
  public static String line(String message) {
    requireNonNull(message, "message");
    String escaped = escape(message, false);
    return escaped.length() <= MAX_LINE ? escaped
        : escaped.substring(0, MAX_LINE - 3) + "...";
  }

  private static String escape(String s, boolean quoted) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append(quoted ? "\\\"" : "\"");
        case '\\' -> b.append(quoted ? "\\\\" : "\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (UnsafeChars.isUnsafe(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
