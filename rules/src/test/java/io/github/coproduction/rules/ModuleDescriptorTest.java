package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules module's contract as compiled: exactly these packages exported, to everyone; nothing
 * opened; core required transitively; no Jackson (serialization lives in its own module).
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    Path path = Path.of("target", "classes", "module-info.class");
    assertThat(path).as("compiled module descriptor").exists();
    try (InputStream in = Files.newInputStream(path)) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo("io.github.coproduction.rules");
    assertThat(d.isOpen()).isFalse();
    assertThat(d.opens()).isEmpty();
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
    assertThat(d.exports().stream().map(Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(expectedExports());
  }

  /** The API packages; the report package is one of them once its source exists. */
  private static Set<String> expectedExports() {
    Set<String> expected = new java.util.TreeSet<>(Set.of("io.github.coproduction.rules",
        "io.github.coproduction.rules.standard", "io.github.coproduction.rules.portfolio",
        "io.github.coproduction.rules.progress"));
    if (Files.isDirectory(Path.of("src", "main", "java", "io", "github", "coproduction",
        "rules", "report"))) {
      expected.add("io.github.coproduction.rules.report");
    }
    return expected;
  }

  @Test
  void providesTheStandardRuleSetAsAServiceOnTheModuleAndTheClassPath() throws IOException {
    ModuleDescriptor d = descriptor();
    assertThat(d.uses()).containsExactlyInAnyOrder(RuleSetProvider.class.getName(),
        io.github.coproduction.rules.report.ReportFormat.class.getName());
    assertThat(d.provides()).filteredOn(p -> p.service().equals(RuleSetProvider.class.getName()))
        .singleElement().satisfies(p -> assertThat(p.providers()).containsExactly(
            "io.github.coproduction.rules.standard.StandardRuleSetProvider"));
    assertThat(java.util.ServiceLoader.load(RuleSetProvider.class).stream()
        .map(java.util.ServiceLoader.Provider::type).map(Class::getName))
        .containsExactly("io.github.coproduction.rules.standard.StandardRuleSetProvider");
    assertThat(RuleSet.standard()).isSameAs(
        io.github.coproduction.rules.standard.StandardRules.ruleSet());
  }

  @Test
  void requiresCoreTransitivelyAndNoJackson() throws IOException {
    ModuleDescriptor d = descriptor();
    Set<String> requires = d.requires().stream().map(Requires::name)
        .collect(Collectors.toSet());
    assertThat(requires).noneSatisfy(r -> assertThat(r).containsIgnoringCase("jackson"));
    assertThat(requires).noneSatisfy(r -> assertThat(r).startsWith("tools."));
    Requires core = d.requires().stream()
        .filter(r -> r.name().equals("io.github.coproduction.core")).findFirst().orElseThrow();
    assertThat(core.modifiers()).contains(Requires.Modifier.TRANSITIVE);
    Requires immutables = d.requires().stream()
        .filter(r -> r.name().equals("org.immutables.value.annotations")).findFirst()
        .orElseThrow();
    assertThat(immutables.modifiers()).as("annotations are needed at compile time only")
        .contains(Requires.Modifier.STATIC);
  }
}
