package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each registered human-readable format of each fixture, at both levels, against its golden file
 * ({@code crisis.txt}, {@code crisis-detail.txt}, ...): a format added to the registry fails here
 * until its golden files exist. Regenerate with {@code -Dcoproduction.updateGolden=true}.
 */
class GoldenReportTest {

  private final Assessment crisis = ReportFixtures.crisisAssessment();
  private final Assessment bare = ReportFixtures.bareAssessment();

  @Test
  void theRulesModuleRegistersTextMarkdownAndHtml() {
    assertThat(ReportFormat.available()).extracting(ReportFormat::name)
        .containsExactly("html", "markdown", "text");
    assertThat(ReportFormat.named("HTML")).get().extracting(ReportFormat::extension)
        .isEqualTo("html");
    assertThat(ReportFormat.named("docx")).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyFormatAtBothLevelsMatchesItsGoldenFile() {
    return ReportFormat.available().stream().filter(f -> !f.binary()).flatMap(f -> Stream.of(
        golden("crisis", crisis, f, ReportOptions.defaults()),
        golden("crisis-detail", crisis, f, ReportFixtures.DETAIL),
        golden("bare", bare, f, ReportOptions.defaults()),
        golden("bare-detail", bare, f, ReportFixtures.DETAIL)));
  }

  private static DynamicTest golden(String name, Assessment a, ReportFormat f, ReportOptions o) {
    String file = name + "." + f.extension();
    return DynamicTest.dynamicTest(file, () -> Golden.check(file,
        f.renderText(List.of(a), o)));
  }

  @Test
  void crisisRedactedText() {
    Golden.check("crisis-redacted.txt",
        TextReport.render(crisis, ReportOptions.redacting(ReportFixtures.crisisRedesign())));
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
