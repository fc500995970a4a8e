package io.github.coproduction.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Aliases, the old ids a checklist keeps when an item is split or renamed: what an id names, the
 * checks on aliases (each with its pointer and message), and answers given to an old id; and the
 * facts an item answers.
 */
class ChecklistAliasesTest {

  private static ChecklistItem item(String id) {
    return new ChecklistItem.Builder().id(id).kind(ItemKind.QUESTION).phase(Phase.BEFORE)
        .text("Is it in place?").addServes("S2.6").build();
  }

  private static Checklist.Builder checklist() {
    return new Checklist.Builder().id("own").title("Our checklist").version("2")
        .source("Our policy").addItems(item("B04.1"), item("B04.2"), item("B05"));
  }

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    return e;
  }

  private static Response answer(String item, Answer answer) {
    return new Response.Builder().item(item).answer(answer).build();
  }

  private static ResponseSet answers(Checklist c, Response... responses) {
    return ResponseSet.of(c, new ChecklistResponses.Builder().checklist(c.id())
        .addResponses(responses).build());
  }

  // --- what an id names --------------------------------------------------------------------------

  @Test
  void anIdNamesItsItemAnAliasItsItemsAndAnythingElseNothing() {
    Checklist c = checklist().putAliases("B04", List.of("B04.1", "B04.2")).build();
    assertThat(c.named("B05")).containsExactly(item("B05"));
    assertThat(c.named("B04")).containsExactly(item("B04.1"), item("B04.2"));
    assertThat(c.named("B06")).isEmpty();
  }

  // --- checks ------------------------------------------------------------------------------------

  @Test
  void anAliasCannotAlsoBeAnItemId() {
    ValidationException e = invalid(() -> checklist().putAliases("B05", List.of("B04.1"))
        .build());
    assertThat(e.pointer()).isEqualTo("/aliases/B05");
    assertThat(e.problem()).isEqualTo("\"B05\" is both an item id and an alias");
  }

  @Test
  void anAliasNamesAtLeastOneItem() {
    ValidationException e = invalid(() -> checklist().putAliases("B04", List.of()).build());
    assertThat(e.pointer()).isEqualTo("/aliases/B04");
    assertThat(e.problem()).isEqualTo("an alias must name at least one item");
  }

  @Test
  void anAliasNamesOnlyItemsTheChecklistHasPointedAtByPlace() {
    ValidationException e = invalid(() -> checklist()
        .putAliases("B04", List.of("B04.1", "B04.3")).build());
    assertThat(e.pointer()).isEqualTo("/aliases/B04/1");
    assertThat(e.problem()).isEqualTo("alias \"B04\" names item \"B04.3\", which the checklist"
        + " does not have");
  }

  @Test
  void anAliasInAPointerIsEscaped() {
    assertThat(invalid(() -> checklist().putAliases("a/b~c", List.of()).build()).pointer())
        .isEqualTo("/aliases/a~1b~0c");
  }

  // --- answers to an old id ----------------------------------------------------------------------

  @Test
  void anAnswerToAnOldIdAnswersEachItemItNames() {
    Checklist c = checklist().putAliases("B04", List.of("B04.1", "B04.2")).build();
    ResponseSet set = answers(c, answer("B05", Answer.NO), answer("B04", Answer.YES));
    assertThat(set.answer(item("B04.1"))).isEqualTo(Answer.YES);
    assertThat(set.answer(item("B04.2"))).isEqualTo(Answer.YES);
    assertThat(set.responseIndex(item("B04.2"))).isEqualTo(OptionalInt.of(1));
    assertThat(set.responseIndex(item("B05"))).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void anItemAnsweredInItsOwnRightKeepsThatAnswerWhateverTheOrder() {
    Checklist c = checklist().putAliases("B04", List.of("B04.1", "B04.2")).build();
    ResponseSet set = answers(c, answer("B04", Answer.YES), answer("B04.2", Answer.NO));
    assertThat(set.answer(item("B04.1"))).isEqualTo(Answer.YES);
    assertThat(set.answer(item("B04.2"))).isEqualTo(Answer.NO);
    assertThat(set.responseIndex(item("B04.2"))).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void anItemAnsweredTwiceOrAnUnknownIdIsATypedError() {
    ValidationException twice = invalid(() -> answers(checklist().build(),
        answer("B05", Answer.PARTLY), answer("B05", Answer.NO)));
    assertThat(twice.pointer()).isEqualTo("/responses/1/item");
    ValidationException unknown = invalid(() -> answers(checklist().build(),
        answer("B09", Answer.YES)));
    assertThat(unknown.pointer()).isEqualTo("/responses/0/item");
    assertThat(unknown.problem()).isEqualTo("checklist \"own\" has no item \"B09\"");
  }

  @Test
  void anItemNotAnsweredHasNoResponse() {
    ResponseSet set = answers(checklist().build(), answer("B05", Answer.PARTLY));
    assertThat(set.responseIndex(item("B04.1"))).isEmpty();
    assertThat(set.answer(item("B04.1"))).isEqualTo(Answer.UNANSWERED);
  }

  // --- facts -------------------------------------------------------------------------------------

  @Test
  void aFactIsAJsonPointerIntoTheDocument() {
    assertThat(new ChecklistItem.Builder().from(item("B05"))
        .addFacts("/arrangements/emotionalSupport", "/participants").build().facts())
        .containsExactly("/arrangements/emotionalSupport", "/participants");
  }

  @ParameterizedTest
  @ValueSource(strings = {"arrangements/emotionalSupport", "/", "/arrangements//support",
      "/a/b/c/d/e/f/g/h/i", "/arrangements/emotional support"})
  void anythingElseIsNotAFact(String fact) {
    ValidationException e = invalid(() -> new ChecklistItem.Builder().from(item("B05"))
        .addFacts("/participants", fact).build());
    assertThat(e.pointer()).isEqualTo("/facts/1");
    assertThat(e.problem()).isEqualTo("a fact an item answers must be a JSON Pointer into an"
        + " initiative document, such as \"/arrangements/emotionalSupport\", but was \"" + fact
        + "\"");
  }
}
