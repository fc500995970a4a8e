package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.ItemKind;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.testing.Inputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own checklist item may name a fact of the record that the rules do not read
 * with the checklist (here the participants). No other rule judges its answer, so the checklist
 * rules do: a "no" is a finding of {@code checklist-answered-no}, and nothing is compared with a
 * field the rules cannot read.
 */
class OwnChecklistFactsTest {

  private static final Checklist TRUST = new Checklist.Builder()
      .id("riverside-trust").title("Riverside Trust co-production checklist").version("3")
      .source("Riverside NHS Foundation Trust")
      .addItems(new ChecklistItem.Builder().id("T1").kind(ItemKind.QUESTION)
          .phase(Phase.BEFORE).text("Has every partner been offered payment for their time?")
          .addServes("S2.6").addRemedies("C4.2").addFacts("/participants").build())
      .build();

  private static Assessment answeredNo() {
    Initiative i = Inputs.running().checklist(new ChecklistResponses.Builder()
        .checklist("riverside-trust")
        .addResponses(new Response.Builder().item("T1").answer(Answer.NO).build())
        .build()).build();
    return Assessor.builder().addChecklist(TRUST).build().assess(i, Inputs.ASSESSED_ON);
  }

  @Test
  void aNoToAnItemOnAFactTheRulesDoNotReadIsAChecklistFinding() {
    assertThat(answeredNo().findings())
        .filteredOn(f -> f.rule().equals("checklist-answered-no")).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).isEqualTo("Checklist item T1 (before) is answered no: Has"
              + " every partner been offered payment for their time?");
          assertThat(f.evidence())
              .containsExactly(Evidence.of("/checklist/responses/0/answer", "no"));
          assertThat(f.elements()).containsExactly("S2.6");
          assertThat(f.remedyActions()).containsExactly("C4.2");
        });
  }

  @Test
  void anAnswerOnAFactTheRulesDoNotReadContradictsNothing() {
    Assessment a = answeredNo();

    assertThat(a.rule("checklist-contradicts-record").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(a.summary().errors()).isZero();
  }
}
