package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

/**
 * Text for Markdown (CommonMark and GitHub Flavored Markdown), in a paragraph, a heading or a
 * table cell: Markdown punctuation is escaped with a backslash, so input cannot open a link, an
 * image, emphasis or a table cell; {@code < > &} become entities, so input cannot emit raw HTML or
 * an autolink; line feeds, carriage returns and tabs become spaces, so input cannot end a line or
 * a table row; other control characters and bidi formatting characters are replaced.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * MarkdownText.escape("[x](javascript:alert(1))");   // "\\[x\\](javascript:alert(1))"
 * MarkdownText.escape("a\rb<img>");                   // "a b&lt;img&gt;"
 * MarkdownText.code("no-ground-rules");               // "`no-ground-rules`"
 * }</pre>
 */
// The example shows the escaped text itself, entities and all, as the method returns it.
@SuppressWarnings("EscapedEntity")
public final class MarkdownText {

  private MarkdownText() {}

  /**
   * Escapes a value for Markdown text.
   *
   * @param text the value
   * @return the escaped value, on one line
   */
  public static String escape(String text) {
    requireNonNull(text, "text");
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' ->
            b.append('\\').append(ch);
        case '\n', '\r', '\t', '\u2028', '\u2029' -> b.append(' ');
        default -> b.append(UnsafeChars.isUnsafe(ch) ? TerminalText.REPLACEMENT : ch);
      }
    }
    return b.toString();
  }

  /**
   * A value as a code span, or as escaped text when it cannot be one safely (it is empty or holds
   * a backtick, a control character or a bidi character).
   *
   * @param text the value, such as a rule id
   * @return the code span or escaped text
   */
  public static String code(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty() || text.indexOf('`') >= 0
        || text.chars().anyMatch(c -> UnsafeChars.isUnsafe((char) c))) {
      return escape(text);
    }
    return "`" + text.replace("|", "\\|") + "`";
  }
}
