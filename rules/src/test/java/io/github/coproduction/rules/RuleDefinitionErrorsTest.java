package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.initiative.Stage;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Rules, rule sets, profiles, waivers and assessors fail fast when defined wrongly, with a
 * {@link RuleDefinitionException} that names the rule and says what is wrong.
 */
class RuleDefinitionErrorsTest {

  /** A valid descriptor, changed by the test. */
  private static RuleDescriptor descriptor(UnaryOperator<RuleDescriptor.Builder> change) {
    RuleDescriptor.Builder b = new RuleDescriptor.Builder();
    b.id("no-easy-read").name("No easy-read papers")
        .summary("Papers are not offered in easy read").severity(Severity.ADVISORY)
        .addElements("C4").rationale("Systems should not get in the way of people taking part.")
        .remedy("Offer every paper in easy read.").addRemedyActions("C4.2");
    return change.apply(b).build();
  }

  private static void assertRejects(ThrowingCallable definition, String ruleId,
      String... problem) {
    assertThatThrownBy(definition)
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith("rule '" + ruleId + "': ")
        .hasMessageContainingAll(problem)
        .satisfies(e -> assertThat(((RuleDefinitionException) e).ruleId()).isEqualTo(ruleId));
  }

  private static Rule rule(RuleDescriptor d) {
    return Rule.of(d, input -> Outcome.pass());
  }

  @Test
  void aValidDescriptorBuilds() {
    RuleDescriptor d = descriptor(b -> b);
    assertThat(d.elementObjects()).extracting(e -> e.id()).containsExactly("C4");
    assertThat(d.remedyActionElements()).extracting(a -> a.id()).containsExactly("C4.2");
  }

  @Test
  void duplicateRuleIdsInASet() {
    Rule first = rule(descriptor(b -> b));
    Rule second = rule(descriptor(b -> b.name("Another rule, same id")));
    assertRejects(() -> RuleSet.builder().name("mine").add(first).add(second).build(),
        "no-easy-read", "second rule with this id", "'mine'");
    assertRejects(() -> RuleSet.builder().addAll(RuleSet.standard())
        .add(RuleSet.standard().rule("tokenism")).build(), "tokenism", "unique");
  }

  @Test
  void unknownElementId() {
    assertRejects(() -> descriptor(b -> b.addElements("S2.9")), "no-easy-read",
        "unknown framework element 'S2.9'");
  }

  @Test
  void unknownRemedyActionId() {
    assertRejects(() -> descriptor(b -> b.addRemedyActions("C4.9")), "no-easy-read",
        "remedy", "'C4.9'");
    assertRejects(() -> descriptor(b -> b.remedyActions(java.util.List.of("S2.6"))),
        "no-easy-read", "remedy", "'S2.6'");
  }

  @Test
  void emptyTexts() {
    assertRejects(() -> descriptor(b -> b.name(" ")), "no-easy-read", "name must not be empty");
    assertRejects(() -> descriptor(b -> b.summary("")), "no-easy-read",
        "summary must not be empty");
    assertRejects(() -> descriptor(b -> b.rationale("\t")), "no-easy-read",
        "rationale must not be empty");
    assertRejects(() -> descriptor(b -> b.remedy("")), "no-easy-read",
        "remedy must not be empty");
  }

  @Test
  void aSummaryWithATrailingPeriodOrOnTwoLines() {
    assertRejects(() -> descriptor(b -> b.summary("Papers are not offered in easy read.")),
        "no-easy-read", "no trailing period", "Papers are not offered in easy read.");
    assertRejects(() -> descriptor(b -> b.summary("Papers are not\noffered in easy read")),
        "no-easy-read", "one line");
  }

  @Test
  void badIdFormats() {
    for (String bad : new String[] {"No-Easy-Read", "no_easy_read", "no easy read", "-no",
        "no-", "no--easy", "1-no", ""}) {
      assertRejects(() -> descriptor(b -> b.id(bad)), bad, "lower-case words joined by '-'");
    }
  }

  @Test
  void noElementsOrNoRemedyActions() {
    assertRejects(() -> descriptor(b -> b.elements(java.util.List.of())), "no-easy-read",
        "at least one framework element");
    assertRejects(() -> descriptor(b -> b.remedyActions(java.util.List.of())), "no-easy-read",
        "at least one remedy action");
  }

  @Test
  void aProfileNamingAnUnknownRule() {
    Profile disables = new Profile.Builder().name("typo").addDisabled("no-champion").build();
    assertRejects(() -> Assessor.builder().profile(disables).build(), "no-champion",
        "profile 'typo' disables it", "'standard' has no such rule");
    Profile overrides = new Profile.Builder().name("typo")
        .putSeverities("no-groundrules", Severity.MAJOR).build();
    assertRejects(() -> Assessor.builder().profile(overrides).build(), "no-groundrules",
        "profile 'typo' overrides its severity");
  }

  @Test
  void aProfileNamingARuleOfAnotherSet() {
    Profile p = new Profile.Builder().name("p").addDisabled("no-champions").build();
    RuleSet mine = RuleSet.builder().name("mine").add(rule(descriptor(b -> b))).build();
    assertRejects(() -> Assessor.builder().ruleSet(mine).profile(p).build(), "no-champions",
        "'mine' has no such rule");
  }

  @Test
  void aWaiverNamingAnUnknownRule() {
    Waiver w = new Waiver.Builder().rule("unpaid-lived-experiences")
        .justification("Typo").expires(LocalDate.parse("2026-12-31")).build();
    assertRejects(() -> Assessor.builder().addWaiver(w).build(), "unpaid-lived-experiences",
        "a waiver names it");
  }

  @Test
  void aWaiverWithoutAJustificationOrWithABadPointer() {
    assertRejects(() -> new Waiver.Builder().rule("tokenism").justification(" ")
        .expires(LocalDate.parse("2026-12-31")).build(), "tokenism", "justification");
    assertRejects(() -> new Waiver.Builder().rule("tokenism").justification("Why")
        .pointer("participants/1").expires(LocalDate.parse("2026-12-31")).build(), "tokenism",
        "must start with '/'", "participants/1");
  }

  @Test
  void otherBuilderErrorsNameTheBadValue() {
    assertThatThrownBy(() -> RuleSet.builder().name("empty").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'empty' has no rules");
    assertThatThrownBy(() -> RuleSet.builder().name(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> new Profile.Builder().name("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> Assessor.builder()
        .addChecklist(io.github.coproduction.core.checklist.DefaultChecklist.checklist()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coproduction-default");
    assertThatThrownBy(() -> Outcome.notApplicable(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Observation.gap(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evidence.of("participants/0", "absent"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants/0");
    assertThatThrownBy(() -> RuleInput.of(new io.github.coproduction.core.initiative.Initiative
        .Builder().id("x").title("X").stage(Stage.PLANNING).build(), java.util.Optional.empty(),
        null)).isInstanceOf(NullPointerException.class).hasMessageContaining("assessedOn");
  }
}
