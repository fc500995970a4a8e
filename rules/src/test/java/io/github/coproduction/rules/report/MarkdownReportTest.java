package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HandBuilt.assessment;
import static io.github.coproduction.rules.report.HandBuilt.errorWithoutDetail;
import static io.github.coproduction.rules.report.HandBuilt.notRecorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.progress.Progress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report and comparison in the shapes the golden files do not reach: nothing to
 * report, a finding limit, missing facts of one kind only, redaction, nothing that changed.
 */
class MarkdownReportTest {

  private final Assessment crisis = ReportFixtures.crisisAssessment();

  @Test
  void aRecordWithNothingOpenOrMissingSaysSoInEachSection() {
    String md = MarkdownReport.render(assessment(), ReportFixtures.DETAIL);
    assertThat(md)
        .contains("\nNo open gap and nothing missing.\n")
        .contains("\nNo open gaps.\n")
        .contains("\nNothing the rules need is missing from the record.\n")
        .contains("\nNo findings.\n")
        .doesNotContain("0 findings");
  }

  @Test
  void aFindingLimitShowsTheFirstGapsAndFactsAndSaysHowManyItLeftOut() {
    int gaps = (int) crisis.findings().stream().filter(Finding::isOpenGap).count();
    int facts = crisis.missingFacts().size();
    assertThat(gaps).isGreaterThan(3);
    assertThat(facts).isGreaterThan(3);

    String md = MarkdownReport.render(crisis, ReportOptions.defaults().withFindingLimit(1));
    assertThat(md)
        .contains("\n" + (gaps - 1) + " more not shown (limit 1).\n")
        .contains("\n" + (facts - 1) + " more not shown (limit 1).\n");

    String oneLess = MarkdownReport.render(crisis,
        ReportOptions.defaults().withFindingLimit(gaps - 1));
    assertThat(oneLess).contains("\n1 more not shown (limit " + (gaps - 1) + ").\n");

    assertThat(MarkdownReport.render(crisis,
        ReportOptions.defaults().withFindingLimit(Math.max(gaps, facts))))
        .doesNotContain("more not shown");
  }

  @Test
  void theDetailLevelSaysHowManyFindingsALimitLeftOut() {
    int total = crisis.findings().size();
    String md = MarkdownReport.render(crisis, ReportFixtures.DETAIL.withFindingLimit(1));
    assertThat(md)
        .contains("\nThe 1 most severe of " + total + " findings, grouped by the step")
        .contains("\n" + (total - 1)
            + " less severe findings are not shown (finding limit 1).\n");
    assertThat(MarkdownReport.render(crisis, ReportFixtures.DETAIL))
        .contains("\n" + total + " findings, grouped by the step")
        .doesNotContain("less severe findings are not shown");
  }

  @Test
  void factsThatMatterLessAreListedUnderNotRecordedWhenNoneMattersMost() {
    String md = MarkdownReport.render(assessment(
        notRecorded("minor-rule", Severity.MINOR, "/arrangements/groundRules")));
    assertThat(md).contains("\n**Not recorded**, by step (")
        .doesNotContain("Also not recorded").doesNotContain("Matters most");
  }

  @Test
  void factsThatMatterMostStandAloneWhenNoOtherIsMissing() {
    String md = MarkdownReport.render(assessment(
        notRecorded("major-rule", Severity.MAJOR, "/arrangements/groundRules")));
    assertThat(md).contains("\n**Matters most** (could hide a critical or major gap):\n")
        .doesNotContain("**Not recorded**").doesNotContain("Also not recorded");
  }

  @Test
  void aFactNamedByARuleRatherThanAPointerGivesItsRulesAndElementsOnly() {
    String md = MarkdownReport.render(assessment(notRecorded("named-fact", Severity.MINOR,
        null)), ReportFixtures.DETAIL);
    assertThat(md).contains(" Rules `named-fact`; elements S1.2\n");
  }

  @Test
  void aRuleThatFailedWithoutDetailSaysSo() {
    Assessment a = assessment(List.of(), List.of(errorWithoutDetail("broken")), List.of());
    assertThat(MarkdownReport.render(a)).contains("\n| `broken` | no detail |\n");
  }

  @Test
  void aRedactedReportSaysSoInItsHeader() {
    String redacted = MarkdownReport.render(crisis,
        ReportOptions.redacting(ReportFixtures.crisisRedesign()));
    assertThat(redacted)
        .contains("\n| Redacted | participant references are replaced with numbers |\n");
    assertThat(MarkdownReport.render(crisis)).doesNotContain("| Redacted |");
  }

  @Test
  void aComparisonWithNothingChangedSaysNoneInEachTable() {
    Assessment quiet = assessment();
    String md = MarkdownReport.render(Progress.between(quiet, quiet));
    assertThat(md)
        .contains("\n## Closed (0)\n\nNone.\n")
        .contains("\n## Opened (0)\n\nNone.\n")
        .contains("\n## Persisting (0)\n\nNone.\n")
        .contains("\n## Element statuses that moved (0)\n\nNone.\n")
        .doesNotContain("| --- | --- | --- | --- |");
  }

  @Test
  void aComparisonThatRedactsWithoutReferencesFailsEvenWithNoFindingToRedact() {
    Assessment quiet = assessment();
    assertThatThrownBy(() -> MarkdownReport.render(Progress.between(quiet, quiet),
        ReportOptions.defaults().withRedaction(true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("participant references to redact are not known");
  }

  @Test
  void aFindingLimitAppliesToEachComparisonTable() {
    Progress p = Progress.between(ReportFixtures.crisisEarlierAssessment(), crisis);
    int persisting = p.persisting().size();
    assertThat(persisting).isGreaterThan(2);

    String one = MarkdownReport.render(p, ReportOptions.defaults().withFindingLimit(1));
    assertThat(rows(one, "Persisting")).isEqualTo(1);
    assertThat(section(one, "Persisting")).contains("\n... and " + (persisting - 1)
        + " more.\n");

    String exact = MarkdownReport.render(p,
        ReportOptions.defaults().withFindingLimit(persisting));
    assertThat(rows(exact, "Persisting")).isEqualTo(persisting);
    assertThat(section(exact, "Persisting")).doesNotContain("more.");
  }

  /** The text of the section whose heading starts with a word, up to the next heading. */
  private static String section(String md, String heading) {
    return Arrays.stream(md.split("\n## ")).filter(s -> s.startsWith(heading)).findFirst()
        .orElseThrow();
  }

  /** The body rows of the table in a section. */
  private static long rows(String md, String heading) {
    return section(md, heading).lines().filter(l -> l.startsWith("| "))
        .filter(l -> !l.startsWith("| ---")).count() - 1;
  }
}
