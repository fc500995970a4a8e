package io.github.coproduction.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Change;
import io.github.coproduction.core.framework.Condition;
import org.junit.jupiter.api.Test;

/** Checklist items and checklists: validation, and the remedies they surface. */
class ChecklistItemTest {

  private static ChecklistItem.Builder item(String id, String... serves) {
    ChecklistItem.Builder b = new ChecklistItem.Builder();
    b.id(id).kind(ItemKind.QUESTION).phase(Phase.BEFORE).text("Is it in place?").addServes(serves);
    return b;
  }

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    return e;
  }

  @Test
  void remediesGivenAreUsedAsGiven() {
    ChecklistItem i = item("B04", "S2.6").addRemedies("C4.2", "C2.3").build();
    assertThat(i.remedyActions()).containsExactly(Action.C4_2, Action.C2_3);
  }

  @Test
  void remediesAreDerivedFromTheActionsAndChangesServedWhenNoneAreGiven() {
    assertThat(item("X1", "C4").build().remedyActions())
        .containsExactlyElementsOf(Change.C4.actions());
    assertThat(item("X2", "C2.3").build().remedyActions()).containsExactly(Action.C2_3);
    assertThat(item("X3", "C4.3", "C4", "C6").build().remedyActions())
        .containsExactly(Action.C4_3, Action.C4_1, Action.C4_2, Action.C4_4, Action.C6_1);
    // a condition alone has no "How to achieve it" of its own
    assertThat(item("X4", "S2.6").build().remedyActions()).isEmpty();
  }

  @Test
  void servedElementsResolveInTheOrderGiven() {
    ChecklistItem i = item("X1", "C4", "S2.6", "C1.2.a").build();
    assertThat(i.servedElements()).extracting(e -> e.id()).containsExactly("C4", "S2.6", "C1.2.a");
  }

  @Test
  void aChecklistServesTheChangeOfAnActionItServes() {
    Checklist c = new Checklist.Builder().id("own").title("Our checklist").version("2")
        .source("Riverside trust").addItems(item("X1", "C4.3", "S2.6").build()).build();
    assertThat(c.servedElements()).containsExactly(Condition.S2_6, Change.C4);
  }

  @Test
  void anUnknownElementInServesNamesItsIndex() {
    ValidationException e = invalid(() -> item("X1", "S2.6", "S2.9").build());
    assertThat(e.pointer()).isEqualTo("/serves/1");
    assertThat(e.problem()).contains("S2.9");
    assertThat(invalid(() -> item("X1", "nope").build()).pointer()).isEqualTo("/serves/0");
  }

  @Test
  void aRemedyMustBeAnAction() {
    ValidationException e = invalid(() -> item("X1", "S2.6").addRemedies("C4").build());
    assertThat(e.pointer()).isEqualTo("/remedies/0");
    assertThat(e.problem()).contains("'C4'");
    assertThat(invalid(() -> item("X1", "S2.6").addRemedies("C4.2", "C9.9").build()).pointer())
        .isEqualTo("/remedies/1");
  }

  @Test
  void anItemMustServeSomething() {
    assertThat(invalid(() -> item("X1").build()).pointer()).isEqualTo("/serves");
  }

  @Test
  void anItemIdIsACode() {
    assertThat(invalid(() -> item("has space", "S2.6").build()).pointer()).isEqualTo("/id");
    assertThat(invalid(() -> item("", "S2.6").build()).pointer()).isEqualTo("/id");
    assertThat(invalid(() -> item("-B01", "S2.6").build()).pointer()).isEqualTo("/id");
    assertThat(item("B.01_x-2", "S2.6").build().id()).isEqualTo("B.01_x-2");
  }

  @Test
  void anItemNeedsText() {
    assertThat(invalid(() -> item("X1", "S2.6").text(" \t").build()).pointer())
        .isEqualTo("/text");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> new ChecklistItem.Builder().id("X1").addServes("S2.6").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind").hasMessageContaining("phase").hasMessageContaining("text");
    assertThatThrownBy(() -> new Checklist.Builder().id("own").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title").hasMessageContaining("version")
        .hasMessageContaining("source");
  }

  @Test
  void duplicateItemIdsPointAtTheSecond() {
    ValidationException e = invalid(() -> new Checklist.Builder().id("own").title("Ours")
        .version("1").source("us")
        .addItems(item("B01", "S2.6").build(), item("B02", "S2.3").build(),
            item("B01", "S2.5").build())
        .build());
    assertThat(e.pointer()).isEqualTo("/items/2/id");
    assertThat(e.problem()).contains("B01").contains("/items/0/id");
  }

  @Test
  void aChecklistNeedsAnIdATitleAndItems() {
    Checklist.Builder ok = new Checklist.Builder();
    ok.id("own").title("Ours").version("1").source("us");
    assertThat(invalid(() -> ok.build()).pointer()).isEqualTo("/items");
    ChecklistItem one = item("B01", "S2.6").build();
    assertThat(invalid(() -> new Checklist.Builder().id(" ").title("Ours").version("1")
        .source("us").addItems(one).build()).pointer()).isEqualTo("/id");
    assertThat(invalid(() -> new Checklist.Builder().id("own").title("").version("1")
        .source("us").addItems(one).build()).pointer()).isEqualTo("/title");
  }
}
