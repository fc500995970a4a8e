package io.github.coproduction.rules.report;

import io.github.coproduction.core.testing.GoldenFiles;
import java.nio.file.Path;

/**
 * Golden files for reports, kept in {@code src/test/resources/report/} and reviewed like code.
 * Run with {@code -Dcoproduction.updateGolden=true} to rewrite the files that differ (the run then
 * fails, naming each change: see {@link GoldenFiles}); review the diff before committing it.
 */
final class Golden {

  static final String UPDATE_PROPERTY = GoldenFiles.UPDATE_PROPERTY;

  /** Surefire runs tests in the module's directory. */
  private static final Path DIR = Path.of("src", "test", "resources", "report");

  private Golden() {}

  static void check(String name, String actual) {
    GoldenFiles.check(DIR.resolve(name), actual);
  }
}
