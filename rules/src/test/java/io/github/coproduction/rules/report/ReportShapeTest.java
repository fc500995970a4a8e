package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What every report must be, whatever it shows: deterministic, well formed, within bounds. */
class ReportShapeTest {

  private final Assessment crisis = ReportFixtures.crisisAssessment();
  private final Assessment bare = ReportFixtures.bareAssessment();

  private static List<String> all(Assessment a, ReportOptions o) {
    return List.of(TextReport.render(a, o), MarkdownReport.render(a, o),
        HtmlReport.render(a, o));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    ReportOptions o = ReportOptions.redacting(ReportFixtures.crisisRedesign()).withDetail(true);
    assertThat(all(ReportFixtures.crisisAssessment(), o)).isEqualTo(all(crisis, o));
    assertThat(all(crisis, ReportFixtures.DETAIL))
        .isEqualTo(all(crisis, ReportFixtures.DETAIL));
    PortfolioSummary s = Stream.of(crisis, bare).collect(PortfolioSummary.collector());
    PortfolioSummary t = Stream.of(bare, crisis).collect(PortfolioSummary.collector());
    assertThat(PortfolioTextReport.render(s)).isEqualTo(PortfolioTextReport.render(t));
  }

  @Test
  void renderingInParallelGivesTheSameBytes() {
    String expected = HtmlReport.render(crisis, ReportFixtures.DETAIL);
    List<String> outputs = Stream.generate(() -> crisis).limit(16).parallel()
        .map(a -> HtmlReport.render(a, ReportFixtures.DETAIL)).toList();
    assertThat(outputs).containsOnly(expected);
  }

  @Test
  void everyLineEndsWithNewlineOnly() {
    for (Assessment a : List.of(crisis, bare)) {
      for (String out : all(a, ReportFixtures.DETAIL)) {
        assertThat(out).doesNotContain("\r").endsWith("\n").doesNotContain("\t");
      }
    }
  }

  @Test
  void textFitsEightyColumnsWithoutColours() {
    Progress p = Progress.between(ReportFixtures.crisisEarlierAssessment(), crisis);
    PortfolioSummary s = Stream.of(crisis, bare).collect(PortfolioSummary.collector());
    for (String out : List.of(TextReport.render(crisis, ReportFixtures.DETAIL),
        TextReport.render(bare, ReportFixtures.DETAIL), TextReport.render(crisis),
        TextReport.render(bare), ProgressTextReport.render(p), PortfolioTextReport.render(s))) {
      assertFitsTerminal(out);
    }
  }

  @TestFactory
  Stream<DynamicTest> generatedAssessmentsRenderWellFormed() {
    return Seeds.property("reports of generated initiatives are well formed", random -> {
      Assessment a = Assessor.standard().assess(Generators.initiative(random),
          LocalDate.parse("2026-06-01"));
      assertFitsTerminal(TextReport.render(a, ReportFixtures.DETAIL));
      assertBalanced(HtmlReport.render(a, ReportFixtures.DETAIL));
      assertThat(MarkdownReport.render(a, ReportFixtures.DETAIL)).contains("## Findings");
    });
  }

  @Test
  void everyConditionAndChangeTitleComesFromTheCatalogue() {
    String text = flat(TextReport.render(crisis, ReportFixtures.DETAIL));
    String md = MarkdownReport.render(crisis, ReportFixtures.DETAIL);
    String html = HtmlReport.render(crisis, ReportFixtures.DETAIL);
    for (FrameworkElement e : Framework.standard().assessedElements()) {
      assertThat(text).contains(e.id()).contains(e.title());
      assertThat(md).contains("| " + e.id() + " | " + MarkdownReport.escape(e.title()) + " |");
      assertThat(html).contains(HtmlText.escape(e.title()));
    }
    for (var s : Framework.standard().steps()) {
      assertThat(text).contains("Step " + s.number() + ". " + s.title());
    }
  }

  @Test
  void htmlIsOneSelfContainedAccessibleDocument() {
    for (Assessment a : List.of(crisis, bare)) {
      String html = HtmlReport.render(a, ReportFixtures.DETAIL);
      assertThat(html)
          .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains("<meta charset=\"utf-8\"/>")
          .containsOnlyOnce("<title>Co-production assessment: ")
          .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
          .doesNotContain("@import").doesNotContain("url(http").doesNotContain("href=\"http")
          .contains("role=\"img\"");
      assertBalanced(html);
      // The legend names all five statuses, and each box says its status in words.
      for (String label : List.of("met (", "gap (", "not recorded (", "not applicable (",
          "not assessed (")) {
        assertThat(html).contains(">" + label);
      }
      Matcher boxes = Pattern.compile("<title>(S\\d\\.\\d|C\\d) [^<]*: ([a-z ]+)</title>")
          .matcher(html);
      int n = 0;
      while (boxes.find()) {
        n++;
        assertThat(html).contains(boxes.group(1));
      }
      assertThat(n).isEqualTo(24);
    }
  }

  @Test
  void htmlMarksCurrentAndTargetRungs() {
    String html = HtmlReport.render(crisis, ReportFixtures.DETAIL);
    assertThat(html).contains(">current</text>").contains(">target</text>")
        .contains("4  Consultation").contains("7  Co-production");
    assertThat(HtmlReport.render(bare, ReportFixtures.DETAIL)).doesNotContain(">current</text>")
        .contains("Current rung: not recorded");
  }

  @Test
  void htmlLadderShowsClaimedAndEvidencedSideBySideAtPhoneWidth() {
    String html = HtmlReport.render(crisis);
    String evidenced = crisis.ladderEvidence().orElseThrow().evidenced().get().title();
    assertThat(html).contains(">CLAIMED</text>").contains(">EVIDENCED</text>")
        .contains(">evidenced</text>").contains("Evidenced rung: " + evidenced)
        .contains("viewBox=\"0 0 420 ");
    assertThat(HtmlReport.render(bare)).contains("Evidenced rung: not recorded")
        .doesNotContain(">evidenced</text>");
  }

  @Test
  void everyFormatShowsBothRungs() {
    for (String report : List.of(TextReport.render(crisis), MarkdownReport.render(crisis),
        HtmlReport.render(crisis))) {
      assertThat(report).contains("Power and the evidenced rung").contains("Claimed rung")
          .contains("Evidenced rung");
    }
  }

  @Test
  void findingsAreGroupedByStepThenChanges() {
    String text = TextReport.render(crisis, ReportFixtures.DETAIL);
    int s2 = text.indexOf("\nStep 2. Coming together", text.indexOf("\nFindings\n"));
    int s3 = text.indexOf("\nStep 3. Working together", s2);
    int changes = text.indexOf("\nChanges required\n", s3);
    assertThat(s2).isPositive();
    assertThat(s3).isGreaterThan(s2);
    assertThat(changes).isGreaterThan(s3);
    assertThat(text.indexOf("unpaid-lived-experience", s2)).isBetween(s2, s3);
    assertThat(text.indexOf("coproduction-washing", s3)).isGreaterThan(changes);
  }

  @Test
  void aWaivedFindingShowsItsJustificationAndExpiry() {
    assertThat(TextReport.render(crisis, ReportFixtures.DETAIL))
        .contains("no-champions  [waived]");
    assertThat(flat(TextReport.render(crisis, ReportFixtures.DETAIL)))
        .contains("Waived until 2026-12-31: Champions are recruited in phase two");
    assertThat(MarkdownReport.render(crisis, ReportFixtures.DETAIL))
        .contains("**waived** until 2026-12-31");
    assertThat(HtmlReport.render(crisis, ReportFixtures.DETAIL))
        .contains("Waived until 2026-12-31: Champions");
  }

  @Test
  void failedRulesAndWaiverNoticesAreReported() {
    for (String out : all(crisis, ReportFixtures.DETAIL)) {
      assertThat(flat(out)).contains("local-easy-read")
          .contains("IllegalStateException: the easy-read register for crisis-redesign could not"
              + " be read")
          .contains("1 error, 1 disabled")
          .contains("Expired on 2026-03-31: waiver of rule no-time-for-trust")
          .contains("Unused: waiver of rule fixed-timetable");
    }
  }

  @Test
  void theFindingLimitShowsTheMostSevere() {
    ReportOptions o = ReportFixtures.DETAIL.withFindingLimit(3);
    String text = TextReport.render(crisis, o);
    assertThat(text).contains("The 3 most severe of 14 findings")
        .contains("11 less severe findings are not shown (finding limit 3).")
        .contains("#3").doesNotContain("#4 ");
    assertThat(text).contains("Open gaps     3 critical, 4 major");
    assertThat(HtmlReport.render(crisis, o)).contains("id=\"finding-3\"")
        .doesNotContain("id=\"finding-4\"");
    assertThat(o.withoutFindingLimit().findingLimit()).isEmpty();
  }

  @Test
  void optionsRejectBadValues() {
    assertThatThrownBy(() -> ReportOptions.defaults().withFindingLimit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    assertThatThrownBy(() -> ReportOptions.defaults().withParticipants(List.of("P01", "P01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P01");
    assertThatThrownBy(() -> ReportOptions.defaults().withParticipants(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextReport.render(crisis, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(ReportOptions.defaults().redaction()).isFalse();
    assertThat(ReportOptions.defaults().participants()).isEmpty();
    assertThat(ReportOptions.redacting(ReportFixtures.crisisRedesign()).participants())
        .contains(ReportFixtures.REFS);
  }

  @Test
  void portfolioBarsFollowTheShare() {
    assertThat(PortfolioTextReport.bar(0)).isEqualTo("....................");
    assertThat(PortfolioTextReport.bar(0.01)).isEqualTo("#...................");
    assertThat(PortfolioTextReport.bar(0.5)).isEqualTo("##########..........");
    assertThat(PortfolioTextReport.bar(1)).isEqualTo("####################");
    String out = PortfolioTextReport.render(PortfolioSummary.empty());
    assertThat(out).contains("0 initiatives assessed").contains("S1.1  ....................");
  }

  /** The text with every run of white space as one space, so that wrapping does not matter. */
  static String flat(String out) {
    return out.replaceAll("\\s+", " ");
  }

  static void assertFitsTerminal(String out) {
    for (String line : out.split("\n", -1)) {
      assertThat(line.length()).as("line longer than 80 columns: %s", line).isLessThanOrEqualTo(80);
      assertThat(line).doesNotContain("\u001b").isEqualTo(line.stripTrailing());
    }
  }

  private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");

  /** Every element opened is closed, in order; void and self-closed elements aside. */
  static void assertBalanced(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html.replace("<!DOCTYPE html>", ""));
    while (m.find()) {
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (VOID.contains(name) || !m.group(3).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertThat(open).as("closing </%s> at %d", name, m.start()).isNotEmpty();
        assertThat(open.pop()).as("closing </%s> at %d", name, m.start()).isEqualTo(name);
      }
    }
    assertThat(open).as("elements left open").isEmpty();
  }
}
