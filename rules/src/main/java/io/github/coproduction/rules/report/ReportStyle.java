package io.github.coproduction.rules.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet of the HTML report, kept as a resource ({@code report.css} beside this class)
 * so that it can be read and edited as CSS. Read once; the string is shared.
 */
final class ReportStyle {

  private static final String CSS = load();

  private ReportStyle() {}

  /** The style sheet, lines ending in '\n'. */
  static String css() {
    return CSS;
  }

  private static String load() {
    try (InputStream in = ReportStyle.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("the report style sheet report.css is missing from the"
            + " rules module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report style sheet report.css", e);
    }
  }
}
