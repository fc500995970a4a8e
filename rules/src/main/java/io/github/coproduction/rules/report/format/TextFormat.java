package io.github.coproduction.rules.report.format;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import io.github.coproduction.rules.report.PortfolioTextReport;
import io.github.coproduction.rules.report.ProgressTextReport;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.rules.report.TextReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain text for a terminal ({@link TextReport}); several reports are separated by a line of "=". */
public final class TextFormat implements ReportFormat {

  /** Creates the format; the service loader calls this. */
  public TextFormat() {}

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public String extension() {
    return "txt";
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
        out.append("\n" + "=".repeat(78) + "\n\n");
      }
      out.append(TextReport.render(assessments.get(i), options));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersProgress() {
    return true;
  }

  @Override
  public String renderProgress(Progress progress) {
    return ProgressTextReport.render(progress);
  }

  @Override
  public String renderProgress(Progress progress, ReportOptions options) {
    return ProgressTextReport.render(progress, options);
  }

  @Override
  public boolean rendersPortfolio() {
    return true;
  }

  @Override
  public String renderPortfolio(PortfolioSummary summary) {
    return PortfolioTextReport.render(summary);
  }

  @Override
  public String renderPortfolio(PortfolioSummary summary, ReportOptions options) {
    return PortfolioTextReport.render(summary, options);
  }
}
