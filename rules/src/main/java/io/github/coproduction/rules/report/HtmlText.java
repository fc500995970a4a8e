package io.github.coproduction.rules.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Escaping for HTML and SVG, and line breaking for SVG text, which browsers do not wrap. Widths are
 * measured with the advance widths of Arial (and the metric-compatible Liberation Sans), the first
 * fonts the figures ask for, so that the same text always breaks at the same place.
 */
final class HtmlText {

  /** Words: what whitespace separates, as {@code split("\\s+")} gave, without empty ones. */
  private static final com.google.common.base.Splitter WORDS =
      com.google.common.base.Splitter.onPattern("\\s+").omitEmptyStrings();

  /** Arial's advance widths for ' ' to '~', in thousandths of an em. */
  private static final int[] ARIAL = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  };

  /** How much wider bold text is than regular, with room for fonts a little wider than Arial. */
  private static final double BOLD = 1.1;

  private HtmlText() {}

  /** Escapes a text for HTML content and attribute values, and for SVG text. */
  static String escape(String text) {
    return HtmlEscape.text(text);
  }


  /** The width of a text in pixels at a font size. */
  static double width(String text, double fontSize, boolean bold) {
    double units = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      units += ch >= ' ' && ch <= '~' ? ARIAL[ch - ' '] : 600;
    }
    return units / 1000.0 * fontSize * (bold ? BOLD : 1.0);
  }

  /** Breaks a text into lines no wider than {@code maxWidth} pixels; words are never cut. */
  static List<String> lines(String text, double maxWidth, double fontSize, boolean bold) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : WORDS.split(text.strip())) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, fontSize, bold) > maxWidth) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** A number for an SVG attribute, without a needless ".0". */
  static String num(double v) {
    long r = Math.round(v);
    if (Math.abs(v - r) < 1e-9) {
      return Long.toString(r);
    }
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
