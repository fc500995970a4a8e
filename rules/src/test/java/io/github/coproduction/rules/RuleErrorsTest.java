package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.testing.Inputs;
import org.junit.jupiter.api.Test;

/** However a rule fails, the assessment reports it as an error, and never as a pass. */
class RuleErrorsTest {

  private static RuleDescriptor descriptor(String id) {
    return new RuleDescriptor.Builder().id(id).name("Broken").summary("A rule that fails")
        .severity(Severity.MINOR).addElements("S2.3").rationale("Rules can have bugs.")
        .remedy("Fix the rule.").addRemedyActions("C5.1").build();
  }

  private static Assessment assessWith(Rule rule, Initiative initiative) {
    Assessor a = Assessor.builder().ruleSet(RuleSet.builder().add(rule).build()).build();
    return a.assess(initiative, Inputs.ASSESSED_ON);
  }

  @Test
  void aRuleThatThrowsOnAnExemplaryInitiativeLeavesItsElementNotAssessed() {
    Assessor withBroken = Assessor.builder().ruleSet(RuleSet.builder()
        .addAll(RuleSet.standard())
        .add(Rule.of(descriptor("throws"), input -> {
          throw new IllegalArgumentException("no such participant");
        })).build()).build();
    Assessment a = withBroken.assess(Generators.exemplary(), Inputs.ASSESSED_ON);
    assertThat(a.rule("throws").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(a.rule("throws").detail())
        .hasValue("IllegalArgumentException: no such participant");
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.NOT_ASSESSED);
    assertThat(a.element("S2.4").status()).isEqualTo(ElementStatus.MET);
    assertThat(a.summary().errors()).isEqualTo(1);
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aGapAnotherRuleProvesStillShowsBesideAnError() {
    Assessment a = Assessor.builder().ruleSet(RuleSet.builder()
        .add(RuleSet.standard().rule("no-ground-rules"))
        .add(Rule.of(descriptor("throws"), input -> {
          throw new IllegalStateException("bug");
        })).build()).build()
        .assess(Inputs.running().arrangements(new Arrangements.Builder()
            .groundRules(Provision.absent()).build()).build(), Inputs.ASSESSED_ON);
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.GAP);
    assertThat(a.element("S2.3").rules()).containsExactly("no-ground-rules", "throws");
    assertThat(a.summary().verdict()).isEqualTo(Verdict.GAPS);
  }

  @Test
  void aRuleThatReturnsNothingIsAnError() {
    Assessment a = assessWith(Rule.of(descriptor("returns-null"), input -> null),
        Inputs.running().build());
    assertThat(a.rule("returns-null").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(a.rule("returns-null").detail())
        .hasValue("IllegalStateException: the rule returned no outcome");
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.NOT_ASSESSED);
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aRuleThatRecursesForeverIsAnError() {
    Assessment a = assessWith(Rule.of(descriptor("recurses"), RuleErrorsTest::recurse),
        Inputs.running().build());
    assertThat(a.rule("recurses").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(a.rule("recurses").detail()).hasValueSatisfying(d ->
        assertThat(d).startsWith("StackOverflowError"));
  }

  @Test
  void anObservationNamingAnUnknownElementOrActionIsAnErrorNotAFinding() {
    Assessment unknownElement = assessWith(Rule.of(descriptor("bad-element"),
        input -> Outcome.of(new Observation.Builder().status(FindingStatus.GAP)
            .message("Something.").addElements("S9.9").build())),
        Inputs.running().build());
    assertThat(unknownElement.rule("bad-element").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(unknownElement.rule("bad-element").detail()).hasValueSatisfying(d ->
        assertThat(d).contains("S9.9"));
    assertThat(unknownElement.findings()).isEmpty();

    Assessment unknownAction = assessWith(Rule.of(descriptor("bad-action"),
        input -> Outcome.of(new Observation.Builder().status(FindingStatus.GAP)
            .message("Something.").addRemedyActions("S2.3").build())),
        Inputs.running().build());
    assertThat(unknownAction.rule("bad-action").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(unknownAction.rule("bad-action").detail()).hasValueSatisfying(d ->
        assertThat(d).contains("S2.3"));
    assertThat(unknownAction.findings()).isEmpty();
  }

  @Test
  void anErrorDoesNotStopTheRulesAfterIt() {
    Assessment a = Assessor.builder().ruleSet(RuleSet.builder()
        .add(Rule.of(descriptor("throws-first"), input -> {
          throw new IllegalStateException("first");
        }))
        .add(RuleSet.standard().rule("no-ground-rules"))
        .build()).build().assess(Inputs.running().build(), Inputs.ASSESSED_ON);
    assertThat(a.rules()).extracting(RuleResult::rule, RuleResult::status).containsExactly(
        tuple("throws-first", RuleStatus.ERROR),
        tuple("no-ground-rules", RuleStatus.NOT_RECORDED));
  }

  @Test
  void anErrorOrAnUndeclaredCheckedExceptionIsARuleErrorNotAnEscape() {
    Assessment error = assessWith(Rule.of(descriptor("assertion"), input -> {
      throw new AssertionError("invariant broken");
    }), Inputs.running().build());
    assertThat(error.rule("assertion").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(error.rule("assertion").detail()).hasValue("AssertionError: invariant broken");

    Assessment linkage = assessWith(Rule.of(descriptor("linkage"), input -> {
      throw new NoClassDefFoundError("com/example/Missing");
    }), Inputs.running().build());
    assertThat(linkage.rule("linkage").status()).isEqualTo(RuleStatus.ERROR);

    Assessment checked = assessWith(Rule.of(descriptor("checked"),
        input -> sneakyThrow(new java.io.IOException("disk gone"))), Inputs.running().build());
    assertThat(checked.rule("checked").detail()).hasValue("IOException: disk gone");
    assertThat(checked.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void anInterruptThrownByARuleIsAnErrorAndTheInterruptIsKept() {
    Assessment a = assessWith(Rule.of(descriptor("interrupted"),
        input -> sneakyThrow(new InterruptedException("stop"))), Inputs.running().build());
    assertThat(Thread.interrupted()).isTrue();
    assertThat(a.rule("interrupted").status()).isEqualTo(RuleStatus.ERROR);
  }

  @Test
  void outOfMemoryIsNotSwallowed() {
    Assessor a = Assessor.builder().ruleSet(RuleSet.builder().add(Rule.of(descriptor("oom"),
        input -> {
          throw new OutOfMemoryError("simulated");
        })).build()).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> a.assess(Inputs.running().build(), Inputs.ASSESSED_ON))
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void aLongOrMultiLineMessageIsRecordedOnOneShortLine() {
    Assessment a = assessWith(Rule.of(descriptor("long"), input -> {
      throw new IllegalStateException("first\nsecond " + "x".repeat(10_000));
    }), Inputs.running().build());
    assertThat(a.rule("long").detail()).hasValueSatisfying(d -> {
      assertThat(d).startsWith("IllegalStateException: first second x").doesNotContain("\n");
      assertThat(d.length()).isLessThanOrEqualTo(RuleFailure.MAX_DETAIL);
    });
  }

  @Test
  void aRuleOverItsTimeBudgetIsInterruptedAndRecordedAsAnError() {
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    // The budget is generous for the rule that finishes, even on a loaded machine whose first
    // assessment loads classes and bundles: only the rule that never returns may run over it.
    Assessor.standard().assess(Inputs.running().build(), Inputs.ASSESSED_ON);
    Assessor a = Assessor.builder().ruleTimeBudget(java.time.Duration.ofSeconds(2))
        .ruleSet(RuleSet.builder()
            .add(Rule.of(descriptor("waits"), input -> {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Outcome.pass();
            }))
            .add(RuleSet.standard().rule("no-ground-rules"))
            .build()).build();
    Assessment assessed = a.assess(Inputs.running().build(), Inputs.ASSESSED_ON);
    assertThat(assessed.rule("waits").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(assessed.rule("waits").detail()).hasValueSatisfying(d ->
        assertThat(d).contains("time budget of 2000 ms"));
    assertThat(assessed.rule("no-ground-rules").status()).isEqualTo(RuleStatus.NOT_RECORDED);
    assertThat(assessed.summary().verdict()).isNotEqualTo(Verdict.SOUND);
  }

  @Test
  void withATimeBudgetRulesThatFinishGiveTheSameAssessment() {
    Assessor timed = Assessor.builder().ruleTimeBudget(java.time.Duration.ofMinutes(1)).build();
    Initiative i = Generators.exemplary();
    assertThat(timed.assess(i, Inputs.ASSESSED_ON))
        .isEqualTo(Assessor.standard().assess(i, Inputs.ASSESSED_ON));
    Assessment failing = Assessor.builder().ruleTimeBudget(java.time.Duration.ofMinutes(1))
        .ruleSet(RuleSet.builder().add(Rule.of(descriptor("throws"), input -> {
          throw new IllegalStateException("bug");
        })).build()).build().assess(i, Inputs.ASSESSED_ON);
    assertThat(failing.rule("throws").detail()).hasValue("IllegalStateException: bug");
  }

  @Test
  void aTimeBudgetOutsideItsRangeIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assessor.builder()
        .ruleTimeBudget(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 ms to 1 hour");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assessor.builder()
        .ruleTimeBudget(java.time.Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT24H");
  }

  @Test
  void aTimeBudgetOfExactlyOneMillisecondOrOneHourIsAccepted() {
    java.time.Duration ms = java.time.Duration.ofMillis(1);
    java.time.Duration hour = java.time.Duration.ofHours(1);
    assertThat(Assessor.builder().ruleTimeBudget(ms).build()).isNotNull();
    assertThat(Assessor.builder().ruleTimeBudget(hour).build()).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assessor.builder()
        .ruleTimeBudget(ms.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 ms to 1 hour");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assessor.builder()
        .ruleTimeBudget(hour.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 ms to 1 hour");
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> Outcome sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  private static Outcome recurse(RuleInput input) {
    return recurse(input);
  }
}
