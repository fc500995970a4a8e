package io.github.coproduction.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.Change;
import io.github.coproduction.core.framework.Condition;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checklist the library ships, derived from the framework by this project. */
class DefaultChecklistTest {

  private static final Checklist DEFAULT = DefaultChecklist.checklist();

  @Test
  void servesEveryConditionAndEveryChange() {
    Set<FrameworkElement> served = DEFAULT.servedElements();
    assertThat(served).hasSize(24);
    assertThat(List.copyOf(served)).containsExactlyElementsOf(
        Framework.standard().assessedElements());
  }

  @Test
  void servesEveryConditionAndEveryChangeDirectly() {
    // stronger than servedElements(), which also counts a change served through its actions
    Set<String> direct = DEFAULT.items().stream().flatMap(i -> i.serves().stream())
        .collect(Collectors.toSet());
    for (Condition c : Condition.values()) {
      assertThat(direct).as(c.id()).contains(c.id());
    }
    for (Change c : Change.values()) {
      assertThat(direct).as(c.id()).contains(c.id());
    }
  }

  @Test
  void saysItIsNotNdtisChecklist() {
    assertThat(DEFAULT.source()).contains("This is not NDTi's checklist of key questions")
        .contains("coproduction project");
    assertThat(DEFAULT.id()).isEqualTo(DefaultChecklist.ID).isEqualTo("coproduction-default");
    assertThat(DEFAULT.title()).isNotBlank();
    assertThat(DEFAULT.version()).isNotBlank();
  }

  @Test
  void itemIdsAreUniqueAndNameTheirPhase() {
    List<String> ids = DEFAULT.items().stream().map(ChecklistItem::id)
        .collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    Map<Phase, String> prefix = new EnumMap<>(Phase.class);
    prefix.put(Phase.BEFORE, "B");
    prefix.put(Phase.DURING, "D");
    prefix.put(Phase.AFTER, "A");
    for (ChecklistItem item : DEFAULT.items()) {
      assertThat(item.id()).as(item.id()).startsWith(prefix.get(item.phase()));
      assertThat(DEFAULT.item(item.id())).containsSame(item);
    }
    assertThat(DEFAULT.item("Z99")).isEmpty();
  }

  @Test
  void everyPhaseHasItemsAndThePhasesAreInOrder() {
    for (Phase phase : Phase.values()) {
      assertThat(DEFAULT.items(phase)).as(phase.name()).isNotEmpty()
          .allMatch(i -> i.phase() == phase);
    }
    assertThat(DEFAULT.items(Phase.BEFORE).size() + DEFAULT.items(Phase.DURING).size()
        + DEFAULT.items(Phase.AFTER).size()).isEqualTo(DEFAULT.items().size());
    List<Phase> phases = DEFAULT.items().stream().map(ChecklistItem::phase)
        .collect(Collectors.toList());
    assertThat(phases).isSorted();
    assertThat(DEFAULT.items(Phase.AFTER).get(0).text())
        .startsWith("Reflect together on what worked and did not");
  }

  @Test
  void everyItemHasQuestionsOrActionsWithARemedy() {
    for (ChecklistItem item : DEFAULT.items()) {
      assertThat(item.text()).as(item.id()).isNotBlank();
      assertThat(item.remedyActions()).as(item.id()).isNotEmpty();
      if (item.kind() == ItemKind.QUESTION) {
        assertThat(item.text()).as(item.id()).endsWith("?");
      } else {
        assertThat(item.text()).as(item.id()).endsWith(".");
      }
    }
    assertThat(DEFAULT.items().stream().map(ChecklistItem::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ItemKind.values());
  }

  @Test
  void theRemediesArePaymentAdviceForThePaymentItems() {
    ChecklistItem b05 = DEFAULT.item("B05").orElseThrow();
    assertThat(b05.servedElements()).containsExactly(Condition.S2_6);
    assertThat(b05.remedyActions()).extracting(FrameworkElement::id).containsExactly("C4.2");
  }

  @Test
  void isOneSharedInstance() {
    assertThat(DefaultChecklist.checklist()).isSameAs(DEFAULT);
  }
}
