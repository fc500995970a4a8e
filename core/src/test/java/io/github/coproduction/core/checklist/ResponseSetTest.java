package io.github.coproduction.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Completion per phase, whether an activity may move on, and what blocks it. */
class ResponseSetTest {

  private static final Checklist DEFAULT = DefaultChecklist.checklist();

  /** A small checklist of our own: the engine treats it exactly like the default one. */
  private static final Checklist OWN = new Checklist.Builder()
      .id("riverside").title("Riverside key questions").version("3").source("Riverside trust")
      .addItems(
          item("b1", Phase.BEFORE, "S2.6"),
          item("b2", Phase.BEFORE, "S2.3"),
          item("d1", Phase.DURING, "S3.5"),
          item("d2", Phase.DURING, "S2.7"),
          item("a1", Phase.AFTER, "C6"))
      .build();

  private static ChecklistItem item(String id, Phase phase, String serves) {
    return new ChecklistItem.Builder().id(id).kind(ItemKind.QUESTION).phase(phase)
        .text("Question " + id + "?").addServes(serves).build();
  }

  private static Response answer(String item, Answer answer) {
    return new Response.Builder().item(item).answer(answer).build();
  }

  private static ResponseSet answers(Checklist checklist, Response... responses) {
    return ResponseSet.of(checklist, new ChecklistResponses.Builder().checklist(checklist.id())
        .addResponses(responses).build());
  }

  private static ResponseSet allAnswered(Checklist checklist, Function<ChecklistItem, Answer> f) {
    List<Response> list = new ArrayList<>();
    for (ChecklistItem i : checklist.items()) {
      list.add(answer(i.id(), f.apply(i)));
    }
    return answers(checklist, list.toArray(new Response[0]));
  }

  @Test
  void nothingAnsweredBlocksEveryPhase() {
    ResponseSet set = answers(DEFAULT);
    for (Phase phase : Phase.values()) {
      PhaseCompletion c = set.completion(phase);
      assertThat(c.phase()).isEqualTo(phase);
      assertThat(c.total()).isEqualTo(DEFAULT.items(phase).size());
      assertThat(c.unanswered()).isEqualTo(c.total());
      assertThat(c.answered()).isZero();
      assertThat(c.isComplete()).isFalse();
      assertThat(c.isClear()).isFalse();
      assertThat(c.fractionAnswered()).isZero();
      assertThat(set.mayMoveOn(phase)).isFalse();
    }
    assertThat(set.blocking(Phase.BEFORE)).containsExactlyElementsOf(DEFAULT.items(Phase.BEFORE));
    assertThat(set.blocking(Phase.AFTER)).containsExactlyElementsOf(DEFAULT.items());
    assertThat(set.needingRemedy()).isEmpty();
  }

  @Test
  void everythingYesMovesOnFromEveryPhase() {
    ResponseSet set = allAnswered(DEFAULT, i -> Answer.YES);
    for (Phase phase : Phase.values()) {
      assertThat(set.completion(phase).isClear()).isTrue();
      assertThat(set.completion(phase).yes()).isEqualTo(DEFAULT.items(phase).size());
      assertThat(set.completion(phase).fractionAnswered()).isEqualTo(1.0);
      assertThat(set.mayMoveOn(phase)).isTrue();
      assertThat(set.blocking(phase)).isEmpty();
    }
    assertThat(set.needingRemedy()).isEmpty();
  }

  @Test
  void countsEachAnswerInItsPhase() {
    ResponseSet set = answers(OWN,
        answer("b1", Answer.YES), answer("b2", Answer.PARTLY),
        answer("d1", Answer.NO), answer("d2", Answer.NOT_APPLICABLE),
        answer("a1", Answer.UNANSWERED));
    PhaseCompletion before = set.completion(Phase.BEFORE);
    assertThat(List.of(before.yes(), before.partly(), before.no(), before.notApplicable(),
        before.unanswered())).containsExactly(1, 1, 0, 0, 0);
    PhaseCompletion during = set.completion(Phase.DURING);
    assertThat(List.of(during.yes(), during.partly(), during.no(), during.notApplicable(),
        during.unanswered())).containsExactly(0, 0, 1, 1, 0);
    PhaseCompletion after = set.completion(Phase.AFTER);
    assertThat(after.unanswered()).as("an explicit UNANSWERED counts as unanswered").isOne();
    assertThat(after.total()).isOne();
    assertThat(during.fractionAnswered()).isEqualTo(1.0);
    assertThat(set.answer(OWN.item("d1").orElseThrow())).isEqualTo(Answer.NO);
  }

  @Test
  void partlyDoesNotBlockButSurfacesItsRemedy() {
    ResponseSet set = answers(OWN, answer("b1", Answer.YES), answer("b2", Answer.PARTLY));
    assertThat(set.mayMoveOn(Phase.BEFORE)).isTrue();
    assertThat(set.blocking(Phase.BEFORE)).isEmpty();
    assertThat(set.needingRemedy()).extracting(ChecklistItem::id).containsExactly("b2");
  }

  @Test
  void aNoBeforeBlocksEveryLaterPhase() {
    ResponseSet set = allAnswered(OWN, i -> i.id().equals("b1") ? Answer.NO : Answer.YES);
    assertThat(set.mayMoveOn(Phase.BEFORE)).isFalse();
    assertThat(set.mayMoveOn(Phase.DURING)).isFalse();
    assertThat(set.mayMoveOn(Phase.AFTER)).isFalse();
    assertThat(set.blocking(Phase.AFTER)).extracting(ChecklistItem::id).containsExactly("b1");
    assertThat(set.needingRemedy()).extracting(ChecklistItem::id).containsExactly("b1");
  }

  @Test
  void laterPhasesDoNotBlockEarlierOnes() {
    ResponseSet set = answers(OWN, answer("b1", Answer.YES), answer("b2", Answer.NOT_APPLICABLE),
        answer("d1", Answer.NO));
    assertThat(set.mayMoveOn(Phase.BEFORE)).isTrue();
    assertThat(set.mayMoveOn(Phase.DURING)).isFalse();
    assertThat(set.blocking(Phase.BEFORE)).isEmpty();
    assertThat(set.blocking(Phase.DURING)).extracting(ChecklistItem::id)
        .containsExactly("d1", "d2");
    assertThat(set.blocking(Phase.AFTER)).extracting(ChecklistItem::id)
        .containsExactly("d1", "d2", "a1");
  }

  @Test
  void aPhaseWithNoItemsIsClear() {
    Checklist beforeOnly = new Checklist.Builder().id("short").title("Short").version("1")
        .source("us").addItems(item("b1", Phase.BEFORE, "S2.6")).build();
    ResponseSet set = answers(beforeOnly, answer("b1", Answer.YES));
    PhaseCompletion after = set.completion(Phase.AFTER);
    assertThat(after.total()).isZero();
    assertThat(after.isClear()).isTrue();
    assertThat(after.fractionAnswered()).isEqualTo(1.0);
    assertThat(set.mayMoveOn(Phase.AFTER)).isTrue();
  }

  @Test
  void responsesToAnotherChecklistAreRejected() {
    ChecklistResponses toOwn = new ChecklistResponses.Builder().checklist(OWN.id()).build();
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ResponseSet.of(DEFAULT, toOwn));
    assertThat(e.pointer()).isEqualTo("/checklist");
    assertThat(e.problem()).contains("riverside").contains(DefaultChecklist.ID);
  }

  @Test
  void aResponseToAnUnknownItemIsRejected() {
    ChecklistResponses r = new ChecklistResponses.Builder().checklist(DEFAULT.id())
        .addResponses(answer("B01", Answer.YES), answer("B99", Answer.NO)).build();
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ResponseSet.of(DEFAULT, r));
    assertThat(e.pointer()).isEqualTo("/responses/1/item");
    assertThat(e.problem()).contains("B99");
  }

  @Test
  void aSecondResponseToAnItemIsRejected() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> new ChecklistResponses.Builder().checklist(DEFAULT.id())
            .addResponses(answer("B01", Answer.YES), answer("B02", Answer.YES),
                answer("B01", Answer.NO))
            .build());
    assertThat(e.pointer()).isEqualTo("/responses/2/item");
    assertThat(e.problem()).contains("B01").contains("/responses/0");
  }

  @Test
  void responsesMustNameTheirChecklist() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> new ChecklistResponses.Builder().checklist("  ").build());
    assertThat(e.pointer()).isEqualTo("/checklist");
  }

  @Test
  void anAnswerIsUnansweredUntilRecorded() {
    ChecklistResponses r = new ChecklistResponses.Builder().checklist(DEFAULT.id())
        .addResponses(answer("B04", Answer.YES)).build();
    assertThat(r.answer("B04")).isEqualTo(Answer.YES);
    assertThat(r.answer("B05")).isEqualTo(Answer.UNANSWERED);
    assertThat(r.response("B05")).isEmpty();
  }

  @Test
  void responsesAreValidated() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> new Response.Builder().item("").answer(Answer.YES).build()).pointer())
        .isEqualTo("/item");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> new Response.Builder().item("B01").answer(Answer.NO).note(" ").build()).pointer())
        .isEqualTo("/note");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> new Response.Builder().item("B01").answer(Answer.NO)
            .addEvidence("minutes 2026-01-12", "").build()).pointer())
        .isEqualTo("/evidence/1");
    assertThatThrownBy(() -> new Response.Builder().item("B01").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("answer");
  }

  @Test
  void nullsAreRejected() {
    ChecklistResponses r = new ChecklistResponses.Builder().checklist(DEFAULT.id()).build();
    assertThatThrownBy(() -> ResponseSet.of(null, r)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResponseSet.of(DEFAULT, null))
        .isInstanceOf(NullPointerException.class);
    ResponseSet set = ResponseSet.of(DEFAULT, r);
    assertThatThrownBy(() -> set.completion(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> set.mayMoveOn(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> set.blocking(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theSetKeepsWhatItWasGiven() {
    ChecklistResponses r = new ChecklistResponses.Builder().checklist(OWN.id())
        .addResponses(answer("b1", Answer.YES)).build();
    ResponseSet set = ResponseSet.of(OWN, r);
    assertThat(set.checklist()).isSameAs(OWN);
    assertThat(set.responses()).isSameAs(r);
    assertThat(set.toString()).contains("riverside");
  }

  @Test
  void answerSemantics() {
    assertThat(List.of(Answer.values())).filteredOn(Answer::isResolved)
        .containsExactly(Answer.YES, Answer.NOT_APPLICABLE);
    assertThat(List.of(Answer.values())).filteredOn(Answer::needsRemedy)
        .containsExactly(Answer.PARTLY, Answer.NO);
    assertThat(List.of(Answer.values())).filteredOn(Answer::blocksProgress)
        .containsExactly(Answer.NO, Answer.UNANSWERED);
  }

  @Test
  void phasesAreOrderedAndNamedAsTheFrameworkNamesThem() {
    assertThat(List.of(Phase.values())).containsExactly(Phase.BEFORE, Phase.DURING, Phase.AFTER);
    assertThat(Phase.BEFORE.title()).isEqualTo("before");
    assertThat(Phase.DURING.title()).isEqualTo("during");
    assertThat(Phase.AFTER.title()).isEqualTo("following");
    assertThat(Phase.BEFORE.isBefore(Phase.DURING)).isTrue();
    assertThat(Phase.DURING.isBefore(Phase.DURING)).isFalse();
    assertThat(Phase.AFTER.isBefore(Phase.BEFORE)).isFalse();
  }
}
