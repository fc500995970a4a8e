package io.github.coproduction.serialization.format;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import io.github.coproduction.serialization.JsonLines;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The assessment document in JSON, always complete; several assessments as JSON Lines, one per
 * line.
 */
public final class JsonFormat implements ReportFormat {

  /** Creates the format; the service loader calls this. */
  public JsonFormat() {}

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public boolean humanReadable() {
    return false;
  }

  @Override
  public byte[] render(List<Assessment> assessments, ReportOptions options) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("nothing to render: no assessments");
    }
    if (assessments.size() == 1) {
      return Documents.strict().write(assessments.get(0), Format.JSON)
          .getBytes(StandardCharsets.UTF_8);
    }
    StringWriter out = new StringWriter();
    JsonLines.write(assessments, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersProgress() {
    return true;
  }

  @Override
  public String renderProgress(Progress progress) {
    return Documents.strict().write(progress, Format.JSON);
  }

  @Override
  public boolean rendersPortfolio() {
    return true;
  }

  @Override
  public String renderPortfolio(PortfolioSummary summary) {
    return Documents.strict().write(summary, Format.JSON);
  }
}
