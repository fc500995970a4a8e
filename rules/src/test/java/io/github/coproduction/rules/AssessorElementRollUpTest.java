package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.testing.Inputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How findings roll up into element statuses when an observation names elements of its own:
 * one outside its rule's descriptor counts for that element (and the rule is listed under it);
 * a valid framework id that is not an assessed element (a step, an action) is kept on the
 * finding and rolls up nowhere, without failing the assessment.
 */
class AssessorElementRollUpTest {

  private static final Initiative INITIATIVE = Inputs.running().build();

  /** A rule about S2.1 whose one observation names the elements given. */
  private static Rule namingElements(String id, String... elements) {
    return Rule.of(new RuleDescriptor.Builder()
        .id(id).name("Names elements").summary("An observation naming elements of its own")
        .severity(Severity.MAJOR).addElements("S2.1")
        .rationale("For the roll-up.").remedy("None.").addRemedyActions("C2.5").build(),
        input -> Outcome.of(new Observation.Builder().status(FindingStatus.GAP)
            .message("A gap about other elements.").addElements(elements).build()));
  }

  private static Assessment assess(Rule rule) {
    Assessor assessor = Assessor.builder()
        .ruleSet(RuleSet.builder().name("roll-up").version("1").add(rule).build()).build();
    return assessor.assess(INITIATIVE, Inputs.ASSESSED_ON);
  }

  private static Assessment assess(List<Waiver> waivers, Rule... rules) {
    RuleSet.Builder set = RuleSet.builder().name("roll-up").version("1");
    for (Rule r : rules) {
      set.add(r);
    }
    return Assessor.builder().ruleSet(set.build()).addWaivers(waivers).build()
        .assess(INITIATIVE, Inputs.ASSESSED_ON);
  }

  @Test
  void anObservationNamingAnElementOutsideItsDescriptorCountsForThatElement() {
    Assessment a = assess(namingElements("elsewhere", "S2.6"));
    assertThat(a.findings()).singleElement()
        .satisfies(f -> assertThat(f.elements()).containsExactly("S2.6"));
    assertThat(a.element("S2.6").status()).isEqualTo(ElementStatus.GAP);
    assertThat(a.element("S2.6").rules()).containsExactly("elsewhere");
    // the descriptor's own element: the rule ran and found no gap there
    assertThat(a.element("S2.1").status()).isEqualTo(ElementStatus.MET);
    assertThat(a.element("S2.1").rules()).containsExactly("elsewhere");
    // an element no rule speaks for
    assertThat(a.element("S1.1").status()).isEqualTo(ElementStatus.NOT_ASSESSED);
    assertThat(a.element("S1.1").rules()).isEmpty();
  }

  @Test
  void anObservationNamingAValidIdThatIsNotAssessedRollsUpNowhere() {
    assertThat(Framework.standard().assessedElements().stream().map(e -> e.id()).toList())
        .doesNotContain("S2", "C4.2");
    Assessment a = assess(namingElements("step-and-action", "S2", "C4.2"));
    assertThat(a.findings()).singleElement()
        .satisfies(f -> assertThat(f.elements()).containsExactly("S2", "C4.2"));
    assertThat(a.rule("step-and-action").status()).isEqualTo(RuleStatus.GAP);
    assertThat(a.elements()).extracting(ElementAssessment::status)
        .doesNotContain(ElementStatus.GAP);
    assertThat(a.element("S2.1").status()).isEqualTo(ElementStatus.MET);
  }

  @Test
  void anAssessedAndAnUnassessedElementTogether() {
    Assessment a = assess(namingElements("mixed", "S2", "S2.6"));
    List<ElementAssessment> gaps = a.elements().stream()
        .filter(e -> e.status() == ElementStatus.GAP).toList();
    assertThat(gaps).extracting(ElementAssessment::element).containsExactly("S2.6");
  }

  @Test
  void twoRulesNamingTheSameElementOutsideTheirDescriptorsAreBothListedUnderIt() {
    Assessment a = assess(List.of(), namingElements("first", "S2.6"),
        namingElements("second", "S2.6"));
    assertThat(a.element("S2.6")).isEqualTo(new ElementAssessment.Builder().element("S2.6")
        .status(ElementStatus.GAP).addRules("first", "second").aspects(2).evidenced(0).build());
  }

  @Test
  void aWaivedObservationNamingAValidIdThatIsNotAssessedRollsUpNowhere() {
    Waiver waiver = new Waiver.Builder().rule("step").justification("Agreed")
        .expires(Inputs.ASSESSED_ON.plusMonths(1)).build();
    Assessment a = assess(List.of(waiver), namingElements("step", "S2", "S2.1"));
    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.isWaived()).isTrue();
      assertThat(f.elements()).containsExactly("S2", "S2.1");
    });
    // the rule's one finding about S2.1 is waived: it judged nothing there
    assertThat(a.element("S2.1")).isEqualTo(new ElementAssessment.Builder().element("S2.1")
        .status(ElementStatus.NOT_ASSESSED).addRules("step").aspects(1).evidenced(0).build());
  }
}
