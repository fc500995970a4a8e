package io.github.coproduction.rules.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping and padding for the plain-text reports, which fit an 80-column terminal. */
final class TextLayout {

  /** Words: what whitespace separates, as {@code split("\\s+")} gave, without empty ones. */
  private static final com.google.common.base.Splitter WORDS =
      com.google.common.base.Splitter.onPattern("\\s+").omitEmptyStrings();

  /** The width every plain-text line fits in. */
  static final int WIDTH = 80;

  private TextLayout() {}

  /**
   * Wraps a text into lines of at most {@code width} characters, words kept whole unless a word
   * alone is too long, in which case it is cut.
   */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, width);
  }

  /** The fewest characters a wrapped line holds, however long its label. */
  private static final int MIN_ROOM = 20;

  /** Wraps a text, the first line to {@code firstWidth} characters, the others to {@code width}. */
  static List<String> wrap(String text, int firstWidth, int width) {
    // A long label (a rule id from a stored assessment) leaves no room: wrap to a narrow column
    // rather than fail.
    firstWidth = Math.max(MIN_ROOM, firstWidth);
    width = Math.max(MIN_ROOM, width);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : WORDS.split(text.strip())) {
      if (word.isEmpty()) {
        continue;
      }
      int room = lines.isEmpty() ? firstWidth : width;
      if (line.length() > 0 && line.length() + 1 + word.length() <= room) {
        line.append(' ').append(word);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        room = width;
      }
      while (word.length() > room) {
        lines.add(word.substring(0, room));
        word = word.substring(room);
        room = width;
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Appends a text wrapped to {@link #WIDTH}: the first line after {@code first}, the others after
   * {@code rest} (usually spaces of the same length, for a hanging indent).
   */
  static void paragraph(StringBuilder out, String first, String rest, String text) {
    List<String> lines = wrap(text, WIDTH - first.length(), WIDTH - rest.length());
    for (int i = 0; i < lines.size(); i++) {
      // A label may hold a value (a rule id) with a line break: it stays on its line.
      String line = TerminalText.value(i == 0 ? first : rest) + lines.get(i);
      out.append(line.stripTrailing()).append('\n');
    }
  }

  /** A string of spaces. */
  static String spaces(int n) {
    return " ".repeat(Math.max(0, n));
  }

  /** Pads a text on the right to a width. */
  static String pad(String text, int width) {
    return text.length() >= width ? text : text + spaces(width - text.length());
  }

  /** Pads a text on the left to a width. */
  static String padLeft(String text, int width) {
    return text.length() >= width ? text : spaces(width - text.length()) + text;
  }

  /** A heading underlined with a character. */
  static void heading(StringBuilder out, String text, char underline) {
    out.append('\n');
    for (String line : wrap(text, WIDTH)) {
      out.append(line).append('\n');
    }
    out.append(String.valueOf(underline).repeat(Math.min(WIDTH, text.length()))).append('\n');
  }

  /** Cuts a text to a width, ending with "..." when cut. */
  static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)).stripTrailing()
        + "...";
  }
}
