package io.github.coproduction.rules.report;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each format of each fixture against its golden file. Regenerate with
 * {@code -Dcoproduction.updateGolden=true}.
 */
class GoldenReportTest {

  private final Assessment crisis = ReportFixtures.crisisAssessment();
  private final Assessment bare = ReportFixtures.bareAssessment();

  @Test
  void crisisText() {
    Golden.check("crisis.txt", TextReport.render(crisis, ReportOptions.defaults()));
  }

  @Test
  void crisisMarkdown() {
    Golden.check("crisis.md", MarkdownReport.render(crisis, ReportOptions.defaults()));
  }

  @Test
  void crisisHtml() {
    Golden.check("crisis.html", HtmlReport.render(crisis, ReportOptions.defaults()));
  }

  @Test
  void crisisRedactedText() {
    Golden.check("crisis-redacted.txt",
        TextReport.render(crisis, ReportOptions.redacting(ReportFixtures.crisisRedesign())));
  }

  @Test
  void bareText() {
    Golden.check("bare.txt", TextReport.render(bare, ReportOptions.defaults()));
  }

  @Test
  void bareMarkdown() {
    Golden.check("bare.md", MarkdownReport.render(bare, ReportOptions.defaults()));
  }

  @Test
  void bareHtml() {
    Golden.check("bare.html", HtmlReport.render(bare, ReportOptions.defaults()));
  }

  @Test
  void progressText() {
    Progress p = Progress.between(ReportFixtures.crisisEarlierAssessment(), crisis);
    Golden.check("progress.txt", ProgressTextReport.render(p));
  }

  @Test
  void progressMarkdown() {
    Progress p = Progress.between(ReportFixtures.crisisEarlierAssessment(), crisis);
    Golden.check("progress.md", MarkdownReport.render(p));
  }

  @Test
  void portfolioText() {
    PortfolioSummary s = Stream.of(crisis, bare, ReportFixtures.crisisEarlierAssessment())
        .collect(PortfolioSummary.collector());
    Golden.check("portfolio.txt", PortfolioTextReport.render(s));
  }
}
