package io.github.coproduction.rules.report.format;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.progress.Progress;
import io.github.coproduction.rules.report.MarkdownReport;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** GitHub-flavoured Markdown ({@link MarkdownReport}); several reports follow one another. */
public final class MarkdownFormat implements ReportFormat {

  /** Creates the format; the service loader calls this. */
  public MarkdownFormat() {}

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  @Override
  public String extension() {
    return "md";
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
      out.append(MarkdownReport.render(assessments.get(i), options));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersProgress() {
    return true;
  }

  @Override
  public String renderProgress(Progress progress) {
    return MarkdownReport.render(progress);
  }

  @Override
  public String renderProgress(Progress progress, ReportOptions options) {
    return MarkdownReport.render(progress, options);
  }
}
