package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.GoldenFiles;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files, reviewed like code, in {@code src/test/resources/golden}: the exemplary initiative
 * and the assessment of the crisis-service example, in JSON and YAML. Writing gives the file
 * byte for byte; reading the file gives the value. Regenerate after a deliberate change with
 * {@code mvn verify -pl serialization -am -Dcoproduction.updateGolden=true} (that run fails,
 * naming each file it rewrote) and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Initiative crisis() throws IOException {
    return Documents.strict().readInitiative(GOLDEN.resolve("crisis-service-redesign.input.yaml"));
  }

  static Assessment crisisAssessment() throws IOException {
    return Assessor.standard().assess(crisis(), LocalDate.parse("2026-11-25"));
  }

  @TestFactory
  Stream<DynamicTest> goldenFiles() throws IOException {
    Initiative initiative = Generators.exemplary();
    Assessment assessment = crisisAssessment();
    return Stream.of(
        golden("initiative.json", initiative, DocumentType.INITIATIVE, Format.JSON),
        golden("initiative.yaml", initiative, DocumentType.INITIATIVE, Format.YAML),
        golden("assessment.json", assessment, DocumentType.ASSESSMENT, Format.JSON),
        golden("assessment.yaml", assessment, DocumentType.ASSESSMENT, Format.YAML));
  }

  private static <T> DynamicTest golden(String name, T value, DocumentType<T> type,
      Format format) {
    return DynamicTest.dynamicTest(name, () -> {
      Path file = GOLDEN.resolve(name);
      String written = Documents.strict().write(value, format);
      GoldenFiles.check(file, written);
      assertThat(Documents.strict().read(type, file)).as("read %s", name).isEqualTo(value);
    });
  }
}
