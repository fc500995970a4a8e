package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several files: a bad one is reported on standard error while the good ones are still assessed
 * (exit 2 at the end), and formats whose reports cannot follow one another need --output-dir.
 */
class AssessSeveralFilesTest {

  private static final String CRISIS = "examples/crisis-service-redesign.yaml";
  private static final String WARD = "examples/ward-improvement.yaml";

  @TempDir
  Path dir;

  @Test
  void aBadFileAmongGoodOnesIsReportedAndTheGoodOnesAreStillAssessed() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "schemaVersion: \"1.0\"\nid: [\n");
    Cli run = Cli.run("assess", CRISIS, bad.toString(), WARD, "--format", "json",
        "--fail-on", "advisory", "--date", "2026-11-25");
    assertThat(run.code()).as("bad input wins over --fail-on, as in portfolio").isEqualTo(2);
    assertThat(run.out().lines().toList()).as("JSON Lines of the two good files").hasSize(2);
    assertThat(run.out()).contains("\"initiative\":\"crisis-redesign\"")
        .contains("\"initiative\":\"ward-improvement\"");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("coproduction: bad.yaml:3:1 at /id:");
    assertThat(run.errLines().get(1)).isEqualTo("coproduction: 1 of 3 files could not be read;"
        + " the other 2 were assessed");
  }

  @Test
  void whenEveryFileIsBadNothingIsPrinted() {
    Cli run = Cli.run("assess", dir.resolve("none.yaml").toString(),
        dir.resolve("nothing.json").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(3).last()
        .isEqualTo("coproduction: none of the 2 files could be read");
  }

  @Test
  void htmlForSeveralFilesWithoutAnOutputDirectoryIsAUsageError() {
    Cli run = Cli.run("assess", CRISIS, WARD, "--format", "html");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).isEqualTo("coproduction: several files with --format html"
        + " need --output-dir DIR, which gets one report per file; html reports cannot follow"
        + " one another on standard output");
  }

  @Test
  void outputDirectoryGetsOneReportPerFileEqualToTheSingleFileReport() throws IOException {
    Path out = dir.resolve("reports");
    Cli run = Cli.run("assess", CRISIS, WARD, "--format", "html", "--output-dir", out.toString(),
        "--date", "2026-11-25");
    assertThat(run.code()).as("%s", run).isZero();
    Path crisis = out.resolve("crisis-service-redesign.html");
    Path ward = out.resolve("ward-improvement.html");
    assertThat(run.out().lines().toList()).containsExactly(crisis.toString(), ward.toString());
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.toList()).containsExactlyInAnyOrder(crisis, ward);
    }
    assertThat(Files.readString(ward)).isEqualTo(
        Cli.run("assess", WARD, "--format", "html", "--date", "2026-11-25").out());
    assertThat(Files.readString(crisis)).startsWith("<!DOCTYPE html>")
        .containsOnlyOnce("<!DOCTYPE html>");
  }

  @Test
  void outputDirectoryWorksForEveryFormatWithItsExtension() throws IOException {
    for (String format : List.of("text", "markdown", "json", "yaml", "csv")) {
      Cli run = Cli.run("assess", WARD, "--format", format, "--output-dir", dir.toString());
      assertThat(run.code()).as("%s", run).isZero();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
          "ward-improvement.txt", "ward-improvement.md", "ward-improvement.json",
          "ward-improvement.yaml", "ward-improvement.csv");
    }
  }

  @Test
  void twoInputsWithOneReportNameAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.copy(Path.of(WARD), other.resolve("ward-improvement.yaml"));
    Path out = dir.resolve("reports");
    Cli run = Cli.run("assess", WARD, other.resolve("ward-improvement.yaml").toString(),
        "--format", "html", "--output-dir", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("two files would both be written to "
        + out.resolve("ward-improvement.html"));
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputDirectoryThatIsAFileIsOneClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Cli run = Cli.run("assess", WARD, "--output-dir", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("coproduction: " + file
        + ": --output-dir is a file, not a directory");
  }
}
