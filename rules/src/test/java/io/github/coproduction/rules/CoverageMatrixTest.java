package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coverage matrix of a small rule set: which rules count as speaking for every element (more
 * than half of the 24), which elements no rule checks, and which actions and challenges of the
 * changes no rule names.
 */
class CoverageMatrixTest {

  /** The first twelve of the 24 assessed elements: exactly half, so not "every element". */
  private static final List<String> HALF = List.of("S1.1", "S1.2", "S1.3", "S2.1", "S2.2",
      "S2.3", "S2.4", "S2.5", "S2.6", "S2.7", "S3.1", "S3.2");

  private static Rule rule(String id, String summary, List<String> elements,
      String... remedyActions) {
    return Rule.of(new RuleDescriptor.Builder().id(id).name("Rule " + id).summary(summary)
        .severity(Severity.MINOR).elements(elements).rationale("Tests need rules.")
        .remedy("Nothing to do.").addRemedyActions(remedyActions).build(),
        input -> Outcome.pass());
  }

  private static final Rule HALF_RULE = rule("half", "Half the framework is weak", HALF, "C2.1");
  private static final Rule VISION = rule("vision", "The vision misses power dynamics",
      List.of("C1", "C1.2.a"), "C1.1");

  @Test
  void aRuleForHalfTheElementsIsListedUnderEachOfThem() {
    String matrix = RuleDocumentation.coverage(RuleSet.builder().name("mine").version("3")
        .add(HALF_RULE).add(VISION).build());
    assertThat(matrix).startsWith("# Coverage: mine 3\n\n")
        .as("no rule speaks for more than half the elements")
        .doesNotContain("Checked for every element")
        .contains("\n| S1.1 | Power, hierarchy and authority | 1: Half the framework is weak"
            + " | `half` | \u2014 |\n")
        .contains("\n| S3.2 | Learning, reflection and making mistakes | 1: Half the framework is"
            + " weak | `half` | \u2014 |\n");
  }

  @Test
  void anElementNoRuleChecksReadsNone() {
    String matrix = RuleDocumentation.coverage(RuleSet.builder().add(HALF_RULE).add(VISION)
        .build());
    assertThat(matrix).contains("\n| S3.3 | Equality, assets and experience | none |  | \u2014 |\n")
        .contains("\n| C6 | Reflection | none |  | C6.1 |\n");
  }

  @Test
  void theActionsAndChallengesNoRuleNamesAreListedAndCounted() {
    String matrix = RuleDocumentation.coverage(RuleSet.builder().add(HALF_RULE).add(VISION)
        .build());
    // C1.1 is a remedy action and C1.2.a an element of a rule; C2.1 a remedy action
    assertThat(matrix).contains("\n| C1 | Co-produce a clear shared vision and strategy for mental"
        + " health | 1: The vision misses power dynamics | `vision` | C1.2, C1.2.b, C1.2.c,"
        + " C1.2.d, C1.2.e, C1.2.f |\n")
        .contains(" | none |  | C2.2, C2.3, C2.4, C2.5 |\n")
        .endsWith("\n\n24 actions and challenges of the framework are not checked by any rule"
            + " yet.\n");
  }

  @Test
  void aRuleForMoreThanHalfTheElementsIsListedOnceForEveryElement() {
    List<String> thirteen = new java.util.ArrayList<>(HALF);
    thirteen.add("S3.3");
    Rule wide = rule("wide", "Most of the framework is weak", thirteen, "C2.1");
    String matrix = RuleDocumentation.coverage(RuleSet.builder().add(wide).add(VISION).build());
    assertThat(matrix)
        .contains("\n\nChecked for every element the checklist serves, when the initiative"
            + " answers its checklist: `wide`.\n\n| element |")
        .contains("\n| S1.1 | Power, hierarchy and authority | none |  | \u2014 |\n")
        .as("a rule for every element names no action for the matrix")
        .contains(" | none |  | C2.1, C2.2, C2.3, C2.4, C2.5 |\n")
        .endsWith("\n\n25 actions and challenges of the framework are not checked by any rule"
            + " yet.\n");
  }
}
