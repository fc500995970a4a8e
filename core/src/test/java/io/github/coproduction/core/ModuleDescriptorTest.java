package io.github.coproduction.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor: core exports exactly its four packages and depends on no
 * Jackson. Tests run on the class path, so the descriptor is read from the compiled classes.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readTheDescriptor() throws IOException, URISyntaxException {
    Path classes = Path.of(ValidationException.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    Path file = Files.isDirectory(classes) ? classes.resolve("module-info.class")
        : Path.of("target", "classes", "module-info.class");
    assertThat(file).as("the compiled module descriptor").exists();
    try (InputStream in = Files.newInputStream(file)) {
      descriptor = ModuleDescriptor.read(in);
    }
  }

  @Test
  void isTheCoreModule() {
    assertThat(descriptor.name()).isEqualTo("io.github.coproduction.core");
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.isAutomatic()).isFalse();
  }

  @Test
  void exportsExactlyTheFivePublicPackages() {
    Set<String> exports = descriptor.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exports).containsExactlyInAnyOrder(
        "io.github.coproduction.core",
        "io.github.coproduction.core.framework",
        "io.github.coproduction.core.checklist",
        "io.github.coproduction.core.initiative",
        "io.github.coproduction.core.reference");
  }

  @Test
  void exportsItsInternalPackageOnlyToTheLibrarysOwnModules() {
    assertThat(descriptor.exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("io.github.coproduction.core.internal");
          assertThat(e.targets()).containsExactlyInAnyOrder(
              "io.github.coproduction.serialization", "io.github.coproduction.samples");
        });
  }

  @Test
  void dependsOnNoJackson() {
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .noneMatch(n -> n.startsWith("tools.jackson") || n.startsWith("com.fasterxml"));
  }

  @Test
  void needsImmutablesAtCompileTimeOnly() {
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = descriptor.requires()
        .stream().collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            ModuleDescriptor.Requires::modifiers));
    assertThat(requires).containsKey("com.google.common");
    requires.forEach((name, modifiers) -> {
      if (name.startsWith("org.immutables")) {
        assertThat(modifiers).as(name).contains(ModuleDescriptor.Requires.Modifier.STATIC);
      }
    });
  }

  @Test
  void opensNothing() {
    assertThat(descriptor.opens()).isEmpty();
  }
}
