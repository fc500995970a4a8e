package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.ItemKind;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.rules.testing.Inputs;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One fact as the whole record gives it ({@link RuleInput#fact(String)}): the structured field
 * decides when recorded; otherwise a "yes", "no" or "partly" to an item naming the fact speaks,
 * the gravest of several (no, then partly, then yes; the first item in checklist order among
 * equals), cited at the answer's place in the record; a "not applicable" speaks for nothing.
 */
class RecordedFactTest {

  private static final String SUPPORT = "/arrangements/emotionalSupport";

  /** Three items of an organisation's own checklist, each naming emotional support. */
  private static final Checklist OWN = new Checklist.Builder()
      .id("own").title("Own checklist").version("1").source("Riverside NHS Foundation Trust")
      .addItems(item("A1"), item("A2"), item("A3"))
      .build();

  private static ChecklistItem item(String id) {
    return new ChecklistItem.Builder().id(id).kind(ItemKind.QUESTION).phase(Phase.DURING)
        .text("Is support offered after hard sessions (" + id + ")?").addServes("C4.4")
        .addFacts(SUPPORT).build();
  }

  /**
   * The fact with the checklist answered in the order given, as {@code "A1=NO"}: the responses
   * are stored in reverse, so an answer's place in the record is not its item's place.
   */
  private static RecordedFact support(Provision field, String... answers) {
    ChecklistResponses.Builder responses = new ChecklistResponses.Builder().checklist("own");
    for (int i = answers.length - 1; i >= 0; i--) {
      String[] a = answers[i].split("=");
      responses.addResponses(new Response.Builder().item(a[0]).answer(Answer.valueOf(a[1]))
          .build());
    }
    Initiative initiative = Inputs.running()
        .arrangements(new Arrangements.Builder().emotionalSupport(field).build()).build();
    return RuleInput.of(initiative, Optional.of(ResponseSet.of(OWN, responses.build())),
        Inputs.ASSESSED_ON).fact(SUPPORT);
  }

  @Test
  void aRecordedFieldDecidesWhateverTheChecklistSays() {
    RecordedFact present = support(Provision.present(), "A1=NO");
    assertThat(present.pointer()).isEqualTo(SUPPORT);
    assertThat(present.recorded()).isEqualTo(Fact.PRESENT);
    assertThat(present.fact()).isEqualTo(Fact.PRESENT);
    assertThat(present.answer()).isEqualTo(Answer.NO);
    assertThat(present.fromChecklist()).isFalse();
    assertThat(present.isPartly()).isFalse();

    RecordedFact absent = support(Provision.absent(), "A1=YES");
    assertThat(absent.fact()).isEqualTo(Fact.ABSENT);
    assertThat(absent.fromChecklist()).isFalse();

    RecordedFact partlyButPresent = support(Provision.present(), "A1=PARTLY");
    assertThat(partlyButPresent.fact()).isEqualTo(Fact.PRESENT);
    assertThat(partlyButPresent.isPartly()).isFalse();
    assertThat(partlyButPresent.fromChecklist()).isFalse();
  }

  @Test
  void withoutTheFieldAYesIsPresentANoAbsentAndAPartlyAMilderAbsence() {
    RecordedFact yes = support(Provision.notRecorded(), "A1=YES");
    assertThat(yes.recorded()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(yes.fact()).isEqualTo(Fact.PRESENT);
    assertThat(yes.fromChecklist()).isTrue();
    assertThat(yes.isPartly()).isFalse();

    RecordedFact no = support(Provision.notRecorded(), "A1=NO");
    assertThat(no.fact()).isEqualTo(Fact.ABSENT);
    assertThat(no.fromChecklist()).isTrue();
    assertThat(no.isPartly()).isFalse();

    RecordedFact partly = support(Provision.notRecorded(), "A1=PARTLY");
    assertThat(partly.fact()).isEqualTo(Fact.ABSENT);
    assertThat(partly.fromChecklist()).isTrue();
    assertThat(partly.isPartly()).isTrue();
  }

  @Test
  void theAnswerIsCitedAtItsPlaceInTheRecord() {
    RecordedFact no = support(Provision.notRecorded(), "A1=NO");
    assertThat(no.item()).map(ChecklistItem::id).contains("A1");
    assertThat(no.answerPointer()).contains("/checklist/responses/0/answer");
    RecordedFact second = support(Provision.notRecorded(), "A1=YES", "A2=NO");
    assertThat(second.item()).map(ChecklistItem::id).contains("A2");
    assertThat(second.answerPointer()).contains("/checklist/responses/0/answer");
  }

  @Test
  void notApplicableOrUnansweredSpeaksForNothing() {
    for (RecordedFact f : new RecordedFact[] {
        support(Provision.notRecorded(), "A1=NOT_APPLICABLE"),
        support(Provision.notRecorded(), "A1=UNANSWERED"),
        support(Provision.notRecorded())}) {
      assertThat(f.fact()).isEqualTo(Fact.NOT_RECORDED);
      assertThat(f.answer()).isEqualTo(Answer.UNANSWERED);
      assertThat(f.item()).isEmpty();
      assertThat(f.answerPointer()).isEmpty();
      assertThat(f.fromChecklist()).isFalse();
      assertThat(f.isPartly()).isFalse();
    }
    RecordedFact afterNotApplicable =
        support(Provision.notRecorded(), "A1=NOT_APPLICABLE", "A2=YES");
    assertThat(afterNotApplicable.answer()).isEqualTo(Answer.YES);
    assertThat(afterNotApplicable.item()).map(ChecklistItem::id).contains("A2");
  }

  @Test
  void theGravestOfSeveralAnswersSpeaksWhateverTheirOrder() {
    assertThat(support(Provision.notRecorded(), "A1=YES", "A2=NO", "A3=PARTLY"))
        .satisfies(f -> assertThat(f.answer()).isEqualTo(Answer.NO))
        .satisfies(f -> assertThat(f.item()).map(ChecklistItem::id).contains("A2"))
        .satisfies(f -> assertThat(f.answerPointer()).contains("/checklist/responses/1/answer"));
    assertThat(support(Provision.notRecorded(), "A1=NO", "A2=YES").item())
        .map(ChecklistItem::id).contains("A1");
    assertThat(support(Provision.notRecorded(), "A1=YES", "A2=PARTLY").answer())
        .isEqualTo(Answer.PARTLY);
    assertThat(support(Provision.notRecorded(), "A1=PARTLY", "A2=YES").answer())
        .isEqualTo(Answer.PARTLY);
    assertThat(support(Provision.notRecorded(), "A1=PARTLY", "A2=NO").answer())
        .isEqualTo(Answer.NO);
  }

  @Test
  void amongEqualAnswersTheFirstItemInChecklistOrderSpeaks() {
    RecordedFact f = support(Provision.notRecorded(), "A1=NO", "A2=NO", "A3=NO");
    assertThat(f.item()).map(ChecklistItem::id).contains("A1");
    assertThat(f.answerPointer()).contains("/checklist/responses/2/answer");
  }

  @Test
  void aPointerTheRulesCannotReadIsRefused() {
    RuleInput input = RuleInput.of(Inputs.running().build(), Optional.empty(),
        Inputs.ASSESSED_ON);
    for (String pointer : new String[] {"/arrangements/nothing", "/arrangements/", "/purpose"}) {
      assertThatThrownBy(() -> input.fact(pointer))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("the rules cannot read a fact at \"" + pointer + "\"; readable: "
              + RecordedFact.readable());
    }
  }

  @Test
  void aFactDescribesItsFieldAndTheAnswerThatSpeaks() {
    assertThat(support(Provision.notRecorded()))
        .hasToString("RecordedFact[/arrangements/emotionalSupport NOT_RECORDED]");
    assertThat(support(Provision.present(), "A2=PARTLY")).hasToString(
        "RecordedFact[/arrangements/emotionalSupport PRESENT, A2 PARTLY at"
            + " /checklist/responses/0/answer]");
  }
}
