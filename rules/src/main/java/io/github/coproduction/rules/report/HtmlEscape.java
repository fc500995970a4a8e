package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

/**
 * Text for HTML element content and quoted attribute values, and for SVG text: {@code & < > " '}
 * become entities, so input cannot open a tag or leave an attribute; control characters other
 * than line feed and tab become spaces; bidi formatting characters are replaced, so a value
 * cannot make the page read in another order.
 *
 * <p>Stateless and thread-safe. {@link HtmlReport} escapes every value it prints with it.
 *
 * <pre>{@code
 * HtmlEscape.text("<img src=x onerror=alert(1)>");   // "&lt;img src=x onerror=alert(1)&gt;"
 * HtmlEscape.text("\"quoted\" & 'single'");          // "&quot;quoted&quot; &amp; &#39;single&#39;"
 * }</pre>
 */
// The example shows the escaped text itself, entities and all, as the method returns it.
@SuppressWarnings("EscapedEntity")
public final class HtmlEscape {

  private HtmlEscape() {}

  /**
   * Escapes a value for HTML.
   *
   * @param text the value
   * @return the escaped value
   */
  public static String text(String text) {
    requireNonNull(text, "text");
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      String rep = switch (ch) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep == null && UnsafeChars.isUnsafe(ch) && ch != '\n' && ch != '\t') {
        rep = UnsafeChars.isBidi(ch) ? TerminalText.REPLACEMENT : " ";
      }
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(ch);
      }
    }
    return b == null ? text : b.toString();
  }
}
