package io.github.coproduction.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Navigation both ways through the catalogue, look-up by id, and its error paths. */
class NavigationTest {

  private static final Framework FRAMEWORK = Framework.standard();

  @Test
  void aConditionKnowsItsStepAndTheStepListsIt() {
    assertThat(Condition.S2_6.step()).isEqualTo(Step.S2);
    assertThat(Step.S2.conditions()).hasSize(7).contains(Condition.S2_6);
    assertThat(Step.S1.conditions()).containsExactly(Condition.S1_1, Condition.S1_2, Condition.S1_3);
    assertThat(Step.S3.conditions()).hasSize(8).endsWith(Condition.S3_8);
    for (Condition c : Condition.values()) {
      assertThat(c.step().conditions()).as(c.id()).contains(c);
      assertThat(c.id()).startsWith(c.step().id() + ".");
      assertThat(c.parent()).contains(c.step());
      assertThat(c.children()).isEmpty();
    }
  }

  @Test
  void anActionKnowsItsChangeAndTheChangeListsIt() {
    assertThat(Action.C4_4.change()).isEqualTo(Change.C4);
    assertThat(Change.C3.actions()).hasSize(6);
    assertThat(Change.C6.actions()).containsExactly(Action.C6_1);
    for (Action a : Action.values()) {
      assertThat(a.change().actions()).as(a.id()).contains(a);
      assertThat(a.id()).startsWith(a.change().id() + ".");
      assertThat(a.parent()).contains(a.change());
    }
  }

  @Test
  void challengesSitUnderC12() {
    assertThat(Action.C1_2.challenges()).containsExactly(Challenge.values());
    assertThat(Action.C1_2.children()).containsExactly(Challenge.values());
    for (Challenge c : Challenge.values()) {
      assertThat(c.action()).isEqualTo(Action.C1_2);
      assertThat(c.parent()).contains(Action.C1_2);
      assertThat(c.children()).isEmpty();
    }
    for (Action a : Action.values()) {
      if (a != Action.C1_2) {
        assertThat(a.challenges()).as(a.id()).isEmpty();
      }
    }
  }

  @Test
  void parentsAndChildrenAgreeForEveryElement() {
    for (FrameworkElement e : FRAMEWORK.elements()) {
      for (FrameworkElement child : e.children()) {
        assertThat(child.parent()).as(child.id()).contains(e);
      }
      e.parent().ifPresent(p -> assertThat(List.<FrameworkElement>copyOf(p.children()))
          .as(e.id()).contains(e));
    }
    assertThat(FRAMEWORK.elements().stream().filter(e -> e.parent().isEmpty())
        .collect(Collectors.toList()))
        .containsExactly(Step.S1, Step.S2, Step.S3,
            Change.C1, Change.C2, Change.C3, Change.C4, Change.C5, Change.C6);
  }

  @Test
  void kindsMatchTypes() {
    for (FrameworkElement e : FRAMEWORK.elements()) {
      ElementKind expected = e instanceof Step ? ElementKind.STEP
          : e instanceof Condition ? ElementKind.CONDITION
          : e instanceof Change ? ElementKind.CHANGE
          : e instanceof Action ? ElementKind.ACTION
          : ElementKind.CHALLENGE;
      assertThat(e.kind()).as(e.id()).isEqualTo(expected);
      assertThat(e.toString()).isEqualTo(e.id());
    }
    assertThat(ElementKind.CONDITION.plural()).isEqualTo("conditions");
    assertThat(ElementKind.CHALLENGE.plural()).isEqualTo("challenges");
  }

  @Test
  void elementsAreInFrameworkOrder() {
    List<String> ids = FRAMEWORK.elements().stream().map(FrameworkElement::id)
        .collect(Collectors.toList());
    assertThat(ids.subList(0, 5)).containsExactly("S1", "S1.1", "S1.2", "S1.3", "S2");
    assertThat(ids.get(3 + 18)).isEqualTo("C1");
    assertThat(ids.subList(22, 31)).containsExactly(
        "C1.1", "C1.2", "C1.2.a", "C1.2.b", "C1.2.c", "C1.2.d", "C1.2.e", "C1.2.f", "C2");
    assertThat(ids.get(ids.size() - 1)).isEqualTo("C6.1");
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void assessedElementsAreTheConditionsThenTheChanges() {
    List<FrameworkElement> assessed = FRAMEWORK.assessedElements();
    assertThat(assessed).hasSize(24);
    assertThat(assessed.subList(0, 18)).containsExactly(Condition.values());
    assertThat(assessed.subList(18, 24)).containsExactly(Change.values());
  }

  @Test
  void frameworkOrderSortsElementsBack() {
    List<FrameworkElement> shuffled = new ArrayList<>(FRAMEWORK.elements());
    Collections.shuffle(shuffled, new Random(7));
    assertThat(shuffled).isNotEqualTo(FRAMEWORK.elements());
    shuffled.sort(FRAMEWORK.frameworkOrder());
    assertThat(shuffled).isEqualTo(FRAMEWORK.elements());
  }

  @Test
  void everyElementIsFoundByItsId() {
    for (FrameworkElement e : FRAMEWORK.elements()) {
      assertThat(FRAMEWORK.element(e.id())).isSameAs(e);
      assertThat(FRAMEWORK.find(e.id())).containsSame(e);
    }
    for (Condition c : Condition.values()) {
      assertThat(FRAMEWORK.condition(c.id())).isSameAs(c);
    }
    for (Action a : Action.values()) {
      assertThat(FRAMEWORK.action(a.id())).isSameAs(a);
    }
    assertThat(FRAMEWORK.element("S2.6").title()).isEqualTo("Payment and welfare benefits");
    assertThat(FRAMEWORK.condition("S2.6").step()).isEqualTo(Step.S2);
    assertThat(FRAMEWORK.action("C4.4").change()).isEqualTo(Change.C4);
    assertThat(FRAMEWORK.element("C1.2.a")).isEqualTo(Challenge.C1_2_A);
  }

  @Test
  void findIsEmptyForAnUnknownOrMiscasedId() {
    assertThat(FRAMEWORK.find("S9")).isEmpty();
    assertThat(FRAMEWORK.find("s2.6")).isEmpty();
    assertThat(FRAMEWORK.find("c1.2.A")).isEmpty();
    assertThat(FRAMEWORK.find("")).isEmpty();
  }

  @Test
  void anUnknownIdNamesItselfAndTheNearestValidIds() {
    UnknownElementException e = catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.element("S2.9"));
    assertThat(e).isNotNull().isInstanceOf(IllegalArgumentException.class);
    assertThat(e.id()).isEqualTo("S2.9");
    assertThat(e.getMessage()).contains("'S2.9'").contains("S2.1");
    assertThat(e.suggestions()).containsExactly("S2.1", "S2.2", "S2.3", "S2.4", "S2.5");
    assertThat(e.getMessage()).endsWith("S2.1, S2.2, S2.3, S2.4, S2.5");
  }

  @Test
  void aNearlyRightIdSuggestsTheRightOne() {
    UnknownElementException e = catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.element("C1.2.g"));
    assertThat(e.suggestions()).first().isEqualTo("C1.2.a");
    UnknownElementException lower = catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.element("s2.6"));
    assertThat(lower.suggestions()).containsExactly("S2.6");
  }

  @Test
  void theDistanceCountsLeadingCharactersAsEdits() {
    // "6" is one edit from C6 and three from S2.6: an id ending in the same characters is not
    // near for that alone
    assertThat(catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.element("6")).suggestions()).containsExactly("C6");
    assertThat(catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.element(".6")).suggestions()).containsExactly("C6");
  }

  @Test
  void aFarOffIdHasNoSuggestions() {
    UnknownElementException e = catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.element("payment-and-welfare-benefits"));
    assertThat(e.suggestions()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("unknown framework element"
        + " 'payment-and-welfare-benefits'");
  }

  @Test
  void anIdOfTheWrongKindFails() {
    UnknownElementException e = catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.condition("C1"));
    assertThat(e.id()).isEqualTo("C1");
    assertThat(e.getMessage()).contains("condition").contains("'C1'");
    assertThat(e.suggestions()).allMatch(s -> FRAMEWORK.element(s) instanceof Condition);

    UnknownElementException a = catchThrowableOfType(UnknownElementException.class,
        () -> FRAMEWORK.action("S2.6"));
    assertThat(a.getMessage()).contains("action").contains("'S2.6'");
    assertThat(a.suggestions()).isNotEmpty()
        .allMatch(s -> FRAMEWORK.element(s) instanceof Action);

    assertThatThrownBy(() -> FRAMEWORK.action("C4"))
        .isInstanceOf(UnknownElementException.class);
    assertThatThrownBy(() -> FRAMEWORK.condition("S2"))
        .isInstanceOf(UnknownElementException.class);
  }

  @Test
  void aNullIdIsRejected() {
    assertThatThrownBy(() -> FRAMEWORK.element(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FRAMEWORK.find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FRAMEWORK.condition(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FRAMEWORK.action(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void listsAreImmutableAndTheCatalogueIsShared() {
    assertThat(Framework.standard()).isSameAs(FRAMEWORK);
    List<List<?>> lists = List.of(FRAMEWORK.elements(), FRAMEWORK.assessedElements(),
        FRAMEWORK.steps(), FRAMEWORK.conditions(), FRAMEWORK.changes(), FRAMEWORK.actions(),
        FRAMEWORK.challenges(), FRAMEWORK.lenses(), FRAMEWORK.peopleGroups(),
        FRAMEWORK.companionResources(), FRAMEWORK.ladder(), Step.S1.conditions(),
        Change.C1.actions(), Action.C1_2.challenges());
    for (List<?> list : lists) {
      assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
