package io.github.coproduction.serialization.format;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.serialization.Csv;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every finding of every assessment as one CSV table ({@link Csv#findings(Iterable)}). */
public final class CsvFormat implements ReportFormat {

  /** Creates the format; the service loader calls this. */
  public CsvFormat() {}

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String extension() {
    return "csv";
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
    return Csv.findings(assessments).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersPortfolio() {
    return true;
  }

  @Override
  public String renderPortfolio(PortfolioSummary summary) {
    return Csv.portfolio(summary);
  }
}
