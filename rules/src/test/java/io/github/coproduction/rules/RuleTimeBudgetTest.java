package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.testing.Inputs;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rule with a time budget runs on a daemon thread of its own, and an interrupt of the caller
 * while it runs stops the rule, is recorded as its error, and is kept for the caller.
 */
class RuleTimeBudgetTest {

  private static RuleDescriptor descriptor(String id) {
    return new RuleDescriptor.Builder().id(id).name("Timed").summary("A rule with a budget")
        .severity(Severity.MINOR).addElements("S2.3").rationale("Rules can hang.")
        .remedy("Fix the rule.").addRemedyActions("C5.1").build();
  }

  private static Assessor timed(Rule rule) {
    return Assessor.builder().ruleTimeBudget(Duration.ofMinutes(1))
        .ruleSet(RuleSet.builder().add(rule).build()).build();
  }

  @AfterEach
  void clearTheInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aRuleWithABudgetRunsOnADaemonThreadNamedForTheLibrary() {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    Assessment a = timed(Rule.of(descriptor("where"), input -> {
      ranOn.set(Thread.currentThread());
      return Outcome.pass();
    })).assess(Inputs.running().build(), Inputs.ASSESSED_ON);
    assertThat(a.rule("where").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
    assertThat(ranOn.get().isDaemon()).isTrue();
    assertThat(ranOn.get().getName()).matches("coproduction-rule-[0-9]+");
  }

  @Test
  void aCallerInterruptedWhileTheRuleRunsStopsItAndStaysInterrupted() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    AtomicBoolean ruleInterrupted = new AtomicBoolean();
    Thread caller = Thread.currentThread();
    Assessor assessor = timed(Rule.of(descriptor("waits"), input -> {
      // interrupted once the rule is running, so that stopping it can be seen
      caller.interrupt();
      try {
        never.await();
      } catch (InterruptedException e) {
        ruleInterrupted.set(true);
      } finally {
        ended.countDown();
      }
      return Outcome.pass();
    }));
    Assessment a;
    boolean stillInterrupted;
    try {
      a = assessor.assess(Inputs.running().build(), Inputs.ASSESSED_ON);
    } finally {
      stillInterrupted = Thread.interrupted();
    }
    assertThat(stillInterrupted).as("the caller's interrupt is kept").isTrue();
    assertThat(a.rule("waits").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(a.rule("waits").detail())
        .hasValue("the assessment was interrupted while the rule ran");
    assertThat(ended.await(30, TimeUnit.SECONDS)).as("the rule was stopped").isTrue();
    assertThat(ruleInterrupted).isTrue();
  }
}
