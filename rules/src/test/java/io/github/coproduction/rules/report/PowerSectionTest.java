package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.LadderEvidence;
import io.github.coproduction.rules.PowerBalance;
import io.github.coproduction.rules.RungCriterion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The power section in the cases the fixtures do not reach: decisions that name no one, sessions
 * recorded, staff with lived experience and partners flagged but not deciding, the reasons a rung
 * is held back, no partner at all, and an assessment stored before power was computed.
 */
class PowerSectionTest {

  private static final PowerBalance.Builder BALANCE = new PowerBalance.Builder()
      .participants(4).addPartners("P01", "P02").decisionMakersFromDecisions(true)
      .decisions(2).addDecisionsWithPartners(0).addDecisionsWithoutPartners(1)
      .sessions(3).addSessionsWithPartners(0, 2);

  private static RungCriterion criterion(LadderRung rung, Fact met, String reason) {
    return new RungCriterion.Builder().rung(rung).met(met).reason(reason).build();
  }

  private static Assessment with(PowerBalance balance, LadderEvidence evidence) {
    return new Assessment.Builder().from(ReportFixtures.bareAssessment())
        .powerBalance(Optional.ofNullable(balance)).ladderEvidence(Optional.ofNullable(evidence))
        .build();
  }

  /** The practitioners' text, each wrapped row of the section joined onto one line. */
  private static String text(Assessment a) {
    return TextReport.render(a, ReportOptions.defaults()).replaceAll("\n {30}", " ");
  }

  @Test
  void decisionsThatNameNoPersonSayNoDecisionMakerIsNamed() {
    assertThat(text(with(BALANCE.build(), null))).contains(
        "\n  Decision-makers             none named: the recorded decisions name bodies or"
            + " roles\n");
  }

  @Test
  void recordedSessionsAreCountedWithTheirPartners() {
    assertThat(text(with(BALANCE.build(), null)))
        .contains("\n  Sessions                    2 of 3 with partners\n");
  }

  @Test
  void staffWithLivedExperienceAndPartnersFlaggedButNotDecidingHaveARowEach() {
    PowerBalance b = new PowerBalance.Builder().from(BALANCE.build())
        .addStaffWithLivedExperience("S01").addFlaggedButNotDeciding("P02").build();
    assertThat(text(with(b, null)))
        .contains("\n  Staff with lived experience shown, not counted as partners: S01\n")
        .contains("\n  Flagged, not deciding       P02: flagged as decision-makers, in no"
            + " recorded decision\n");
    assertThat(text(with(BALANCE.build(), null)))
        .doesNotContain("Staff with lived experience", "Flagged, not deciding");
  }

  @Test
  void aRungIsHeldBackByItsCriteriaEachSayingWhetherItIsNotMetOrNotRecorded() {
    LadderEvidence e = new LadderEvidence.Builder().claimed(Recorded.notRecorded())
        .claimsCoproduction(Fact.ABSENT).evidenced(Recorded.present(LadderRung.CONSULTATION))
        .addCriteria(criterion(LadderRung.CONSULTATION, Fact.PRESENT, "Partners take part."),
            criterion(LadderRung.ENGAGEMENT, Fact.ABSENT, "Partners decide nothing"),
            criterion(LadderRung.ENGAGEMENT, Fact.ABSENT, "Sessions are not recorded as open."),
            criterion(LadderRung.ENGAGEMENT, Fact.NOT_RECORDED, "Nobody says who decides."),
            criterion(LadderRung.ENGAGEMENT, Fact.NOT_RECORDED, "The decisions are not recorded."))
        .build();
    String text = text(with(null, e));
    assertThat(text).contains("\n  Why not Engagement          Partners decide nothing (not met)."
        + " Sessions are not recorded as open (not met). Nobody says who decides (not recorded)."
        + " The decisions are not recorded.\n");
  }

  @Test
  void anInitiativeWithNoPartnerEvidencesNoRung() {
    LadderEvidence e = new LadderEvidence.Builder().claimed(Recorded.notRecorded())
        .claimsCoproduction(Fact.ABSENT).evidenced(Recorded.absent()).build();
    assertThat(text(with(null, e)))
        .contains("\n  Evidenced rung              none: no lived-experience partner takes part\n");
  }

  @Test
  void anAssessmentStoredBeforePowerWasComputedHasNoPowerSectionInAnyFormat() {
    Assessment old = with(null, null);
    for (ReportOptions o : new ReportOptions[] {ReportOptions.defaults(), ReportFixtures.DETAIL}) {
      assertThat(TextReport.render(old, o)).doesNotContain("Power and the evidenced rung");
      assertThat(MarkdownReport.render(old, o)).doesNotContain("Power and the evidenced rung");
      assertThat(HtmlReport.render(old, o)).doesNotContain("<section id=\"power\">");
    }
    assertThat(MarkdownReport.render(ReportFixtures.bareAssessment(), ReportOptions.defaults()))
        .contains("## Power and the evidenced rung");
  }
}
