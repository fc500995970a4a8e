package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JsonLines#collect}: the same lines as the sequential stream, on any number of threads. */
class JsonLinesCollectTest {

  @TempDir
  Path dir;

  /** Every line's number and either its value's id or its error message, in line order. */
  private static final Collector<JsonLines.Line<Initiative>, ?, Map<Long, String>> BY_LINE =
      Collectors.toMap(JsonLines.Line::lineNumber,
          l -> l.value().map(Initiative::id).orElseGet(() -> l.error().orElseThrow().getMessage()),
          (a, b) -> {
            throw new AssertionError("a line delivered twice: " + a);
          },
          TreeMap::new);

  private static String portfolio(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(20);
      if (kind == 0) {
        text.append("{not json");
      } else if (kind == 1) {
        text.append("   ");
      } else if (kind == 2) {
        text.append("{\"schemaVersion\":\"1.0\",\"id\":\"x").append(i).append("\"}");
      } else {
        text.append(JsonLines.line(Generators.initiative(random)));
      }
      text.append(random.nextBoolean() ? "\n" : "\r\n");
    }
    return text.toString();
  }

  @Test
  void everyThreadCountDeliversEachLineOnceWithTheStreamsValueOrError() {
    for (long seed : Seeds.seeds(Math.max(3, Seeds.tries() / 40))) {
      Seeds.check("collect agrees with the stream", seed, random -> checkAgreement(random));
    }
  }

  private static void checkAgreement(Random random) {
    {
      String text = portfolio(random, 1 + random.nextInt(700));
      Map<Long, String> expected = JsonLines.read(DocumentType.INITIATIVE,
          new StringReader(text), "p.jsonl", Documents.strict(), JsonLines.OnError.SKIP)
          .collect(BY_LINE);
      for (int threads : new int[] {1, 2, 3, 8}) {
        Map<Long, String> actual = JsonLines.collect(DocumentType.INITIATIVE,
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.jsonl",
            Documents.strict(), threads, BY_LINE);
        assertThat(actual).as("%d threads", threads).isEqualTo(expected);
      }
    }
  }

  @Test
  void aPortfolioSummaryIsTheSameOnOneThreadAndOnSeveral() throws IOException {
    List<Initiative> initiatives = IntStream.range(0, 1000)
        .mapToObj(n -> Generators.initiative((long) n)).toList();
    Path file = dir.resolve("portfolio.jsonl");
    try (var out = Files.newBufferedWriter(file)) {
      JsonLines.write(initiatives, out);
    }
    Assessor assessor = Assessor.standard();
    Collector<JsonLines.Line<Initiative>, ?, PortfolioSummary> summary =
        Collectors.mapping(l -> assessor.assess(l.get()), PortfolioSummary.collector());
    PortfolioSummary sequential = initiatives.stream().map(assessor::assess)
        .collect(PortfolioSummary.collector());
    for (int threads : new int[] {1, 2, 4}) {
      assertThat(JsonLines.collect(DocumentType.INITIATIVE, file, Documents.strict(), threads,
          summary)).isEqualTo(sequential);
    }
  }

  @Test
  void aFailingCollectorStopsTheWorkAndItsExceptionReachesTheCaller() {
    String text = JsonLines.line(Generators.bare()) + "\n";
    byte[] many = text.repeat(5000).getBytes(StandardCharsets.UTF_8);
    for (int threads : new int[] {1, 2, 4}) {
      List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
      Collector<JsonLines.Line<Initiative>, ?, Long> failing = Collectors.summingLong(l -> {
        seen.add(l.lineNumber());
        if (l.lineNumber() == 1000) {
          throw new IllegalStateException("stop at 1000");
        }
        return 1;
      });
      assertThatThrownBy(() -> JsonLines.collect(DocumentType.INITIATIVE,
          new ByteArrayInputStream(many), "p.jsonl", Documents.strict(), threads, failing))
          .isInstanceOf(IllegalStateException.class).hasMessage("stop at 1000");
      assertThat(seen.size()).as("lines read after the failure, %d threads", threads)
          .isLessThan(5000);
    }
  }

  @Test
  void aLineLongerThanTheLimitIsReportedAndReadingGoesOn() {
    Documents small = Documents.strict().withLimits(ReadLimits.defaults().withMaxDocumentBytes(
        2000));
    String good = JsonLines.line(Generators.bare());
    String text = good + "\n" + "x".repeat(5000) + "\n" + good + "\n";
    Map<Long, String> lines = JsonLines.collect(DocumentType.INITIATIVE,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.jsonl", small, 2,
        BY_LINE);
    assertThat(lines).containsOnlyKeys(1L, 2L, 3L);
    assertThat(lines.get(2L)).startsWith("p.jsonl:2").contains("longer than the limit of 2000");
  }

  @Test
  void aReadFailureIsADocumentExceptionNamingTheLine() {
    InputStream broken = new InputStream() {
      private int left = 10_000;

      @Override
      public int read() throws IOException {
        if (--left < 0) {
          throw new IOException("disk gone");
        }
        return left % 100 == 0 ? '\n' : ' ';
      }
    };
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> JsonLines.collect(DocumentType.INITIATIVE, broken, "p.jsonl", Documents.strict(), 2,
            Collectors.counting()));
    assertThat(e.problem()).startsWith("cannot read line 101: java.io.IOException: disk gone");
  }

  @Test
  void aMissingFileAndBadArgumentsAreRefused() {
    Path missing = dir.resolve("missing.jsonl");
    assertThat(catchThrowableOfType(DocumentException.class, () -> JsonLines.collect(
        DocumentType.INITIATIVE, missing, Documents.strict(), 2, Collectors.counting())).problem())
        .startsWith("cannot read " + missing);
    assertThatThrownBy(() -> JsonLines.collect(DocumentType.INITIATIVE,
        new ByteArrayInputStream(new byte[0]), "p", Documents.strict(), 0, Collectors.counting()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be at least 1, not 0");
    assertThatThrownBy(() -> JsonLines.collect(DocumentType.INITIATIVE, (InputStream) null, "p",
        Documents.strict(), 1, Collectors.counting())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theWorkerThreadsAreGoneAfterwards() {
    String text = (JsonLines.line(Generators.bare()) + "\n").repeat(2000);
    JsonLines.collect(DocumentType.INITIATIVE,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p", Documents.strict(),
        4, Collectors.counting());
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (workerThreads() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(workerThreads()).isZero();
  }

  private static long workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("coproduction-jsonlines-") && t.isAlive()).count();
  }
}
