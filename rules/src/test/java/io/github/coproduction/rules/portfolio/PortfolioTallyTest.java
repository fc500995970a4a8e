package io.github.coproduction.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tally counts three hand-built assessments to exact numbers (rule errors, elements with
 * limited evidence or not assessed), and the tallies or summaries of two parts merge into
 * exactly the tally of the whole.
 */
class PortfolioTallyTest {

  private static final Assessment EXEMPLARY =
      Assessor.standard().assess(Generators.exemplary(), Inputs.ASSESSED_ON);

  private static Finding finding(String rule, Severity severity, FindingStatus status,
      String pointer) {
    return new Finding.Builder().rule(rule).severity(severity).status(status)
        .message("Found by " + rule).addElements("S2.6")
        .addEvidence(Evidence.of(pointer, "absent")).remedy("Fix it.").build();
  }

  private static Finding waived(String rule) {
    return new Finding.Builder()
        .from(finding(rule, Severity.MINOR, FindingStatus.GAP, "/arrangements/groundRules"))
        .waiver(new Waiver.Builder().rule(rule).justification("Agreed with the partners")
            .expires(LocalDate.parse("2027-01-01")).build())
        .build();
  }

  private static LadderPosition ladder(Recorded<LadderRung> current,
      Recorded<LadderRung> target) {
    return new LadderPosition.Builder().current(current).target(target).build();
  }

  /**
   * The exemplary assessment with these findings, {@code errors} rules failing, each element
   * met but those given a status, and this ladder.
   */
  private static Assessment assessment(Map<String, ElementStatus> statuses, int errors,
      LadderPosition ladder, Finding... findings) {
    List<ElementAssessment> elements = new ArrayList<>();
    for (var e : Framework.standard().assessedElements()) {
      elements.add(new ElementAssessment.Builder().element(e.id())
          .status(statuses.getOrDefault(e.id(), ElementStatus.MET)).build());
    }
    List<RuleResult> rules = new ArrayList<>();
    rules.add(new RuleResult.Builder().rule("no-ground-rules").status(RuleStatus.PASSED).build());
    for (int i = 0; i < errors; i++) {
      rules.add(new RuleResult.Builder().rule("failing-" + i).status(RuleStatus.ERROR).build());
    }
    return new Assessment.Builder().from(EXEMPLARY).findings(List.of(findings)).rules(rules)
        .elements(elements).ladder(ladder).build();
  }

  /** A rule failed and a fact is missing; S1.2's evidence is limited. */
  private static final Assessment INCOMPLETE = assessment(
      Map.of("S1.2", ElementStatus.NO_GAP_FOUND), 1,
      ladder(Recorded.present(LadderRung.CONSULTATION), Recorded.present(LadderRung.CO_PRODUCTION)),
      finding("unpaid-participant", Severity.MINOR, FindingStatus.NOT_RECORDED,
          "/participants/0/payment"));

  /** Two rules failed, a critical gap and a waived one; S1.2 limited, S2.6 not assessed. */
  private static final Assessment CRITICAL = assessment(
      Map.of("S1.2", ElementStatus.NO_GAP_FOUND, "S2.6", ElementStatus.NOT_ASSESSED), 2,
      LadderPosition.notRecorded(),
      finding("no-senior-sponsor", Severity.CRITICAL, FindingStatus.GAP,
          "/arrangements/seniorSponsor"),
      waived("no-ground-rules"));

  /** Two major gaps of one rule; S2.6 not assessed. */
  private static final Assessment MAJOR = assessment(
      Map.of("S2.6", ElementStatus.NOT_ASSESSED), 0,
      ladder(Recorded.absent(), Recorded.present(LadderRung.CO_PRODUCTION)),
      finding("no-senior-sponsor", Severity.MAJOR, FindingStatus.GAP,
          "/arrangements/seniorSponsor"),
      finding("no-senior-sponsor", Severity.MAJOR, FindingStatus.GAP, "/participants/1"));

  private static PortfolioTally tally(Assessment... assessments) {
    PortfolioTally t = new PortfolioTally();
    for (Assessment a : assessments) {
      t.add(a);
    }
    return t;
  }

  /** The counts of the three assessments together, every one of them exact. */
  private static void assertTheWholeOfThree(PortfolioSummary s) {
    assertThat(s.initiatives()).isEqualTo(3);
    ElementTally s12 = s.element("S1.2");
    assertThat(List.of(s12.met(), s12.noGapFound(), s12.gap(), s12.notRecorded(),
        s12.notApplicable(), s12.notAssessed())).containsExactly(1L, 2L, 0L, 0L, 0L, 0L);
    assertThat(s12.total()).isEqualTo(3);
    ElementTally s26 = s.element("S2.6");
    assertThat(List.of(s26.met(), s26.noGapFound(), s26.gap(), s26.notRecorded(),
        s26.notApplicable(), s26.notAssessed())).containsExactly(1L, 0L, 0L, 0L, 0L, 2L);
    assertThat(s26.total()).isEqualTo(3);
    assertThat(s.element("C4").met()).isEqualTo(3);
    assertThat(s.errors()).isEqualTo(3);
    assertThat(s.gapsBySeverity()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Severity.CRITICAL, 1L, Severity.MAJOR, 2L, Severity.MINOR, 0L, Severity.ADVISORY, 0L));
    assertThat(s.notRecordedFindings()).isEqualTo(1);
    assertThat(s.waivedFindings()).isEqualTo(1);
    assertThat(s.verdicts()).containsExactlyInAnyOrderEntriesOf(Map.of(Verdict.SOUND, 0L,
        Verdict.LIMITED, 0L, Verdict.INCOMPLETE, 1L, Verdict.GAPS, 2L));
    assertThat(s.ruleGaps()).containsExactlyEntriesOf(Map.of("no-senior-sponsor", 2L));
    assertThat(s.currentRungs()).containsEntry("CONSULTATION", 1L).containsEntry("ABSENT", 1L)
        .containsEntry("NOT_RECORDED", 1L).containsEntry("CO_PRODUCTION", 0L);
    assertThat(s.targetRungs()).containsEntry("CO_PRODUCTION", 2L)
        .containsEntry("NOT_RECORDED", 1L).containsEntry("ABSENT", 0L);
  }

  @Test
  void threeAssessmentsAreCountedExactly() {
    assertTheWholeOfThree(tally(INCOMPLETE, CRITICAL, MAJOR).summary());
  }

  @Test
  void theTalliesOfTwoPartsMergeIntoTheTallyOfTheWhole() {
    PortfolioSummary whole = tally(INCOMPLETE, CRITICAL, MAJOR).summary();
    PortfolioSummary merged = tally(INCOMPLETE).merge(tally(CRITICAL, MAJOR)).summary();
    assertTheWholeOfThree(merged);
    assertThat(merged).isEqualTo(whole);
    assertThat(tally(CRITICAL, MAJOR).merge(tally(INCOMPLETE)).summary()).isEqualTo(whole);
  }

  @Test
  void theSummariesOfTwoPartsMergeIntoTheSummaryOfTheWhole() {
    PortfolioSummary whole = tally(INCOMPLETE, CRITICAL, MAJOR).summary();
    PortfolioSummary merged = tally(INCOMPLETE).summary()
        .merge(tally(CRITICAL, MAJOR).summary());
    assertTheWholeOfThree(merged);
    assertThat(merged).isEqualTo(whole);
    assertThat(tally(INCOMPLETE).merge(tally(CRITICAL, MAJOR).summary()).summary())
        .isEqualTo(whole);
  }

  @Test
  void addingGivesBackTheTallySoThatAddsChain() {
    PortfolioTally tally = new PortfolioTally();
    assertThat(tally.add(INCOMPLETE)).isSameAs(tally);
    assertThat(tally.add(CRITICAL).add(MAJOR).summary())
        .isEqualTo(tally(INCOMPLETE, CRITICAL, MAJOR).summary());
  }

  @Test
  void anElementTheFrameworkDoesNotAssessIsLeftOutOfTheCounts() {
    Assessment stored = new Assessment.Builder().from(MAJOR).addElements(
        new ElementAssessment.Builder().element("S9.9").status(ElementStatus.GAP).build())
        .build();
    PortfolioSummary s = tally(stored).summary();
    assertThat(s.initiatives()).isEqualTo(1);
    assertThat(s.elements()).hasSize(24).allSatisfy(t -> assertThat(t.total()).isEqualTo(1));
    assertThat(s.elements()).extracting(ElementTally::gap).containsOnly(0L);
  }

  @Test
  void aSummaryNamingAnUnknownElementIsRefused() {
    PortfolioSummary odd = new PortfolioSummary.Builder().initiatives(1).notRecordedFindings(0)
        .waivedFindings(0).errors(0).addElements(new ElementTally.Builder().element("S9.9")
            .met(1).noGapFound(0).gap(0).notRecorded(0).notApplicable(0).notAssessed(0).build())
        .build();
    assertThatThrownBy(() -> new PortfolioTally().merge(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown element 'S9.9' in summary");
  }
}
