package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.report.MarkdownReport;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.rules.report.TextReport;
import io.github.coproduction.rules.testing.Inputs;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One assessor and its rule set, shared by eight threads over 5,000 assessments (100,000 with
 * {@code -P deep}), give exactly
 * the results one thread gives: equal assessments, and reports of the same bytes. The threads
 * start together and take the initiatives in interleaved orders, so that the same initiative is
 * often assessed by several threads at once. {@value #ASSESSMENTS_PROPERTY} sets the number of
 * assessments (default {@value #DEFAULT_ASSESSMENTS}).
 */
class SharedAssessorTest {

  static final String ASSESSMENTS_PROPERTY = "coproduction.concurrency.assessments";
  static final int DEFAULT_ASSESSMENTS = 5_000;
  private static final int THREADS = 8;
  /** Distinct initiatives; the assessments cycle through them. */
  private static final int INITIATIVES = 2_000;
  /** One assessment in this many is also rendered and its bytes compared. */
  private static final int RENDER_EVERY = 20;

  /**
   * The initiative that assessment {@code n} assesses: consecutive numbers go to different
   * threads at about the same time, and the two halves of each block of 16 walk the initiatives
   * in opposite directions, so the same initiative is often assessed by several threads at once.
   */
  private static int initiativeOf(int n) {
    int k = (n / 16) % 2 == 0 ? n % INITIATIVES : INITIATIVES - 1 - n % INITIATIVES;
    return (n % 16 < 8) ? k : (k + INITIATIVES / 2) % INITIATIVES;
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void eightThreadsGiveTheSequentialResults() throws Exception {
    int assessments = Integer.getInteger(ASSESSMENTS_PROPERTY, DEFAULT_ASSESSMENTS);
    // waivers, a profile and a custom checklist, so that every part of the assessor is shared
    Assessor assessor = Assessor.builder()
        .profile(new Profile.Builder().name("shared").putSeverities("no-champions",
            Severity.MINOR).addDisabled("fixed-timetable").build())
        .addWaiver(new Waiver.Builder().rule("no-ground-rules").justification("Shared waiver")
            .expires(LocalDate.parse("2026-12-31")).build())
        .addChecklist(ChecklistsTest.TRUST_CHECKLIST)
        .build();
    List<Long> seeds = Seeds.seeds(INITIATIVES);
    List<Initiative> initiatives = new ArrayList<>(INITIATIVES);
    List<Assessment> sequential = new ArrayList<>(INITIATIVES);
    // the sequential report of each initiative that an assessment to be rendered will assess
    Map<Integer, byte[]> reports = new HashMap<>();
    for (int n = 0; n < assessments; n += RENDER_EVERY) {
      reports.put(initiativeOf(n), null);
    }
    for (long seed : seeds) {
      Initiative i = Generators.initiative(Seeds.random(seed));
      Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);
      if (reports.containsKey(initiatives.size())) {
        reports.put(initiatives.size(), report(a, i));
      }
      initiatives.add(i);
      sequential.add(a);
    }

    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger rendered = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long started;
    try {
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        threads.add(pool.submit(() -> {
          start.await();
          int n;
          while ((n = next.getAndIncrement()) < assessments) {
            int k = initiativeOf(n);
            Initiative i = initiatives.get(k);
            Assessment mine = assessor.assess(i, Inputs.ASSESSED_ON);
            if (!mine.equals(sequential.get(k)) || mine.hashCode() != sequential.get(k).hashCode()) {
              throw new AssertionError("assessment " + n + " differs from the sequential one for "
                  + Seeds.describe(seeds.get(k)) + ":\n" + mine + "\n" + sequential.get(k));
            }
            if (n % RENDER_EVERY == 0) {
              if (!Arrays.equals(report(mine, i), reports.get(k))) {
                throw new AssertionError("the report of assessment " + n + " differs from the"
                    + " sequential one for " + Seeds.describe(seeds.get(k)));
              }
              rendered.incrementAndGet();
            }
            done.incrementAndGet();
          }
          return null;
        }));
      }
      started = System.nanoTime();
      start.countDown();
      for (Future<?> f : threads) {
        f.get(290, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("SharedAssessorTest: %d assessments on %d threads in %d ms%n", done.get(),
        THREADS, (System.nanoTime() - started) / 1_000_000);
    assertThat(done.get()).isEqualTo(assessments);
    assertThat(rendered.get()).isEqualTo((assessments + RENDER_EVERY - 1) / RENDER_EVERY);
    assertThat(reports).doesNotContainValue(null);
    // the sequential results are not trivial: the property holds over real findings
    assertThat(sequential).anyMatch(a -> a.findings().size() > 10)
        .anyMatch(a -> !a.waiverNotices().isEmpty() || a.findings().stream()
            .anyMatch(f -> f.waiver().isPresent()));
  }

  /** The text and Markdown reports, redacting, as bytes. */
  private static byte[] report(Assessment a, Initiative i) {
    return (TextReport.render(a, ReportOptions.redacting(i)) + MarkdownReport.render(a))
        .getBytes(StandardCharsets.UTF_8);
  }
}
