package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for reports, kept in {@code src/test/resources/report/} and reviewed like code.
 * Run with {@code -Dcoproduction.updateGolden=true} to write the current output instead of
 * comparing; review the diff before committing it.
 */
final class Golden {

  static final String UPDATE_PROPERTY = "coproduction.updateGolden";

  /** Surefire runs tests in the module's directory. */
  private static final Path DIR = Path.of("src", "test", "resources", "report");

  private Golden() {}

  static void check(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s; create it with -D%s=true", file, UPDATE_PROPERTY)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as("%s differs from its golden file; if the change is intended, regenerate with"
              + " -D%s=true and review the diff", name, UPDATE_PROPERTY)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
