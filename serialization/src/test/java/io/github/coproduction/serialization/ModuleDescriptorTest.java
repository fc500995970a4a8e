package io.github.coproduction.serialization;

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
 * The compiled module descriptor: one exported package, the Jackson module provided as a
 * service, rules required transitively. Tests run on the class path, so the descriptor is read
 * from the compiled classes.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readTheDescriptor() throws IOException, URISyntaxException {
    Path classes = Path.of(Documents.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path file = Files.isDirectory(classes) ? classes.resolve("module-info.class")
        : Path.of("target", "classes", "module-info.class");
    try (InputStream in = Files.newInputStream(file)) {
      descriptor = ModuleDescriptor.read(in);
    }
  }

  @Test
  void isTheSerializationModule() {
    assertThat(descriptor.name()).isEqualTo("io.github.coproduction.serialization");
    assertThat(descriptor.isOpen()).isFalse();
  }

  @Test
  void exportsExactlyOnePackage() {
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.coproduction.serialization");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void providesTheJacksonModuleAndTheMachineReportFormats() {
    Map<String, java.util.List<String>> provides = new java.util.TreeMap<>();
    descriptor.provides().forEach(p -> provides.put(p.service(), p.providers()));
    assertThat(provides).containsOnlyKeys("tools.jackson.databind.JacksonModule",
        "io.github.coproduction.rules.report.ReportFormat");
    assertThat(provides.get("tools.jackson.databind.JacksonModule"))
        .containsExactly("io.github.coproduction.serialization.CoproductionModule");
    assertThat(provides.get("io.github.coproduction.rules.report.ReportFormat")).containsExactly(
        "io.github.coproduction.serialization.format.JsonFormat",
        "io.github.coproduction.serialization.format.YamlFormat",
        "io.github.coproduction.serialization.format.CsvFormat");
  }

  @Test
  void requiresRulesTransitivelyAndJacksonPlainly() {
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = descriptor.requires()
        .stream().collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            ModuleDescriptor.Requires::modifiers));
    assertThat(requires.get("io.github.coproduction.rules"))
        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires).containsKeys("tools.jackson.databind", "tools.jackson.dataformat.yaml",
        "tools.jackson.dataformat.csv", "org.snakeyaml.engine");
    assertThat(requires.get("tools.jackson.databind")).isEmpty();
    assertThat(requires.get("org.immutables.value.annotations"))
        .contains(ModuleDescriptor.Requires.Modifier.STATIC);
  }

  @Test
  void theServiceFileNamesTheModuleForTheClassPath() throws IOException {
    try (InputStream in = Documents.class.getResourceAsStream(
        "/META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(CoproductionModule.class.getName());
    }
  }
}
