package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.ReportCases.gap;
import static io.github.coproduction.rules.report.ReportCases.notRecorded;
import static io.github.coproduction.rules.report.ReportCases.notRecordedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plain-text report's sections in the cases the realistic fixtures do not reach: nothing
 * found, lists cut by the finding limit, missing facts of one importance only, waivers without
 * notices and notices without waivers, a rule id too long for its line, Welsh columns.
 */
class TextReportSectionsTest {

  private static final ReportOptions PRACTITIONERS = ReportOptions.defaults();
  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private static final Waiver WAIVER = new Waiver.Builder().rule("no-champions")
      .justification("Champions come in phase two.").expires(LocalDate.parse("2026-12-31"))
      .build();

  @Test
  void anAssessmentWithNoFindingSaysNothingIsOpenOrMissing() {
    Assessment none = ReportCases.with();
    String text = TextReport.render(none, PRACTITIONERS);
    assertThat(text).contains("Needs attention first\n---------------------\n"
            + "No open gap and nothing missing.\n")
        .contains("Information missing\n-------------------\n"
            + "Nothing the rules need is missing from the record.\n")
        .doesNotContain("Waived\n", "Waiver notices");
    assertThat(TextReport.render(none, ReportFixtures.DETAIL))
        .contains("Findings\n--------\nNo findings.\n")
        .contains("Waiver notices\n--------------\nNone.\n")
        .doesNotContain("Waived\n------");
  }

  @Test
  void theLimitSaysHowManyGapsAndFactsItLeftOut() {
    Assessment crisis = ReportFixtures.crisisAssessment();
    ReportOptions two = PRACTITIONERS.withFindingLimit(2);
    ReportContent c = new ReportContent(crisis, two);
    String text = TextReport.render(crisis, two);
    assertThat(text).contains((c.gapsTotal - 2) + " more gaps not shown (limit 2).")
        .contains((c.missingTotal - 2) + " more facts not shown (limit 2).");
    assertThat(TextReport.render(crisis, PRACTITIONERS.withFindingLimit(c.gapsTotal)))
        .doesNotContain("more gaps not shown", "more gap not shown");
  }

  @Test
  void missingFactsThatCouldHideOnlyMinorGapsAreListedByStepAlone() {
    String text = TextReport.render(ReportCases.with(
        notRecorded("timetable", Severity.MINOR, "The timetable is not recorded.", "S1.1")),
        PRACTITIONERS);
    assertThat(text).doesNotContain("Matters most", "Also not recorded")
        .contains("Not recorded, by step (each could hide a minor gap at most):\n"
            + "  Step 1:\n    - the timetable\n");
  }

  @Test
  void missingFactsThatCouldHideAMajorGapAreListedFirstAndAloneWhenTheyAreAll() {
    String text = TextReport.render(ReportCases.with(
        notRecorded("budget", Severity.MAJOR, "The budget is not recorded.", "S1.1")),
        PRACTITIONERS);
    assertThat(text).contains("Matters most (could hide a critical or major gap):\n"
            + "  - The budget is not recorded. Needed to judge: ")
        .doesNotContain("by step");
    String both = TextReport.render(ReportCases.with(
        notRecorded("budget", Severity.MAJOR, "The budget is not recorded.", "S1.1"),
        notRecorded("timetable", Severity.MINOR, "The timetable is not recorded.", "S1.1")),
        PRACTITIONERS);
    assertThat(both).contains("Also not recorded, by step (each could hide a minor gap at most):");
  }

  @Test
  void theDetailLevelGivesWhereAFactIsMissingOnlyWhenItHasAPointer() {
    String text = TextReport.render(ReportCases.with(
        notRecorded("budget", Severity.MINOR, "The budget is not recorded.", "S1.1"),
        notRecordedAt("venue", Severity.MINOR, "/venue", "S1.2")), ReportFixtures.DETAIL);
    assertThat(text).contains("    Rules: budget; elements S1.1\n    - ")
        .contains("    Rules: venue; elements S1.2\n    At: /venue\n");
  }

  @Test
  void aWaivedFindingIsShownWithoutAnEmptyNoticesSectionAndANoticeWithoutWaivedFindings() {
    Finding waived = new Finding.Builder().from(gap("no-champions", Severity.MINOR,
        "The initiative has no co-production champions.", "C6")).waiver(WAIVER).build();
    String text = TextReport.render(ReportCases.with(waived), PRACTITIONERS);
    assertThat(text).contains("Waived\n------\n  - The initiative has no co-production champions."
            + " Waived until 2026-12-31:\n    Champions come in phase two.\n")
        .doesNotContain("Waiver notices");
    Assessment notice = new Assessment.Builder().from(ReportCases.with())
        .addWaiverNotices(WaiverNotice.of(WAIVER, WaiverNotice.Kind.UNUSED)).build();
    assertThat(TextReport.render(notice, PRACTITIONERS))
        .contains("Waiver notices\n--------------\n  - Unused: waiver of rule no-champions for"
            + " every initiative (until 2026-12-31)\n    matched no finding.")
        .doesNotContain("Waived\n------");
  }

  @Test
  void theDetailHeaderSaysWhenParticipantReferencesAreRedacted() {
    ReportOptions redacted = ReportOptions.redacting(ReportFixtures.crisisRedesign())
        .withDetail(true);
    assertThat(TextReport.render(ReportFixtures.crisisAssessment(), redacted))
        .contains("\nRedacted     participant references are replaced with numbers\n");
    assertThat(TextReport.render(ReportFixtures.crisisAssessment(), ReportFixtures.DETAIL))
        .doesNotContain("\nRedacted ");
  }

  private static Finding longRule(int length, boolean waived) {
    Finding f = gap("r".repeat(length), Severity.MAJOR, "A long rule.", "S1.1");
    return waived ? new Finding.Builder().from(f).waiver(new Waiver.Builder()
        .rule(f.rule()).justification("Agreed.").expires(LocalDate.parse("2026-12-31")).build())
        .build() : f;
  }

  @Test
  void aFindingHeadOfEightyColumnsStaysInItsColumnsAndALongerOneIsWrapped() {
    String fits = TextReport.render(ReportCases.with(longRule(49, false)), ReportFixtures.DETAIL);
    assertThat(fits).contains("\n   #1  MAJOR     gap           " + "r".repeat(49) + "\n");
    String wraps = TextReport.render(ReportCases.with(longRule(50, false)),
        ReportFixtures.DETAIL);
    assertThat(wraps).contains("\n   #1  MAJOR gap " + "r".repeat(50) + "\n");
    String waived = TextReport.render(ReportCases.with(longRule(50, true)),
        ReportFixtures.DETAIL);
    assertThat(waived).contains("\n   #1  MAJOR gap " + "r".repeat(50) + " [waived]\n");
  }

  @Test
  void aRuleThatFailedWithoutADetailSaysSo() {
    Assessment bare = ReportCases.with();
    Assessment failed = new Assessment.Builder().from(bare).addRules(new RuleResult.Builder()
        .rule("local-register").status(RuleStatus.ERROR).build()).build();
    assertThat(TextReport.render(failed, PRACTITIONERS))
        .contains("\n  local-register: no detail\n");
  }

  @Test
  void welshColumnsWidenToTheLongestStatusAndLadderLabel() {
    ReportOptions welsh = ReportFixtures.DETAIL.withLocale(WELSH);
    String text = TextReport.render(ReportFixtures.crisisAssessment(), welsh);
    // "dim bwlch wedi'i ganfod" is 23 letters: the status column is 24 wide, not 16.
    assertThat(text).containsPattern("\n  \\[\\+\\] S1\\.1  wedi'i bodloni {10}\\S");
    // "Presennol" is 9 letters: the label column is 10 wide, one space after it.
    assertThat(text).contains("\n  Presennol Consultation (doing for)\n");
  }
}
