package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.rules.testing.Inputs;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What a rule's input computes once and shares between the rules that read it: the power
 * balance, the ladder evidence, and the checklist answers, bound once even when two rules ask
 * at the same moment.
 */
class RuleInputTest {

  @Test
  void thePowerBalanceAndTheLadderEvidenceAreComputedOnce() {
    RuleInput input = RuleInput.of(Inputs.running().build(), Optional.empty(),
        Inputs.ASSESSED_ON);
    assertThat(input.power()).isSameAs(input.power());
    assertThat(input.ladderEvidence()).isSameAs(input.ladderEvidence());
  }

  @Test
  void twoRulesAskingForTheChecklistAtOnceShareOneBinding() throws Exception {
    CountDownLatch binding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    RuleInput input = RuleInput.binding(Inputs.running().build(), () -> {
      calls.incrementAndGet();
      binding.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    }, Inputs.ASSESSED_ON, Profile.defaults());

    CompletableFuture<Optional<ResponseSet>> first =
        CompletableFuture.supplyAsync(input::checklist);
    assertThat(binding.await(10, TimeUnit.SECONDS)).isTrue();
    // The second rule asks while the first is still binding, and waits for it.
    AtomicReference<Optional<ResponseSet>> second = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread other = new Thread(() -> {
      try {
        second.set(input.checklist());
      } catch (RuntimeException e) {
        failure.set(e);
      }
    });
    other.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (other.getState() != Thread.State.BLOCKED && other.isAlive()
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    release.countDown();
    other.join(10_000);

    assertThat(first.get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(failure.get()).isNull();
    assertThat(second.get()).isEmpty();
    assertThat(input.checklist()).isEmpty();
    assertThat(calls.get()).isEqualTo(1);
  }
}
