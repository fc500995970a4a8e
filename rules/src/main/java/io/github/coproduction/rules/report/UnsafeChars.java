package io.github.coproduction.rules.report;

/** The characters no output may carry raw from input text: controls and bidi formatting. */
final class UnsafeChars {

  private UnsafeChars() {}

  /**
   * Whether a character is a C0 or C1 control, DEL, or a line or paragraph separator: what can
   * move a terminal's cursor, start an escape sequence or end a line.
   */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }

  /**
   * Whether a character is an explicit bidirectional formatting character (marks, embeddings,
   * overrides, isolates): what can make a text display in another order than it reads.
   */
  static boolean isBidi(char c) {
    return c == '\u061c' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /** Whether a character is either. */
  static boolean isUnsafe(char c) {
    return isControl(c) || isBidi(c);
  }

  /** The text with every unsafe character but those kept replaced. */
  static String replace(String text, String kept, String replacement) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = isUnsafe(c) && kept.indexOf(c) < 0;
      if (unsafe && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (unsafe) {
          b.append(replacement);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
