package io.github.coproduction.serialization.format;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The assessment document in YAML, always complete; several as a stream separated by ---. */
public final class YamlFormat implements ReportFormat {

  /** Creates the format; the service loader calls this. */
  public YamlFormat() {}

  @Override
  public String name() {
    return "yaml";
  }

  @Override
  public String mediaType() {
    return "application/yaml";
  }

  @Override
  public String extension() {
    return "yaml";
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
    Documents documents = Documents.strict();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < assessments.size(); i++) {
      out.append(i == 0 ? "" : "---\n").append(documents.write(assessments.get(i), Format.YAML));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersProgress() {
    return true;
  }

  @Override
  public String renderProgress(Progress progress) {
    return Documents.strict().write(progress, Format.YAML);
  }

  @Override
  public boolean rendersPortfolio() {
    return true;
  }

  @Override
  public String renderPortfolio(PortfolioSummary summary) {
    return Documents.strict().write(summary, Format.YAML);
  }
}
