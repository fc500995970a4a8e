package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.Framework;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule set keeps its rules in the order they were added, finds them by id and by framework
 * element, and refuses a second rule with an id it already has.
 */
class RuleSetTest {

  private static Rule rule(String id, String... elements) {
    return Rule.of(new RuleDescriptor.Builder().id(id).name("Rule " + id)
        .summary("A rule for the test").severity(Severity.MINOR).addElements(elements)
        .rationale("Tests need rules.").remedy("Nothing to do.").addRemedyActions("C5.1")
        .build(), input -> Outcome.pass());
  }

  private static final Rule FIRST = rule("first", "S2.3");
  private static final Rule SECOND = rule("second", "S2.6", "S2.3");
  private static final Rule THIRD = rule("third", "S2.6");

  @Test
  void rulesAddedTogetherKeepTheOrderGivenAfterThoseAddedBefore() {
    RuleSet set = RuleSet.builder().name("mine").version("2").add(THIRD)
        .addAll(List.of(FIRST, SECOND)).build();
    assertThat(set.rules()).containsExactly(THIRD, FIRST, SECOND);
    assertThat(set.descriptors()).extracting(RuleDescriptor::id)
        .containsExactly("third", "first", "second");
    assertThat(set.name()).isEqualTo("mine");
    assertThat(set.version()).isEqualTo("2");
  }

  @Test
  void aNewSetIsNamedCustomVersionOne() {
    RuleSet set = RuleSet.builder().add(FIRST).build();
    assertThat(set.name()).isEqualTo("custom");
    assertThat(set.version()).isEqualTo("1");
  }

  @Test
  void anotherSetsRulesAreAddedInItsOrder() {
    RuleSet theirs = RuleSet.builder().addAll(List.of(SECOND, FIRST)).build();
    assertThat(RuleSet.builder().add(THIRD).addAll(theirs).build().rules())
        .containsExactly(THIRD, SECOND, FIRST);
  }

  @Test
  void rulesAreFoundByIdAndAnUnknownIdIsEmptyOrRefusedNamingTheSet() {
    RuleSet set = RuleSet.builder().name("mine").addAll(List.of(FIRST, SECOND)).build();
    assertThat(set.find("second")).containsSame(SECOND);
    assertThat(set.rule("first")).isSameAs(FIRST);
    assertThat(set.find("third")).isEmpty();
    assertThatThrownBy(() -> set.rule("third"))
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'third': no such rule in rule set 'mine'")
        .satisfies(e -> assertThat(((RuleDefinitionException) e).ruleId()).isEqualTo("third"));
  }

  @Test
  void theRulesForAnElementComeInRunningOrder() {
    RuleSet set = RuleSet.builder().addAll(List.of(FIRST, THIRD, SECOND)).build();
    assertThat(set.rulesFor("S2.3")).containsExactly(FIRST, SECOND);
    assertThat(set.rulesFor("S2.6")).containsExactly(THIRD, SECOND);
    assertThat(set.rulesFor(Framework.standard().element("S2.6"))).containsExactly(THIRD, SECOND);
    assertThat(set.rulesFor("S1.1")).isEmpty();
    assertThat(set.rulesFor("no-such-element")).isEmpty();
  }

  @Test
  void aSecondRuleWithAnIdIsRefusedNamingTheIdAndTheSet() {
    Rule again = rule("first", "S1.1");
    assertThatThrownBy(() -> RuleSet.builder().name("mine").add(FIRST).add(SECOND).add(again)
        .build())
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'first': a second rule with this id was added to rule set 'mine'; rule"
            + " ids must be unique");
  }

  @Test
  void aSetWithoutRulesOrWithABlankNameOrVersionIsRefused() {
    assertThatThrownBy(() -> RuleSet.builder().name("empty").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("rule set 'empty' has no rules");
    assertThatThrownBy(() -> RuleSet.builder().name(" "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule set's name must not be blank");
    assertThatThrownBy(() -> RuleSet.builder().version(""))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule set's version must not be blank");
  }

  @Test
  void theStandardSetIsNamedStandard() {
    assertThat(RuleSet.standard().name()).isEqualTo("standard");
    assertThat(RuleSet.standard()).isSameAs(RuleSet.standard());
  }
}
