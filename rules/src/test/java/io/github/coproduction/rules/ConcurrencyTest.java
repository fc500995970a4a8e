package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One assessor, shared by many threads, gives each initiative the assessment one thread does. */
class ConcurrencyTest {

  private static final int INITIATIVES = 3000;
  private static final int THREADS = 8;

  // A guard against a deadlock, not a measure of speed: generous for a loaded 2-core machine.
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsSharingOneAssessorAgreeWithOne() throws Exception {
    // waivers, a profile and a custom checklist, so that every part of the assessor is shared
    Assessor assessor = Assessor.builder()
        .profile(new Profile.Builder().name("shared").putSeverities("no-champions",
            Severity.MINOR).build())
        .addWaiver(new Waiver.Builder().rule("no-ground-rules").justification("Shared waiver")
            .expires(LocalDate.parse("2026-12-31")).build())
        .addChecklist(ChecklistsTest.TRUST_CHECKLIST)
        .build();
    List<Long> seeds = Seeds.seeds(INITIATIVES);
    List<Initiative> initiatives = new ArrayList<>(INITIATIVES);
    for (long seed : seeds) {
      initiatives.add(Generators.initiative(Seeds.random(seed)));
    }
    List<Assessment> sequential = new ArrayList<>(INITIATIVES);
    for (Initiative i : initiatives) {
      sequential.add(assessor.assess(i, Inputs.ASSESSED_ON));
    }

    AtomicReferenceArray<Assessment> parallel = new AtomicReferenceArray<>(INITIATIVES);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          start.await();
          int count = 0;
          // two threads per quarter of the list, walking it in opposite directions, so that
          // every initiative is assessed twice, by two threads, at about the same time
          boolean forward = first < THREADS / 2;
          for (int n = 0; n < INITIATIVES; n++) {
            int k = forward ? n : INITIATIVES - 1 - n;
            if (k % (THREADS / 2) != first % (THREADS / 2)) {
              continue;
            }
            Assessment mine = assessor.assess(initiatives.get(k), Inputs.ASSESSED_ON);
            if (!parallel.compareAndSet(k, null, mine) && !mine.equals(parallel.get(k))) {
              throw new AssertionError("threads disagree for " + Seeds.describe(seeds.get(k)));
            }
            count++;
          }
          return count;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get();
      }
      assertThat(total).isEqualTo(2 * INITIATIVES);
    } finally {
      pool.shutdownNow();
    }
    for (int k = 0; k < INITIATIVES; k++) {
      assertThat(parallel.get(k)).as(Seeds.describe(seeds.get(k)))
          .isEqualTo(sequential.get(k));
    }
  }
}
