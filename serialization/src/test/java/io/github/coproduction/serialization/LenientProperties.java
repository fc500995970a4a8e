package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unknown properties: strict reading fails at the first one, naming its pointer; lenient reading
 * keeps them all and writes them back where they were, so the text survives a round trip.
 */
class LenientProperties {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A written initiative with unknown properties added at the end of random objects. */
  record Injected(Initiative value, ObjectNode tree, List<String> pointers, String firstRead) {}

  static Injected inject(Random random) {
    Initiative i = Generators.initiative(random);
    ObjectNode tree = Trees.parse(Documents.strict().write(i, Format.JSON));
    List<String> objects = new ArrayList<>();
    objects.add("");
    for (String p : Trees.pointers(tree)) {
      // staff rates are a map from grade to rate: any name there is a grade, not unknown
      if (Trees.at(tree, p).isObject() && !p.equals("/arrangements/staffRates")) {
        objects.add(p);
      }
    }
    List<String> injected = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n; k++) {
      String at = objects.get(random.nextInt(objects.size()));
      String name = "x-extra" + k;
      ((ObjectNode) Trees.at(tree, at)).set(name, value(random, 0));
      injected.add(Pointers.child(at, name));
    }
    // Strict reading checks an object's properties on entering it, in document order.
    String first = objects.stream().flatMap(o -> injected.stream()
        .filter(p -> Pointers.parent(p).equals(o))).findFirst().orElseThrow();
    return new Injected(i, tree, injected, first);
  }

  private static JsonNode value(Random random, int depth) {
    return switch (depth > 2 ? random.nextInt(4) : random.nextInt(6)) {
      case 0 -> NODES.stringNode("kept \"as is\" " + random.nextInt(100));
      case 1 -> NODES.numberNode(new java.math.BigDecimal("12.50"));
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.numberNode(random.nextInt(1000));
      case 4 -> NODES.objectNode().put("colour", "green").set("nested", value(random, depth + 1));
      default -> NODES.arrayNode().add(value(random, depth + 1)).add("two");
    };
  }

  @TestFactory
  Stream<DynamicTest> lenientReadingKeepsUnknownPropertiesOnARoundTrip() {
    return Seeds.property("unknown properties survive a lenient round trip", random -> {
      Injected in = inject(random);
      for (Format format : Format.values()) {
        String text = format == Format.JSON ? Trees.json(in.tree())
            : Documents.strict().write(Documents.lenient().readDocument(DocumentType.INITIATIVE,
                Trees.json(in.tree()), Format.JSON, "in.json"), Format.YAML);
        Document<Initiative> doc = Documents.lenient().readDocument(DocumentType.INITIATIVE,
            text, format, "in." + format);
        assertThat(doc.value()).isEqualTo(in.value());
        assertThat(doc.unknownProperties()).containsExactlyInAnyOrderElementsOf(in.pointers());
        assertThat(Trees.parse(Documents.lenient().write(doc, Format.JSON)))
            .isEqualTo(in.tree());
        assertThat(Documents.lenient().write(doc, format)).isEqualTo(
            Documents.lenient().write(Documents.lenient().readDocument(DocumentType.INITIATIVE,
                Documents.lenient().write(doc, format), format, "again"), format));
        assertThat(Documents.lenient().readInitiative(text, format, "plain"))
            .isEqualTo(in.value());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> strictReadingFailsAtTheFirstUnknownProperty() {
    return Seeds.property("strict reading names the first unknown property", random -> {
      Injected in = inject(random);
      DocumentException e = catchThrowableOfType(DocumentException.class,
          () -> Documents.strict().readInitiative(Trees.json(in.tree()), Format.JSON, "in.json"));
      assertThat(e).isNotNull();
      assertThat(e.pointer()).isEqualTo(in.firstRead());
      assertThat(e.problem()).startsWith("unknown property 'x-extra");
      assertThat(e.line()).isEqualTo(1);
      assertThat(SchemaTest.validate(Trees.json(in.tree()))).isNotEmpty();
    });
  }
}
