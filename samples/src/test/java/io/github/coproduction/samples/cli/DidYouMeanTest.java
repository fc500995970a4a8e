package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slip in a command, an option, an example's name or a document's value gets a suggestion. */
class DidYouMeanTest {

  private static final Path CRISIS = Path.of("examples", "crisis-service-redesign.yaml");

  @TempDir
  Path dir;

  @Test
  void aMistypedCommandGetsTheNearestCommand() {
    Cli run = Cli.run("asess", CRISIS.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "coproduction: unknown command 'asess'; did you mean 'assess'?",
        "Try 'coproduction --help'.");
  }

  @Test
  void anUnknownCommandWithNothingNearListsTheCommands() {
    Cli run = Cli.run("frobnicate");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("coproduction: unknown command 'frobnicate';"
        + " commands: framework, checklist, rules, assess, diff,");
    assertThat(run.err()).doesNotContain("Unmatched");
  }

  @Test
  void aMistypedOptionGetsTheNearestOption() {
    Cli run = Cli.run("assess", CRISIS.toString(), "--fromat", "json");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo("coproduction: unknown option '--fromat'; did you mean '--format'?");
  }

  @Test
  void anExampleIsFoundWithoutItsExtension() {
    Cli run = Cli.run("examples", "ward-improvement");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo(Cli.run("examples", "ward-improvement.yaml").out())
        .contains("id: ward-improvement");
  }

  @Test
  void aMistypedExampleNameGetsTheNearestExample() {
    Cli run = Cli.run("examples", "ward-improvment");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "coproduction: no example named 'ward-improvment'; did you mean 'ward-improvement'?");
  }

  @Test
  void aSnakeCaseValueInADocumentGetsTheKebabCaseValue() throws IOException {
    Cli run = assess(Files.readString(CRISIS).replaceFirst("role: service-user",
        "role: service_user"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("/participants/0/role: unknown value \"service_user\";"
        + " did you mean \"service-user\"? (allowed: service-user, carer");
  }

  @Test
  void aCapitalisedValueInADocumentGetsTheLowerCaseValue() throws IOException {
    Cli run = assess(Files.readString(CRISIS).replaceFirst("stage: running", "stage: Running"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("/stage: unknown value \"Running\"; did you mean \"running\"?");
  }

  private Cli assess(String document) throws IOException {
    return Cli.run("assess", Files.writeString(dir.resolve("initiative.yaml"), document)
        .toString());
  }
}
