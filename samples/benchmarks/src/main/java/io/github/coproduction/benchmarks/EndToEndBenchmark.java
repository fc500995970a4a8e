package io.github.coproduction.benchmarks;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.JsonLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * (c) End to end: a JSON Lines portfolio of {@value Inputs#PORTFOLIO_SIZE} synthetic initiatives
 * read with {@link JsonLines} and every record assessed with the standard rules, against only
 * parsing the same file into Jackson trees, one {@link ObjectMapper#readTree(String)} per line.
 * {@code readOnly} reads the records without assessing them, which splits the gap between the two
 * into reading and assessing. Scores are per initiative; the file is written once per trial and
 * read from the page cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Inputs.PORTFOLIO_SIZE)
public class EndToEndBenchmark {

  private Path file;
  private Documents documents;
  private Assessor standard;
  private ObjectMapper mapper;

  /**
   * Writes the portfolio.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("coproduction-portfolio", ".jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonLines.write(Arrays.asList(Inputs.portfolio(Inputs.PORTFOLIO_SIZE)), out);
    }
    documents = Documents.strict();
    standard = Assessor.standard();
    mapper = JsonMapper.builder().build();
    if (readAndAssess() == 0 || readOnly() != Inputs.PORTFOLIO_SIZE
        || parseOnly() == 0) {
      throw new IllegalStateException("the portfolio file " + file + " was not read whole");
    }
  }

  /**
   * Deletes the portfolio.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads every record with {@link JsonLines} and assesses it with the standard rules.
   *
   * @return the number of findings
   */
  @Benchmark
  public long readAndAssess() {
    try (Stream<JsonLines.Line<Initiative>> lines =
        JsonLines.initiatives(file, documents, JsonLines.OnError.FAIL)) {
      return lines.mapToLong(line -> standard.assess(line.get(), Inputs.ASSESSED_ON).findings()
          .size()).sum();
    }
  }

  /**
   * Reads every record with {@link JsonLines}, without assessing it.
   *
   * @return the number of initiatives
   */
  @Benchmark
  public long readOnly() {
    try (Stream<JsonLines.Line<Initiative>> lines =
        JsonLines.initiatives(file, documents, JsonLines.OnError.FAIL)) {
      return lines.map(JsonLines.Line::get).filter(Objects::nonNull).count();
    }
  }

  /**
   * Parses every line into a Jackson tree and nothing more.
   *
   * @return the number of top-level fields parsed
   */
  @Benchmark
  public long parseOnly() {
    long fields = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode tree = mapper.readTree(line);
          fields += tree.size();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }
}
