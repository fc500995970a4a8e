package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HandBuilt.assessment;
import static io.github.coproduction.rules.report.HandBuilt.errorWithoutDetail;
import static io.github.coproduction.rules.report.HandBuilt.gap;
import static io.github.coproduction.rules.report.HandBuilt.notRecorded;
import static io.github.coproduction.rules.report.HandBuilt.waived;
import static io.github.coproduction.rules.report.HandBuilt.waiver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.WaiverNotice;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML report's sections in the shapes the golden files do not reach: nothing to report, a
 * finding limit, missing facts of one kind only, waivers at the practitioners' level, redaction.
 */
class HtmlReportTest {

  private final Assessment crisis = ReportFixtures.crisisAssessment();

  @Test
  void aRecordWithNothingOpenOrMissingSaysSoInEachSection() {
    String html = HtmlReport.render(assessment(), ReportFixtures.DETAIL);
    assertThat(html)
        .contains("<p>No open gap and nothing missing.</p>")
        .contains("<p>No open gaps.</p>")
        .contains("<p>Nothing the rules need is missing from the record.</p>")
        .contains("<p>No findings.</p>")
        .doesNotContain("0 findings");
  }

  @Test
  void aFindingLimitShowsTheFirstGapsAndFactsAndSaysHowManyItLeftOut() {
    int gaps = (int) crisis.findings().stream().filter(Finding::isOpenGap).count();
    int facts = crisis.missingFacts().size();
    assertThat(gaps).isGreaterThan(3);
    assertThat(facts).isGreaterThan(3);

    String html = HtmlReport.render(crisis, ReportOptions.defaults().withFindingLimit(1));
    assertThat(html)
        .contains("id=\"gap-1\"").doesNotContain("id=\"gap-2\"")
        .contains("<p class=\"note\">" + (gaps - 1) + " more not shown (limit 1).</p>")
        .contains("<p class=\"note\">" + (facts - 1) + " more not shown (limit 1).</p>");

    String oneLess = HtmlReport.render(crisis,
        ReportOptions.defaults().withFindingLimit(gaps - 1));
    assertThat(oneLess).contains("id=\"gap-" + (gaps - 1) + "\"")
        .contains("<p class=\"note\">1 more not shown (limit " + (gaps - 1) + ").</p>");

    String all = HtmlReport.render(crisis,
        ReportOptions.defaults().withFindingLimit(Math.max(gaps, facts)));
    assertThat(all).doesNotContain("more not shown");
  }

  @Test
  void theDetailLevelSaysHowManyFindingsALimitLeftOut() {
    int total = crisis.findings().size();
    String html = HtmlReport.render(crisis, ReportFixtures.DETAIL.withFindingLimit(1));
    assertThat(html)
        .contains("<p>The 1 most severe of " + total + " findings, grouped by the step")
        .contains("<p class=\"note\">" + (total - 1)
            + " less severe findings are not shown (finding limit 1).</p>")
        .contains("id=\"finding-1\"").doesNotContain("id=\"finding-2\"");
    assertThat(HtmlReport.render(crisis, ReportFixtures.DETAIL))
        .contains("<p>" + total + " findings, grouped by the step")
        .doesNotContain("less severe findings are not shown");
  }

  @Test
  void factsThatMatterLessAreListedUnderNotRecordedWhenNoneMattersMost() {
    String html = HtmlReport.render(assessment(
        notRecorded("minor-rule", Severity.MINOR, "/arrangements/groundRules")));
    assertThat(html).contains("<h3>Not recorded <small>(by step;")
        .doesNotContain("Also not recorded").doesNotContain("Matters most");
  }

  @Test
  void factsThatMatterMostStandAloneWhenNoOtherIsMissing() {
    String html = HtmlReport.render(assessment(
        notRecorded("major-rule", Severity.MAJOR, "/arrangements/groundRules")));
    assertThat(html).contains("<h3>Matters most <small>(could hide a critical or major gap)")
        .doesNotContain("Not recorded <small>").doesNotContain("Also not recorded");
  }

  @Test
  void aFactNamedByARuleRatherThanAPointerGivesItsRulesAndElementsOnly() {
    String html = HtmlReport.render(assessment(notRecorded("named-fact", Severity.MINOR, null)),
        ReportFixtures.DETAIL);
    assertThat(html).contains("<span class=\"detail\">Rules <code>named-fact</code>;"
        + " elements S1.2</span>");
  }

  @Test
  void aGapWithoutAFrameworkActionListsNone() {
    String html = HtmlReport.render(assessment(gap("no-action", Severity.MAJOR)));
    assertThat(html).contains("Gap found by no-action")
        .doesNotContain("Framework action").doesNotContain("<ul class=\"actions\">");
    assertThat(HtmlReport.render(assessment(gap("an-action", Severity.MAJOR, "C4.2"))))
        .contains("<dt>Framework action</dt>");
  }

  @Test
  void thePractitionersLevelShowsWaivedFindingsWithoutEmptyNotices() {
    String html = HtmlReport.render(assessment(waived("waived-rule")));
    assertThat(html).contains("<section id=\"waivers\">").contains("<h3>Waived</h3>")
        .contains("Gap found by waived-rule").doesNotContain("Waiver notices");
    assertContentsMatchSections(html);
  }

  @Test
  void thePractitionersLevelShowsWaiverNoticesWithoutWaivedFindings() {
    String html = HtmlReport.render(assessment(List.of(), List.of(), List.of(
        WaiverNotice.of(waiver("gone-rule", "2027-01-01"), WaiverNotice.Kind.UNUSED))));
    assertThat(html).contains("<section id=\"waivers\">").contains("<h3>Waiver notices</h3>")
        .contains("gone-rule").doesNotContain("<h3>Waived</h3>");
    assertContentsMatchSections(html);
  }

  @Test
  void thePractitionersLevelLeavesOutWaiversAndRulesWhenThereIsNothingToSay() {
    String html = HtmlReport.render(assessment(gap("a-gap", Severity.MAJOR, "C4.2")));
    assertThat(html).doesNotContain("id=\"waivers\"").doesNotContain("id=\"rules\"");
    assertContentsMatchSections(html);
  }

  @Test
  void aRuleThatFailedWithoutDetailSaysSo() {
    Assessment a = assessment(List.of(), List.of(errorWithoutDetail("broken")), List.of());
    String html = HtmlReport.render(a);
    assertThat(html).contains("<tr><td><code>broken</code></td><td>no detail</td></tr>");
    assertContentsMatchSections(html);
  }

  @Test
  void aRedactedReportSaysSoInItsHeader() {
    String redacted = HtmlReport.render(crisis,
        ReportOptions.redacting(ReportFixtures.crisisRedesign()));
    assertThat(redacted).contains("<div><dt>Redacted</dt><dd>participant references are"
        + " replaced with numbers</dd></div>");
    assertThat(HtmlReport.render(crisis)).doesNotContain("<dt>Redacted</dt>");
  }

  @Test
  void theContentsListExactlyTheSectionsOnThePage() {
    for (Assessment a : List.of(crisis, ReportFixtures.bareAssessment())) {
      assertContentsMatchSections(HtmlReport.render(a));
      assertContentsMatchSections(HtmlReport.render(a, ReportFixtures.DETAIL));
    }
  }

  private static void assertContentsMatchSections(String html) {
    String contents = html.substring(html.indexOf("<nav class=\"contents\""),
        html.indexOf("</nav>"));
    for (String id : List.of("summary", "gaps", "missing", "framework", "ladder", "waivers",
        "findings", "rules")) {
      assertThat(contents.contains("<a href=\"#" + id + "\">"))
          .as("the contents link to #%s", id)
          .isEqualTo(html.contains("<section id=\"" + id + "\""));
    }
  }
}
