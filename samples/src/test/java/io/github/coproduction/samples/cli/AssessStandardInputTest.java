package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code assess -} reads one document, JSON or YAML, from standard input. */
class AssessStandardInputTest {

  private static final Path WARD = Path.of("examples", "ward-improvement.yaml");

  @Test
  void yamlOnStandardInputGivesTheSameAssessmentAsTheFile() throws IOException {
    Cli fromFile = Cli.run("assess", WARD.toString(), "--format", "json", "--date", "2026-11-25");
    Cli fromStdin = Cli.runWithInput(Files.readAllBytes(WARD), "assess", "-", "--format", "json",
        "--date", "2026-11-25");
    assertThat(fromStdin.code()).as("%s", fromStdin).isZero();
    assertThat(fromStdin.err()).isEmpty();
    assertThat(fromStdin.out()).isEqualTo(fromFile.out());
  }

  @Test
  void jsonOnStandardInputIsReadAsJson() throws IOException {
    Initiative ward = Documents.strict().readInitiative(WARD);
    String json = Documents.strict().write(ward, Format.JSON);
    Cli run = Cli.runWithInput(json.getBytes(StandardCharsets.UTF_8), "assess", "-",
        "--date", "2026-11-25");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).contains("Improving the admission experience on an acute ward");
  }

  @Test
  void emptyStandardInputIsOneClearError() {
    Cli run = Cli.runWithInput(new byte[0], "assess", "-");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("coproduction: <stdin>: standard input is empty");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBadDocumentOnStandardInputIsLocatedInStdin() {
    Cli run = Cli.runWithInput("schemaVersion: \"1.0\"\nid: x\ntitle: X\nstage: runing\n"
        .getBytes(StandardCharsets.UTF_8), "assess", "-");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("coproduction: <stdin>:4:").contains("/stage")
        .contains("did you mean \"running\"?");
  }

  @Test
  void standardInputCanBeNamedOnlyOnce() {
    Cli run = Cli.runWithInput(new byte[0], "assess", "-", "-");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("standard input (-) can be read once");
  }
}
