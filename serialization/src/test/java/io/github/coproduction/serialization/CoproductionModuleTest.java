package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Jackson module, for users with their own mappers. */
class CoproductionModuleTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  /** A user's own type holding library values. */
  public record Portfolio(String owner, List<Initiative> initiatives, Role lead) {}

  @Test
  void isFoundThroughTheServiceLoader() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(CoproductionModule.class);
    assertThat(MAPPER.registeredModules()).extracting(JacksonModule::getModuleName)
        .contains("io.github.coproduction.serialization");
  }

  @Test
  void writesAtTheRootWhatDocumentsWritesAndReadsItBack() {
    Initiative i = Generators.exemplary();
    String json = MAPPER.writeValueAsString(i);
    assertThat(json).isEqualTo(JsonLines.line(i));
    assertThat(MAPPER.readValue(json, Initiative.class)).isEqualTo(i);
    Assessment a = RulesGenerators.assessment(new Random(11));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(a), Assessment.class)).isEqualTo(a);
    YAMLMapper yaml = YAMLMapper.builder().addModule(new CoproductionModule()).build();
    assertThat(yaml.readValue(yaml.writeValueAsString(i), Initiative.class)).isEqualTo(i);
  }

  @Test
  void nestedValuesAreWrittenWithoutSchemaVersionAndEnumsAsKebabText() {
    Portfolio p = new Portfolio("icb", List.of(Generators.bare()), Role.SERVICE_USER);
    String json = MAPPER.writeValueAsString(p);
    assertThat(json).contains("\"lead\":\"service-user\"").contains("\"initiatives\":[{\"id\"");
    assertThat(MAPPER.readValue(json, Portfolio.class)).isEqualTo(p);
  }

  @Test
  void writesTheCatalogueAndRuleSets() {
    Map<?, ?> framework = MAPPER.readValue(MAPPER.writeValueAsString(Framework.standard()),
        Map.class);
    assertThat(framework.get("schemaVersion")).isEqualTo("1.2");
    assertThat((List<?>) framework.get("steps")).hasSize(3);
    Map<?, ?> rules = MAPPER.readValue(MAPPER.writeValueAsString(RuleSet.standard()), Map.class);
    assertThat((List<?>) rules.get("rules")).hasSize(RuleSet.standard().rules().size());
  }

  @Test
  void badInputIsAMismatchedInputExceptionCarryingTheDocumentException() {
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"id\":\"x\",\"title\":\"X\",\"stage\":\"runing\"}",
            Initiative.class));
    assertThat(e.getOriginalMessage()).contains("at /stage: unknown value \"runing\"");
    assertThat(e.getCause()).isInstanceOf(DocumentException.class);
    assertThat(catchThrowableOfType(MismatchedInputException.class,
        () -> MAPPER.readValue("\"servce-user\"", Role.class)).getOriginalMessage())
        .contains("did you mean \"service-user\"? (allowed: service-user, carer");
    assertThat(catchThrowableOfType(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"schemaVersion\":\"2.0\",\"id\":\"x\"}", Initiative.class))
        .getOriginalMessage()).contains("newer than this release can read");
  }
}
