package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.samples.Examples;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} and {@code portfolio}: a synthetic portfolio written, streamed and summed. */
class PortfolioCommandTest {

  /** How many initiatives the round trip generates; 100,000 with -Dcoproduction.portfolio=100000. */
  private static final int COUNT = Integer.getInteger("coproduction.portfolio", 1000);

  @TempDir
  Path dir;

  @Test
  void generateThenPortfolioPrintsThePrevalenceOfEachElement() throws IOException {
    Path file = dir.resolve("portfolio.jsonl");
    Cli generate = Cli.run("generate", "--count", String.valueOf(COUNT), "--seed", "7",
        "--output", file.toString());
    assertThat(generate.code()).as("%s", generate).isZero();
    assertThat(generate.out()).isEmpty();
    assertThat(Files.lines(file).count()).isEqualTo(COUNT);

    Cli one = Cli.run("portfolio", file.toString(), "--date", "2026-11-25", "--threads", "1");
    assertThat(one.code()).as("%s", one).isZero();
    assertThat(one.err()).isEmpty();
    assertThat(one.out()).contains(COUNT + " initiatives assessed",
        "Gap prevalence by framework element", "S1.1 ", "S2.6 ", "S3.8 ", "C6 ",
        "Rules finding gaps most often", "Engagement ladder");
    for (String format : new String[] {"text", "json"}) {
      Cli a = Cli.run("portfolio", file.toString(), "--date", "2026-11-25", "--threads", "1",
          "--format", format);
      Cli b = Cli.run("portfolio", file.toString(), "--date", "2026-11-25", "--threads", "3",
          "--format", format);
      assertThat(b.out()).as("%s on 1 and 3 threads", format).isEqualTo(a.out());
    }
    Cli csv = Cli.run("portfolio", file.toString(), "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .startsWith("element,title,met,noGapFound,gap");
    assertThat(csv.out().lines().count()).isEqualTo(25);
  }

  @Test
  void theFormatsComeFromTheRegistry() {
    Cli markdown = Cli.run("portfolio", dir.toString(), "--format", "markdown");
    assertThat(markdown.code()).isEqualTo(2);
    assertThat(markdown.err()).startsWith("coproduction: unknown format 'markdown' for"
        + " portfolio: use one of csv, json, text, yaml");
    assertThat(Cli.run("portfolio", "--help").out()).contains("One of: csv, json, text, yaml");
  }

  @Test
  void generateIsDeterministicAndWritesTheSameToAFileAsToStandardOutput() throws IOException {
    Cli a = Cli.run("generate", "--count", "20", "--seed", "3");
    Cli b = Cli.run("generate", "--count", "20", "--seed", "3");
    Cli other = Cli.run("generate", "--count", "20", "--seed", "4");
    Path file = dir.resolve("p.jsonl");
    Cli.run("generate", "--count", "20", "--seed", "3", "-o", file.toString());
    assertThat(a.out()).isEqualTo(b.out()).isEqualTo(Files.readString(file))
        .isNotEqualTo(other.out());
    assertThat(a.out().lines()).hasSize(20).allMatch(l -> l.startsWith("{\"schemaVersion\""));
    assertThat(Cli.run("generate", "--count", "0").out()).isEmpty();
  }

  @Test
  void aFolderOfDocumentsGivesTheSameSummaryAsAssessingEachFile() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("examples"));
    for (String name : Examples.names()) {
      Files.writeString(folder.resolve(name), Examples.text(name));
    }
    Files.writeString(folder.resolve("notes.txt"), "not a document");
    Cli run = Cli.run("portfolio", folder.toString(), "--format", "json", "--date", "2026-11-25",
        "--threads", "2");
    assertThat(run.code()).as("%s", run).isZero();
    Assessor assessor = Assessor.standard();
    PortfolioSummary expected = Examples.names().stream()
        .map(n -> assessor.assess(Documents.strict().readInitiative(Examples.text(n), Format.YAML, n),
            LocalDate.of(2026, 11, 25)))
        .collect(PortfolioSummary.collector());
    assertThat(run.out()).isEqualTo(Documents.strict().write(expected, Format.JSON));
  }

  @Test
  void standardInputAndBadLinesAreCountedAndReported() throws IOException {
    Cli generated = Cli.run("generate", "--count", "30", "--seed", "9");
    List<String> lines = new java.util.ArrayList<>(generated.out().lines().toList());
    lines.set(4, "{\"schemaVersion\": \"1.0\", \"id\": \"no-title\"}");
    lines.set(17, "[1, 2");
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream stdin = System.in;
    Cli run;
    try {
      System.setIn(new ByteArrayInputStream(input));
      run = Cli.run("portfolio", "-", "--threads", "2", "--no-progress");
    } finally {
      System.setIn(stdin);
    }
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.out()).contains("28 initiatives assessed",
        "2 of 30 records could not be read and are not counted above.");
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0)).startsWith("coproduction: <stdin>:5:")
        .contains("missing required property 'title'");
    assertThat(run.errLines().get(1)).startsWith("coproduction: <stdin>:18:");
    assertThat(run.errLines().get(2)).isEqualTo("coproduction: 2 of 30 records could not be"
        + " read; the aggregate counts the other 28");
  }

  @Test
  void onlyTheFirstTenUnreadableRecordsAreDescribed() {
    String bad = "{\"schemaVersion\": \"1.0\"}\n";
    String good = Cli.run("generate", "--count", "1").out();
    InputStream stdin = System.in;
    Cli run;
    try {
      System.setIn(new ByteArrayInputStream((good + bad.repeat(25)).getBytes(
          StandardCharsets.UTF_8)));
      run = Cli.run("portfolio", "-", "--threads", "2", "--format", "csv");
    } finally {
      System.setIn(stdin);
    }
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(11);
    for (int i = 0; i < 10; i++) {
      assertThat(run.errLines().get(i)).startsWith("coproduction: <stdin>:" + (i + 2) + ":");
    }
    assertThat(run.errLines().get(10)).isEqualTo("coproduction: 25 of 26 records could not be"
        + " read (the first 10 are shown); the aggregate counts the other 1");
  }

  @Test
  void progressGoesToStandardErrorAndIsClearedAtTheEnd() throws IOException {
    Path file = dir.resolve("p.jsonl");
    Cli.run("generate", "--count", "200", "-o", file.toString());
    Cli run = Cli.run("portfolio", file.toString(), "--progress", "--format", "csv");
    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("records read");
    assertThat(run.err()).endsWith("\r" + " ".repeat(60) + "\r");
  }

  @Test
  void anEmptyPortfolioOrOneWithNoReadableRecordPrintsAResultInEveryFormat() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\n");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"schemaVersion\": \"1.0\"}\n[1\n");
    for (String format : List.of("text", "json", "yaml", "csv")) {
      // no records at all: blank lines, or nothing on standard input
      for (Cli run : List.of(Cli.run("portfolio", blank.toString(), "--format", format,
          "--no-progress"), Cli.runWithInput(new byte[0], "portfolio", "-", "--format", format,
          "--no-progress"))) {
        assertThat(run.code()).as("%s", run).isEqualTo(2);
        assertThat(run.out()).as("%s", run).isNotBlank();
        assertThat(run.errLines()).as("%s", run).hasSize(1);
        assertThat(run.errLines().get(0)).endsWith("holds no records: nothing was assessed");
        expectEmptyAggregate(format, run.out(), "the input holds no records.");
      }
      // records, none readable
      Cli run = Cli.run("portfolio", bad.toString(), "--format", format, "--no-progress");
      assertThat(run.code()).as("%s", run).isEqualTo(2);
      assertThat(run.errLines()).as("%s", run).hasSize(3);
      assertThat(run.errLines().get(2)).isEqualTo("coproduction: 2 of 2 records could not be"
          + " read; the aggregate counts the other 0");
      expectEmptyAggregate(format, run.out(), "none of its 2 records could be read");
    }
  }

  private static void expectEmptyAggregate(String format, String out, String why) {
    switch (format) {
      case "text" -> assertThat(out).startsWith("CO-PRODUCTION PORTFOLIO\n0 initiatives"
          + " assessed\n").contains("No initiative was assessed: " + why);
      case "json" -> assertThat(out).contains("\"initiatives\": 0");
      case "yaml" -> assertThat(out).contains("initiatives: 0");
      default -> assertThat(out.lines().count()).as(out).isGreaterThanOrEqualTo(1);
    }
  }
}
