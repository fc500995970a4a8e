package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The initiative JSON Schema, checked with an independent validator (networknt 3.x): every
 * generated initiative and every bundled example validates; malformed documents fail (see
 * {@link MalformedCorpusTest}).
 */
class SchemaTest {

  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(Schemas.initiative());

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static List<Error> validateYaml(String yaml) {
    return SCHEMA.validate(yaml, InputFormat.YAML);
  }

  @Test
  void isAJsonSchema202012ShippedAsAResource() {
    assertThat(Schemas.initiative()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(Schemas.class.getResource(Schemas.INITIATIVE_RESOURCE)).isNotNull();
  }

  @Test
  void itsIdNamesTheVersionThisReleaseWrites() {
    assertThat(Schemas.initiative()).contains("\"$id\": \"https://coproduction.github.io/schemas/"
        + "initiative-" + Documents.SCHEMA_VERSION + ".schema.json\"");
  }

  @Test
  void theArrangementPropertiesAreTheArrangementEnumThenTheRateAndTheBudget() {
    JsonNode properties = new ObjectMapper().readTree(Schemas.initiative())
        .at("/$defs/arrangements/properties");
    List<String> names = new ArrayList<>(properties.propertyNames());
    List<String> expected = new ArrayList<>();
    for (Arrangement a : Arrangement.values()) {
      expected.add(a.documentName());
      assertThat(properties.get(a.documentName()).get("$ref").asString())
          .as(a.documentName()).isEqualTo("#/$defs/provision");
      assertThat(properties.get(a.documentName()).get("description").asString())
          .as(a.documentName()).endsWith("(" + String.join(", ", a.serves()) + ").");
    }
    expected.add("staffHourlyRate");
    expected.add("budget");
    expected.add("staffRates");
    expected.add("paidStaff");
    assertThat(names).containsExactlyElementsOf(expected);
    assertThat(InitiativeCodec.ARRANGEMENTS).containsExactlyElementsOf(expected);
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedInitiativeValidates() {
    return Seeds.property("generated initiatives validate against the schema", random -> {
      Initiative i = Generators.initiative(random);
      String json = Documents.strict().write(i, Format.JSON);
      assertThat(validate(json)).as(json).isEmpty();
    });
  }

  @Test
  void theExemplaryAndBareInitiativesValidate() {
    assertThat(validate(Documents.strict().write(Generators.exemplary(), Format.JSON))).isEmpty();
    assertThat(validate(Documents.strict().write(Generators.bare(), Format.JSON))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyBundledExampleValidatesAsWrittenAndReads() throws IOException {
    Path examples = Path.of("..", "samples", "examples");
    List<Path> files;
    try (Stream<Path> list = Files.list(examples)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      assertThat(validateYaml(Files.readString(f))).isEmpty();
      Initiative i = Documents.strict().readInitiative(f);
      assertThat(validate(Documents.strict().write(i, Format.JSON))).isEmpty();
    }));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String base = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"title\": \"X\", \"stage\": \"running\"";
    assertThat(validate(base + "}")).isEmpty();
    assertThat(validate(base + ", \"purpose\": false}")).isEmpty();
    assertThat(validate(base + ", \"purpose\": null}")).isNotEmpty();
    assertThat(validate(base + ", \"risks\": []}")).isNotEmpty();
    assertThat(validate(base + ", \"arrangements\": {\"groundRules\": {\"present\": true,"
        + " \"note\": \"agreed\"}}}")).isEmpty();
    assertThat(validate(base + ", \"arrangements\": {\"groundRules\": \"yes\"}}")).isNotEmpty();
    assertThat(validate(base + ", \"scopes\": [\"design\", \"design\"]}")).isNotEmpty();
    assertThat(validate(base.replace("1.0", "2.0") + "}")).isNotEmpty();
  }
}
