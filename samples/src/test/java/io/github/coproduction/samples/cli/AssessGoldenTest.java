package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.testing.GoldenFiles;
import io.github.coproduction.rules.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for every output format of {@code assess} on one bundled example, reviewed like
 * code in {@code src/test/resources/golden/assess} (and {@code diff}, for {@link DiffCommandTest}),
 * with the human-readable ones in Welsh too ({@code -cy}). After an intended change, regenerate them with
 * {@code mvn verify -pl samples -am -Dcoproduction.updateGolden=true} (that run fails, naming
 * each file it rewrote) and review the diff.
 */
class AssessGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String EXAMPLE = "crisis-service-redesign";

  @TestFactory
  Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
    // Every registered text format, plain and redacted, and at the detail level for those that
    // people read: a new format fails here until its golden files exist.
    return ReportFormat.available().stream().filter(f -> !f.binary())
        .flatMap(f -> Stream.concat(
            Stream.of(golden(f.name(), f.extension(), ""), golden(f.name(), f.extension(),
                "--redact")),
            f.humanReadable() ? Stream.of(golden(f.name(), f.extension(), "--detail"))
                : Stream.empty()));
  }

  @TestFactory
  Stream<DynamicTest> welshReportsMatchTheirGoldenFiles() {
    // The reports people read, in Welsh (--locale cy): crisis-service-redesign-cy.txt and so on.
    return ReportFormat.available().stream().filter(f -> f.humanReadable() && !f.binary())
        .map(f -> {
          String name = "assess/" + EXAMPLE + "-cy." + f.extension();
          return DynamicTest.dynamicTest(name, () -> {
            Cli run = Cli.run("assess", "examples/" + EXAMPLE + ".yaml", "--format", f.name(),
                "--date", "2026-11-25", "--locale", "cy");
            assertThat(run.code()).as("%s", run).isZero();
            assertThat(run.err()).isEmpty();
            check(name, run.out());
          });
        });
  }

  @org.junit.jupiter.api.Test
  void theToolOffersEveryFormat() {
    assertThat(ReportFormat.available()).extracting(ReportFormat::name)
        .containsExactly("csv", "html", "json", "markdown", "pdf", "text", "yaml");
  }

  private static DynamicTest golden(String format, String extension, String option) {
    String name = "assess/" + EXAMPLE + (option.isEmpty() ? "" : "-" + option.substring(2)
        .replace("redact", "redacted")) + "." + extension;
    return DynamicTest.dynamicTest(name, () -> {
      Cli run = option.isEmpty()
          ? Cli.run("assess", "examples/" + EXAMPLE + ".yaml", "--format", format,
              "--date", "2026-11-25")
          : Cli.run("assess", "examples/" + EXAMPLE + ".yaml", "--format", format,
              "--date", "2026-11-25", option);
      assertThat(run.code()).as("%s", run).isZero();
      assertThat(run.err()).isEmpty();
      check(name, run.out());
    });
  }

  static void check(String name, String actual) throws IOException {
    GoldenFiles.check(GOLDEN.resolve(name), actual);
  }
}
