package io.github.coproduction.samples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The layering, enforced by ArchUnit on the compiled main classes of every module: no package
 * cycle within a module, and each module uses only the modules below it
 * (core &lt;- rules &lt;- serialization &lt;- samples). A rule that matches no class fails rather
 * than passing silently.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.coproduction";
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

  /** Main classes only: neither test classes nor the core test-jar of shared generators. */
  private static final ImportOption MAIN_CLASSES_ONLY = (Location location) ->
      !location.contains("/test-classes/") && !location.matches(TEST_JAR);

  private static JavaClasses mainClasses(String packageName) {
    return new ClassFileImporter().withImportOption(MAIN_CLASSES_ONLY)
        .importPackages(packageName);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"core", "rules", "serialization", "samples"})
  void noPackageCycleWithinAModule(String module) {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
        .because("a package may depend on another only if that one does not depend back")
        .check(mainClasses(ROOT + "." + module));
  }

  @Test
  void eachModuleUsesOnlyTheModulesBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy(ROOT + ".core..")
        .layer("rules").definedBy(ROOT + ".rules..")
        .layer("serialization").definedBy(ROOT + ".serialization..")
        .layer("samples").definedBy(ROOT + ".samples..")
        .whereLayer("samples").mayNotBeAccessedByAnyLayer()
        .whereLayer("serialization").mayOnlyBeAccessedByLayers("samples")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("serialization", "samples")
        .whereLayer("core").mayOnlyBeAccessedByLayers("rules", "serialization", "samples")
        .check(mainClasses(ROOT));
  }
}
