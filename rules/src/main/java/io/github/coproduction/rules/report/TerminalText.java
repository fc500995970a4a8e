package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

/**
 * Text for a terminal: every control character (ESC, BEL, NUL, carriage return, DEL, the C1
 * controls) and every bidirectional formatting character (such as the right-to-left override)
 * from input is replaced, so a value cannot move the cursor, start an escape sequence or an
 * OSC 8 hyperlink, ring the bell, or make a line read in another order. Tabs become spaces.
 *
 * <p>Stateless and thread-safe. {@link TextReport} passes its whole output through
 * {@link #page(String)}.
 *
 * <pre>{@code
 * TerminalText.value("a" + (char) 27 + "]8;;x" + (char) 7 + "b");   // "a�]8;;x�b"
 * TerminalText.value("one\ntwo");   // "one two"
 * }</pre>
 */
public final class TerminalText {

  /** What an unsafe character is replaced with: U+FFFD, the replacement character. */
  public static final String REPLACEMENT = String.valueOf((char) 0xfffd);

  private TerminalText() {}

  /**
   * A value for one line of a terminal: line breaks and tabs become spaces, every other control
   * and bidi character becomes {@link #REPLACEMENT}.
   *
   * @param value the value
   * @return the value, safe on one line
   */
  public static String value(String value) {
    requireNonNull(value, "value");
    String spaced = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
        .replace('\t', ' ');
    return UnsafeChars.replace(spaced, "", REPLACEMENT);
  }

  /**
   * A page of text whose line breaks are the renderer's own: line feeds are kept, tabs become
   * spaces, and every other control and bidi character becomes {@link #REPLACEMENT}.
   *
   * @param page the rendered text
   * @return the text, safe for a terminal
   */
  public static String page(String page) {
    requireNonNull(page, "page");
    return UnsafeChars.replace(page.replace('\t', ' '), "\n", REPLACEMENT);
  }
}
