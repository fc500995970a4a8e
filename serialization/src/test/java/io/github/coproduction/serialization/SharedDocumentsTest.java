package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link Documents} (the mapper) and one {@link Assessor} (the rule set), shared by eight
 * threads over 5,000 documents (100,000 with {@code -P deep}) read, assessed and written, give exactly what one thread gives:
 * the same initiative read, and the assessment written as the same bytes. One document in ten is
 * YAML (reading and writing it costs several times JSON's). The count is
 * {@code -Dcoproduction.concurrency.assessments=N}.
 */
class SharedDocumentsTest {

  private static final int THREADS = 8;
  private static final int DOCUMENTS = 500;
  private static final LocalDate ON = LocalDate.parse("2026-11-25");

  // A guard against a deadlock, not a measure of speed: generous for a loaded 2-core machine.
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsSharingOneMapperAndOneRuleSetAgreeWithOne() throws Exception {
    int total = Integer.getInteger("coproduction.concurrency.assessments", 5_000);
    Documents documents = Documents.strict();
    Assessor assessor = Assessor.standard();
    List<String> texts = new ArrayList<>(DOCUMENTS);
    List<Initiative> initiatives = new ArrayList<>(DOCUMENTS);
    List<String> json = new ArrayList<>(DOCUMENTS);
    List<String> yaml = new ArrayList<>(DOCUMENTS);
    List<Format> formats = new ArrayList<>(DOCUMENTS);
    for (long seed : Seeds.seeds(DOCUMENTS)) {
      Initiative i = Generators.initiative(Seeds.random(seed));
      Format format = texts.size() % 10 == 0 ? Format.YAML : Format.JSON;
      String text = documents.write(i, format);
      texts.add(text);
      formats.add(format);
      Initiative read = documents.readInitiative(text, format, "doc");
      initiatives.add(read);
      Assessment a = assessor.assess(read, ON);
      json.add(documents.write(a, Format.JSON));
      // assessment n is written as YAML when n % 10 == 0, so only documents k % 10 == 0 are
      yaml.add(initiatives.size() % 10 == 1 ? documents.write(a, Format.YAML) : null);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
            int k = n % DOCUMENTS;
            Initiative read = documents.readInitiative(texts.get(k), formats.get(k), "doc");
            if (!read.equals(initiatives.get(k))) {
              throw new AssertionError("document " + k + " read differently on " + n);
            }
            Assessment a = assessor.assess(read, ON);
            Format f = n % 10 == 0 ? Format.YAML : Format.JSON;
            String written = documents.write(a, f);
            if (!written.equals((f == Format.JSON ? json : yaml).get(k))) {
              throw new AssertionError("assessment " + k + " written differently on " + n);
            }
            done.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(done.get()).isEqualTo(total);
    assertThat(json).anyMatch(j -> j.contains("\"status\": \"gap\""));
  }
}
