package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}: what changed between two assessments of one initiative. */
class DiffCommandTest {

  private static final Path CRISIS = Path.of("examples", "crisis-service-redesign.yaml");

  @TempDir
  Path dir;

  private Path improved;

  /** The crisis example six months on: everyone paid, emotional support in place. */
  @BeforeEach
  void improve() throws IOException {
    String text = Files.readString(CRISIS);
    String better = text.replace("payment: false",
            "payment: {method: fee, hourlyRate: 25.00, expensesCovered: true}")
        .replace("emotionalSupport: false", "emotionalSupport: true");
    assertThat(better).isNotEqualTo(text);
    improved = Files.writeString(dir.resolve("crisis-later.yaml"), better);
  }

  @Test
  void twoInitiativesShowTheGapsClosedAsGoldenFiles() throws IOException {
    for (String[] format : new String[][] {{"text", "txt"}, {"markdown", "md"},
        {"json", "json"}, {"yaml", "yaml"}}) {
      Cli run = Cli.run("diff", CRISIS.toString(), improved.toString(), "--format", format[0],
          "--date", "2026-11-25");
      assertThat(run.code()).as("%s", run).isZero();
      assertThat(run.err()).isEmpty();
      AssessGoldenTest.check("diff/crisis-service-redesign." + format[1], run.out());
    }
    Cli text = Cli.run("diff", CRISIS.toString(), improved.toString(), "--date", "2026-11-25");
    assertThat(text.out()).contains("unpaid-lived-experience", "no-emotional-support");
  }

  @Test
  void theFormatsComeFromTheRegistry() {
    Cli html = Cli.run("diff", CRISIS.toString(), improved.toString(), "--format", "html");
    assertThat(html.code()).isEqualTo(2);
    assertThat(html.err()).startsWith("coproduction: unknown format 'html' for diff: use one of"
        + " json, markdown, text, yaml");
    Cli help = Cli.run("diff", "--help");
    assertThat(help.out()).contains("One of: json, markdown, text, yaml");
    Cli upper = Cli.run("diff", CRISIS.toString(), improved.toString(), "--format", "JSON",
        "--date", "2026-11-25");
    assertThat(upper.code()).as("%s", upper).isZero();
    assertThat(upper.out()).startsWith("{");
  }

  @Test
  void aStoredAssessmentCountsAsTheSameAssessment() throws IOException {
    for (String format : new String[] {"json", "yaml"}) {
      Cli stored = Cli.run("assess", CRISIS.toString(), "--format", format,
          "--date", "2026-11-25");
      Path earlier = Files.writeString(dir.resolve("earlier." + format), stored.out());
      Cli fromStored = Cli.run("diff", earlier.toString(), improved.toString(), "--format",
          "json", "--date", "2026-11-25");
      Cli fromInitiatives = Cli.run("diff", CRISIS.toString(), improved.toString(), "--format",
          "json", "--date", "2026-11-25");
      assertThat(fromStored.code()).as("%s", fromStored).isZero();
      assertThat(fromStored.out()).isEqualTo(fromInitiatives.out());
    }
  }

  @Test
  void failOnCountsOnlyGapsThatOpened() {
    assertThat(Cli.run("diff", CRISIS.toString(), improved.toString(), "--fail-on", "critical")
        .code()).as("only closed gaps").isZero();
    Cli worse = Cli.run("diff", improved.toString(), CRISIS.toString(), "--fail-on", "critical");
    assertThat(worse.code()).as("%s", worse).isEqualTo(1);
    assertThat(Cli.run("diff", CRISIS.toString(), CRISIS.toString(), "--fail-on", "advisory")
        .code()).as("persisting gaps are not new").isZero();
  }

  @Test
  void aStoredAssessmentCannotBeRedacted() throws IOException {
    Path earlier = Files.writeString(dir.resolve("earlier.json"),
        Cli.run("assess", CRISIS.toString(), "--format", "json").out());
    Cli run = Cli.run("diff", earlier.toString(), improved.toString(), "--redact");
    assertThat(run.code()).isEqualTo(2);
    ExitCodesTest.assertOneClearLine(run, "is a stored assessment, which --redact cannot redact");
    Cli redacted = Cli.run("diff", CRISIS.toString(), improved.toString(), "--redact");
    assertThat(redacted.code()).isZero();
    assertThat(redacted.out()).doesNotContain("P01", "P02", "Policy is being drafted");
  }
}
