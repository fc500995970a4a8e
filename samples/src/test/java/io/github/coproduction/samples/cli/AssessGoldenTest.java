package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for every output format of {@code assess} on one bundled example, reviewed like
 * code in {@code src/test/resources/golden/assess} (and {@code diff}, for {@link DiffCommandTest}). After an intended change, regenerate them with
 * {@code mvn verify -pl samples -am -Dcoproduction.updateGolden=true} (that run fails, naming
 * each file it rewrote) and review the diff.
 */
class AssessGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String EXAMPLE = "crisis-service-redesign";

  @TestFactory
  Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
    return Stream.of("text:txt", "markdown:md", "json:json", "yaml:yaml", "csv:csv", "html:html")
        .flatMap(pair -> {
          String format = pair.substring(0, pair.indexOf(':'));
          String extension = pair.substring(pair.indexOf(':') + 1);
          return Stream.of(
              golden(format, extension, false),
              golden(format, extension, true));
        });
  }

  private static DynamicTest golden(String format, String extension, boolean redact) {
    String name = "assess/" + EXAMPLE + (redact ? "-redacted." : ".") + extension;
    return DynamicTest.dynamicTest(name, () -> {
      Cli run = redact
          ? Cli.run("assess", "examples/" + EXAMPLE + ".yaml", "--format", format,
              "--date", "2026-11-25", "--redact")
          : Cli.run("assess", "examples/" + EXAMPLE + ".yaml", "--format", format,
              "--date", "2026-11-25");
      assertThat(run.code()).as("%s", run).isZero();
      assertThat(run.err()).isEmpty();
      check(name, run.out());
    });
  }

  static void check(String name, String actual) throws IOException {
    GoldenFiles.check(GOLDEN.resolve(name), actual);
  }
}
