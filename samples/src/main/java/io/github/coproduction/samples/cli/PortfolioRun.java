package io.github.coproduction.samples.cli;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.portfolio.PortfolioTally;
import io.github.coproduction.serialization.DocumentException;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.JsonLines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collector;

/**
 * One portfolio run: the assessor, the date, and the count of records read so far (for the
 * progress line). The parts it makes hold a tally, counts and the first errors, and merge in any
 * order to the same result.
 */
final class PortfolioRun {

  private final Assessor assessor;
  private final LocalDate on;
  private final LongAdder records = new LongAdder();

  PortfolioRun(Assessor assessor, LocalDate on) {
    this.assessor = assessor;
    this.on = on;
  }

  /** Records read so far, by every thread. */
  long records() {
    return records.sum();
  }

  /** An empty part. */
  Part part(int errorsKept) {
    return new Part(errorsKept);
  }

  /** Folds JSON Lines into parts, one per worker thread. */
  Collector<JsonLines.Line<Initiative>, Part, Part> collector(int errorsKept) {
    return Collector.of(() -> new Part(errorsKept), (part, line) -> {
      records.increment();
      if (line.isValid()) {
        try {
          part.add(Inputs.assess(assessor, line.get(), on, null));
        } catch (InputException e) {
          part.unreadable(new ErrorKey("line", line.lineNumber()), e);
        }
      } else {
        DocumentException e = line.error().orElseThrow();
        part.unreadable(new ErrorKey(e.source(), line.lineNumber()), e);
      }
    }, Part::merge);
  }

  /** Reads and assesses single documents on several threads. */
  Part documents(List<Path> files, Documents documents, int threads, int errorsKept) {
    if (files.isEmpty()) {
      return new Part(errorsKept);
    }
    int n = Math.min(threads, files.size());
    ExecutorService executor = Executors.newFixedThreadPool(n, task -> {
      Thread t = new Thread(task, "coproduction-portfolio");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Part>> futures = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        int first = w;
        futures.add(executor.submit(() -> {
          Part part = new Part(errorsKept);
          for (int i = first; i < files.size(); i += n) {
            Path file = files.get(i);
            records.increment();
            try {
              part.add(Inputs.assess(assessor,
                  documents.readInitiative(Inputs.document(file)), on, file));
            } catch (DocumentException | InputException e) {
              part.unreadable(new ErrorKey(file.toString(), 0), e);
            }
          }
          return part;
        }));
      }
      Part total = new Part(errorsKept);
      for (Future<Part> future : futures) {
        total = total.merge(future.get());
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }

  /** Where an unreadable record is: its source and line (0 for a whole document). */
  record ErrorKey(String source, long line) {
    static final Comparator<ErrorKey> ORDER =
        Comparator.comparing(ErrorKey::source).thenComparingLong(ErrorKey::line);
  }

  /** A share of the run: what one thread has assessed and could not read. Not thread-safe. */
  static final class Part {
    private final int errorsKept;
    private final PortfolioTally tally = new PortfolioTally();
    private final TreeMap<ErrorKey, String> errors = new TreeMap<>(ErrorKey.ORDER);
    private long assessed;
    private long unreadable;

    Part(int errorsKept) {
      this.errorsKept = errorsKept;
    }

    void add(io.github.coproduction.rules.Assessment assessment) {
      tally.add(assessment);
      assessed++;
    }

    void unreadable(ErrorKey key, RuntimeException e) {
      unreadable++;
      keep(key, e.getMessage().lines().findFirst().orElse(""));
    }

    private void keep(ErrorKey key, String message) {
      errors.put(key, message);
      if (errors.size() > errorsKept) {
        errors.pollLastEntry();
      }
    }

    /** Adds another part's counts to this one. */
    Part merge(Part other) {
      tally.merge(other.tally);
      assessed += other.assessed;
      unreadable += other.unreadable;
      for (Map.Entry<ErrorKey, String> e : other.errors.entrySet()) {
        keep(e.getKey(), e.getValue());
      }
      return this;
    }

    PortfolioSummary summary() {
      return tally.summary();
    }

    long records() {
      return assessed + unreadable;
    }

    long unreadable() {
      return unreadable;
    }

    /** The first unreadable records' messages, in source and line order. */
    List<String> errors() {
      return List.copyOf(errors.values());
    }
  }
}
