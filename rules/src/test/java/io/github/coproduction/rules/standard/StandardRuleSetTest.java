package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.ElementKind;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleDefinitionException;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The standard rule set: complete, navigable both ways, weighed as the domain asks. */
class StandardRuleSetTest {

  /** The two rules that turn every "no" and "partly" into a finding and so list all elements. */
  private static final Set<String> CHECKLIST_ANSWER_RULES =
      Set.of("checklist-answered-no", "checklist-answered-partly", "checklist-contradicts-record");

  private final RuleSet standard = RuleSet.standard();
  private final Framework framework = Framework.standard();

  @Test
  void isNamedVersionedAndHasFortyEightRulesWithUniqueIds() {
    assertThat(standard.name()).isEqualTo("standard");
    assertThat(standard.version()).isEqualTo(StandardRules.VERSION).isEqualTo("1.0");
    assertThat(StandardRules.ruleSet()).isSameAs(standard);
    List<String> ids = standard.descriptors().stream().map(RuleDescriptor::id).toList();
    assertThat(ids).hasSize(54).doesNotHaveDuplicates();
  }

  @Test
  void everyConditionAndChangeIsCheckedByARuleOtherThanTheChecklistAnswerRules() {
    List<String> uncovered = new ArrayList<>();
    for (FrameworkElement e : framework.assessedElements()) {
      boolean covered = standard.rulesFor(e).stream()
          .anyMatch(r -> !CHECKLIST_ANSWER_RULES.contains(r.descriptor().id()));
      if (!covered) {
        uncovered.add(e.id());
      }
    }
    assertThat(framework.assessedElements()).hasSize(24);
    assertThat(framework.conditions()).hasSize(18);
    assertThat(framework.changes()).hasSize(6);
    assertThat(uncovered).as("conditions and changes with no specific rule").isEmpty();
  }

  @Test
  void theChecklistAnswerRulesListEveryConditionAndChange() {
    List<String> all = framework.assessedElements().stream().map(FrameworkElement::id).toList();
    for (String id : CHECKLIST_ANSWER_RULES) {
      assertThat(standard.rule(id).descriptor().elements()).as(id)
          .containsExactlyElementsOf(all);
    }
  }

  @Test
  void rulesEvidenceOnlyConditionsAndChangesAndRemedyWithActions() {
    for (RuleDescriptor d : standard.descriptors()) {
      assertThat(d.elementObjects()).as(d.id()).isNotEmpty().allSatisfy(e ->
          assertThat(e.kind()).isIn(ElementKind.CONDITION, ElementKind.CHANGE));
      assertThat(d.remedyActionElements()).as(d.id()).isNotEmpty().allSatisfy(a ->
          assertThat(a.kind()).isEqualTo(ElementKind.ACTION));
      assertThat(d.elements()).as(d.id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void navigationRunsBothWays() {
    for (Rule rule : standard.rules()) {
      for (String element : rule.descriptor().elements()) {
        assertThat(standard.rulesFor(element)).as("rulesFor(%s)", element).contains(rule);
      }
    }
    for (FrameworkElement e : framework.elements()) {
      List<Rule> byElement = standard.rulesFor(e);
      assertThat(byElement).as(e.id()).isEqualTo(standard.rulesFor(e.id()));
      assertThat(byElement).as(e.id()).allSatisfy(r ->
          assertThat(r.descriptor().elements()).contains(e.id()));
      // running order is kept
      List<Rule> inOrder = standard.rules().stream().filter(byElement::contains).toList();
      assertThat(byElement).isEqualTo(inOrder);
    }
    assertThat(standard.rulesFor("S2.6")).extracting(r -> r.descriptor().id())
        .containsExactly("unpaid-lived-experience", "unpaid-in-volunteer-group",
            "payment-declined-without-advice", "payment-declined-after-advice",
            "vouchers-instead-of-payment", "payment-below-parity",
            "payment-without-benefits-advice", "payment-late", "no-payment-policy",
            "expenses-not-covered", "participant-expenses-not-covered", "benefit-earnings-limit",
            "benefit-earnings-limit-information", "risk-carried-by-participants",
            "checklist-answered-no", "checklist-answered-partly", "checklist-contradicts-record");
    assertThat(standard.rulesFor("C4.2")).as("an action is not evidenced by rules").isEmpty();
    assertThat(standard.rulesFor("no-such-element")).isEmpty();
  }

  @Test
  void findsRulesByIdAndNamesTheMissingOne() {
    assertThat(standard.find("no-ground-rules")).isPresent();
    assertThat(standard.find("no-such-rule")).isEmpty();
    assertThatThrownBy(() -> standard.rule("no-such-rule"))
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("no-such-rule")
        .satisfies(e -> assertThat(((RuleDefinitionException) e).ruleId())
            .isEqualTo("no-such-rule"));
  }

  @Test
  void severitiesAreWeighedAsACommissionerWould() {
    Map<String, Severity> severity = standard.descriptors().stream()
        .collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::severity));
    // critical where people are harmed or exploited
    assertThat(severity).containsEntry("unpaid-lived-experience", Severity.CRITICAL)
        .containsEntry("payment-without-benefits-advice", Severity.CRITICAL)
        .containsEntry("no-emotional-support", Severity.CRITICAL);
    // major where parity is broken
    assertThat(severity).containsEntry("tokenism", Severity.MAJOR)
        .containsEntry("no-lived-experience", Severity.MAJOR)
        .containsEntry("coproduction-washing", Severity.MAJOR)
        .containsEntry("payment-below-parity", Severity.MAJOR);
    // minor where the process is weak
    assertThat(severity).containsEntry("no-ground-rules", Severity.MINOR)
        .containsEntry("no-reflection-after-activity", Severity.MINOR);
    assertThat(severity.values()).contains(Severity.ADVISORY);
  }

  @Test
  void descriptorsFollowTheHouseStyle() {
    for (RuleDescriptor d : standard.descriptors()) {
      assertThat(d.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(d.summary()).as(d.id()).doesNotEndWith(".").doesNotContain("\n");
      assertThat(d.name()).as(d.id()).isNotBlank();
      assertThat(d.rationale()).as(d.id()).isNotBlank();
      assertThat(d.remedy()).as(d.id()).isNotBlank();
    }
  }
}
