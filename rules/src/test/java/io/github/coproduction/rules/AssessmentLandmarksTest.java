package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.testing.Inputs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two ends of the scale: an initiative with everything recorded in place is sound; one with
 * almost nothing recorded is an incomplete record, never sound and never a proven gap.
 */
class AssessmentLandmarksTest {

  private final Assessor assessor = Assessor.standard();

  @Test
  void anExemplaryInitiativeIsSound() {
    Initiative exemplary = Generators.exemplary();
    Assessment a = assessor.assess(exemplary, Inputs.ASSESSED_ON);

    assertThat(a.findingsAtLeast(Severity.MINOR)).as("findings above advisory").isEmpty();
    assertThat(a.hasGapsAtLeast(Severity.ADVISORY)).isFalse();
    assertThat(a.summary().verdict()).isEqualTo(Verdict.SOUND);
    assertThat(a.summary()).isEqualTo(new Summary.Builder().critical(0).major(0).minor(0)
        .advisory(0).notRecorded(0).waived(0).errors(0).verdict(Verdict.SOUND).build());
    // Rules about situations the exemplar does not have (an offer declined, an all-volunteer
    // group, a benefit with an earnings limit, which is never required) do not apply to it, nor
    // do rules about what happened, which apply only to recorded events: none happened here.
    java.util.Set<String> notItsSituation = java.util.Set.of("unpaid-in-volunteer-group",
        "payment-declined-without-advice", "payment-declined-after-advice",
        "benefit-earnings-limit", "benefit-earnings-limit-information", "person-harmed",
        "something-got-in-the-way");
    assertThat(a.rules()).hasSize(RuleSet.standard().rules().size())
        .allSatisfy(r -> assertThat(r.status()).as(r.rule()).isEqualTo(
            notItsSituation.contains(r.rule()) ? RuleStatus.NOT_APPLICABLE : RuleStatus.PASSED));
    assertThat(a.elements()).hasSize(24)
        .allSatisfy(e -> assertThat(e.status()).as(e.element()).isEqualTo(ElementStatus.MET));
  }

  @Test
  void anAssessmentSaysWhatWasAssessedAndWithWhat() {
    Initiative exemplary = Generators.exemplary();
    Assessment a = assessor.assess(exemplary, Inputs.ASSESSED_ON);
    assertThat(a.initiative()).isEqualTo(exemplary.id());
    assertThat(a.title()).isEqualTo(exemplary.title());
    assertThat(a.stage()).isEqualTo(exemplary.stage());
    assertThat(a.assessedOn()).isEqualTo(Inputs.ASSESSED_ON);
    assertThat(a.catalogueVersion())
        .isEqualTo(Framework.standard().edition().catalogueVersion());
    assertThat(a.ruleSet()).isEqualTo("standard");
    assertThat(a.ruleSetVersion()).isEqualTo("1.0");
    assertThat(a.profile()).isEqualTo("default");
    assertThat(a.ladder()).isEqualTo(exemplary.ladder());
    assertThat(a.ladderGap()).hasValue(0);
    assertThat(a.waiverNotices()).isEmpty();
    assertThat(a.elements()).extracting(ElementAssessment::element).containsExactlyElementsOf(
        Framework.standard().assessedElements().stream().map(e -> e.id()).toList());
  }

  @Test
  void anAdvisoryGapAloneLeavesAnOtherwiseCompleteRecordSound() {
    Initiative i = withArrangements(Generators.exemplary(),
        new Arrangements.Builder().from(Generators.exemplary().arrangements())
            .champions(Provision.absent()).build(), "A06", "NO");
    Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);
    assertThat(a.findings()).extracting(Finding::rule, Finding::severity, Finding::status)
        .containsExactly(tuple("no-champions", Severity.ADVISORY,
            FindingStatus.GAP));
    assertThat(a.summary().advisory()).isEqualTo(1);
    assertThat(a.summary().verdict()).isEqualTo(Verdict.SOUND);
    assertThat(a.element("C3").status()).isEqualTo(ElementStatus.GAP);
  }

  @Test
  void oneFactNotRecordedMakesAnOtherwiseExemplaryRecordIncomplete() {
    Initiative i = withArrangements(Generators.exemplary(),
        new Arrangements.Builder().from(Generators.exemplary().arrangements())
            .groundRules(Provision.notRecorded()).build(), "B06", "NOT_APPLICABLE");
    Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);
    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("no-ground-rules");
      assertThat(f.status()).isEqualTo(FindingStatus.NOT_RECORDED);
    });
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.NOT_RECORDED);
  }

  @Test
  void oneMinorGapMakesAnOtherwiseExemplaryRecordShowGaps() {
    Initiative i = withArrangements(Generators.exemplary(),
        new Arrangements.Builder().from(Generators.exemplary().arrangements())
            .groundRules(Provision.absent()).build(), "B06", "NO");
    Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);
    assertThat(a.summary().minor()).isEqualTo(1);
    assertThat(a.summary().verdict()).isEqualTo(Verdict.GAPS);
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.GAP);
    assertThat(a.hasGapsAtLeast(Severity.MINOR)).isTrue();
    assertThat(a.hasGapsAtLeast(Severity.MAJOR)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void anInitiativeWithAlmostNothingRecordedIsIncompleteAndNeverAGap(Stage stage) {
    Initiative bare = Generators.bare(stage);
    assertThat(bare.participants()).isEmpty();
    Assessment a = assessor.assess(bare, Inputs.ASSESSED_ON);

    assertThat(a.findings()).isNotEmpty().allSatisfy(f ->
        assertThat(f.status()).as(f.rule()).isEqualTo(FindingStatus.NOT_RECORDED));
    assertThat(a.summary().gaps()).isZero();
    assertThat(a.summary().notRecorded()).isEqualTo(a.findings().size());
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE).isNotEqualTo(Verdict.SOUND);
    assertThat(a.rules()).noneSatisfy(r -> assertThat(r.status()).isEqualTo(RuleStatus.GAP));
    assertThat(a.elements()).noneSatisfy(e ->
        assertThat(e.status()).isIn(ElementStatus.GAP, ElementStatus.MET));
    // every finding names where the missing fact would be
    assertThat(a.findings()).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty()
        .allSatisfy(ev -> assertThat(ev.value()).isEqualTo("not recorded")));
  }

  @Test
  void theStandardAssessorUsesTheDateOfItsClock() {
    Initiative bare = Generators.bare();
    Assessor fixed = Assessor.builder().clock(Clock.fixed(Instant.parse("2026-02-03T23:30:00Z"),
        ZoneOffset.UTC)).build();
    assertThat(fixed.assess(bare).assessedOn()).isEqualTo(LocalDate.parse("2026-02-03"));
    assertThat(fixed.assess(bare)).isEqualTo(fixed.assess(bare, LocalDate.parse("2026-02-03")));
    assertThat(Assessor.standard().ruleSet()).isSameAs(RuleSet.standard());
    assertThat(Assessor.standard().profile()).isEqualTo(Profile.defaults());
    assertThat(Assessor.standard().waivers()).isEmpty();
  }

  private static Initiative withArrangements(Initiative i, Arrangements a) {
    return new Initiative.Builder().from(i).arrangements(a).build();
  }

  /**
   * The arrangements changed and the checklist item that answers the changed fact answered to
   * agree with the record, so that no contradiction is reported.
   */
  private static Initiative withArrangements(Initiative i, Arrangements a, String item,
      String answer) {
    var responses = new java.util.ArrayList<io.github.coproduction.core.checklist.Response>();
    for (var r : i.checklist().orElseThrow().responses()) {
      responses.add(r.item().equals(item) ? new io.github.coproduction.core.checklist.Response
          .Builder().from(r).answer(io.github.coproduction.core.checklist.Answer.valueOf(answer))
          .build() : r);
    }
    return new Initiative.Builder().from(i).arrangements(a)
        .checklist(new io.github.coproduction.core.checklist.ChecklistResponses.Builder()
            .from(i.checklist().get()).responses(responses).build()).build();
  }
}
