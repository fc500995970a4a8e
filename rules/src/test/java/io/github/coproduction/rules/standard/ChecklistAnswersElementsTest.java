package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.ElementStatus.GAP;
import static io.github.coproduction.rules.ElementStatus.MET;
import static io.github.coproduction.rules.ElementStatus.NOT_ASSESSED;
import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.testing.Inputs;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The "no" and "partly" rules speak only for the elements of the items answered: run alone, so
 * that every element is touched by them only, they never make an element met without an answer
 * behind it. Each input sits beside the element statuses it gives.
 */
class ChecklistAnswersElementsTest {

  private static final Assessor ONLY_ANSWERS = Assessor.builder()
      .ruleSet(RuleSet.builder().name("answers").version("1")
          .add(ChecklistRules.ANSWERED_NO).add(ChecklistRules.ANSWERED_PARTLY).build())
      .build();

  @Test
  void noChecklistAssessesNoElement() {
    Assessment a = ONLY_ANSWERS.assess(running().build(), ASSESSED_ON);

    assertThat(a.rule("checklist-answered-no").status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    assertThat(statuses(a)).as("no element is met or not applicable with no checklist")
        .allSatisfy((element, status) -> assertThat(status).isEqualTo(NOT_ASSESSED));
  }

  @Test
  void onlyItemsAnsweredNotApplicableAssessNoElement() {
    Assessment a = ONLY_ANSWERS.assess(running().checklist(Inputs.only("B02=NOT_APPLICABLE"))
        .build(), ASSESSED_ON);

    assertThat(a.rule("checklist-answered-no").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(statuses(a)).as("a pass with nothing answered yes, partly or no")
        .allSatisfy((element, status) -> assertThat(status).isEqualTo(NOT_ASSESSED));
  }

  @Test
  void anItemAnsweredNotApplicableIsNoEvidenceForItsElements() {
    // B09 (S2.1) answers no fact, so these rules would judge it, were it answered.
    Assessment a = ONLY_ANSWERS.assess(running().checklist(Inputs.only("B09=NOT_APPLICABLE"))
        .build(), ASSESSED_ON);

    assertThat(a.rule("checklist-answered-no").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(statuses(a)).as("S2.1 is not met by an answer of not applicable")
        .allSatisfy((element, status) -> assertThat(status).isEqualTo(NOT_ASSESSED));
  }

  @Test
  void onlyTheElementsOfItemsAnsweredAreJudged() {
    // B09 (S2.1) answered yes; B04, the old id of B04.1 and B04.2 (S2.6, S3.3), answered no;
    // B04.1 answers a fact (the payment policy), so its rule, not these, judges it.
    Initiative i = running().checklist(Inputs.only("B09=YES", "B04=NO")).build();

    Map<String, ElementStatus> statuses = statuses(ONLY_ANSWERS.assess(i, ASSESSED_ON));

    assertThat(statuses).containsEntry("S2.1", MET)
        .containsEntry("S2.6", GAP).containsEntry("S3.3", GAP);
    statuses.keySet().removeAll(java.util.List.of("S2.1", "S2.6", "S3.3"));
    assertThat(statuses).as("elements no answered item serves")
        .hasSize(21)
        .allSatisfy((element, status) -> assertThat(status).isEqualTo(NOT_ASSESSED));
  }

  @Test
  void partlyIsAGapForItsElementsOnly() {
    // D02 is the old id of D02.1 (S2.6) and D02.2, whose fact (expenses) another rule judges.
    Initiative i = running().checklist(Inputs.only("D02=PARTLY")).build();

    Map<String, ElementStatus> statuses = statuses(ONLY_ANSWERS.assess(i, ASSESSED_ON));

    assertThat(statuses).containsEntry("S2.6", GAP).containsEntry("S3.3", NOT_ASSESSED)
        .containsEntry("C6", NOT_ASSESSED);
  }

  private static Map<String, ElementStatus> statuses(Assessment a) {
    Map<String, ElementStatus> out = new TreeMap<>();
    a.elements().forEach(e -> out.put(e.element(), e.status()));
    return out;
  }
}
