package io.github.coproduction.rules.report.format;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.report.HtmlReport;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A self-contained HTML file ({@link HtmlReport}); several reports follow one another. */
public final class HtmlFormat implements ReportFormat {

  /** Creates the format; the service loader calls this. */
  public HtmlFormat() {}

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public boolean streams() {
    return false;
  }

  @Override
  public boolean humanReadable() {
    return true;
  }

  @Override
  public byte[] render(List<Assessment> assessments, ReportOptions options) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("nothing to render: no assessments");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < assessments.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(HtmlReport.render(assessments.get(i), options));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
