package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus generated from the exemplary initiative, which records every property: each value
 * replaced by null, by a value of the wrong kind, or given an unknown sibling; and the text cut
 * short at many places. Each must fail with the pointer of the value at fault (and fail the
 * schema), or, cut short, with a line.
 */
class GeneratedMalformedTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectNode EXEMPLARY =
      Trees.parse(Documents.strict().write(Generators.exemplary(), Format.JSON));

  record Mutant(String name, ObjectNode tree, String pointer, String problem) {}

  static List<Mutant> mutants() {
    List<Mutant> mutants = new ArrayList<>();
    for (String p : Trees.pointers(EXEMPLARY)) {
      JsonNode original = Trees.at(EXEMPLARY, p);
      mutants.add(new Mutant("null at " + p, Trees.replace(EXEMPLARY, p, NODES.nullNode()), p,
          "null is not allowed"));
      if (p.equals("/schemaVersion")) {
        continue;
      }
      JsonNode wrong = original.isObject() ? NODES.numberNode(7)
          : original.isArray() ? NODES.stringNode("x") : NODES.arrayNode();
      mutants.add(new Mutant("wrong kind at " + p, Trees.replace(EXEMPLARY, p, wrong), p,
          "expected"));
      if (original.isObject()) {
        ObjectNode tree = EXEMPLARY.deepCopy();
        ((ObjectNode) Trees.at(tree, p)).put("unexpected", 1);
        mutants.add(new Mutant("unknown property in " + p, tree, p + "/unexpected",
            "unknown property 'unexpected'"));
      }
    }
    return mutants;
  }

  @TestFactory
  Stream<DynamicTest> everyMutantFailsAtItsPointer() {
    List<Mutant> mutants = mutants();
    assertThat(mutants).hasSizeGreaterThan(300);
    return mutants.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> {
      String json = Documents.strict().write(Generators.exemplary(), Format.JSON);
      String text = Trees.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m.tree());
      assertThat(text).isNotEqualTo(json);
      DocumentException e = catchThrowableOfType(DocumentException.class,
          () -> Documents.strict().readInitiative(text, Format.JSON, "mutant.json"));
      assertThat(e).as(m.name()).isNotNull();
      assertThat(e.pointer()).as(e.getMessage()).isEqualTo(m.pointer());
      assertThat(e.problem()).as(e.getMessage()).contains(m.problem());
      assertThat(e.line()).as(e.getMessage()).isPositive();
      assertThat(SchemaTest.validate(text)).as("schema errors").isNotEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyTruncationFailsWithALocation() {
    String yaml = Documents.strict().write(Generators.exemplary(), Format.YAML);
    String json = Documents.strict().write(Generators.exemplary(), Format.JSON);
    List<DynamicTest> tests = new ArrayList<>();
    for (int cut = 1; cut < json.length() - 2; cut += 97) {
      String text = json.substring(0, cut);
      tests.add(DynamicTest.dynamicTest("json cut at " + cut, () -> {
        DocumentException e = catchThrowableOfType(DocumentException.class,
            () -> Documents.strict().readInitiative(text, Format.JSON, "cut.json"));
        assertThat(e).isNotNull();
        assertThat(e.line()).as(e.getMessage()).isPositive();
      }));
    }
    for (int cut = 1; cut < yaml.length() - 2; cut += 89) {
      String text = yaml.substring(0, cut);
      tests.add(DynamicTest.dynamicTest("yaml cut at " + cut, () -> {
        // A YAML document cut at a line end can still be valid YAML; it then lacks values.
        DocumentException e = catchThrowableOfType(DocumentException.class,
            () -> Documents.strict().readInitiative(text, Format.YAML, "cut.yaml"));
        if (e != null) {
          assertThat(e.getMessage()).startsWith("cut.yaml").doesNotContain("Exception");
        }
      }));
    }
    return tests.stream();
  }
}
