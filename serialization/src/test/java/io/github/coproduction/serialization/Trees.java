package io.github.coproduction.serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers for tests that take written documents apart and put them together again. */
final class Trees {

  /** A plain mapper that keeps numbers exact, as the library does. */
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private Trees() {}

  static ObjectNode parse(String json) {
    return (ObjectNode) JSON.readTree(json);
  }

  static String json(JsonNode tree) {
    return JSON.writeValueAsString(tree);
  }

  /** Every value's pointer, in document order (a container before its contents), root excluded. */
  static List<String> pointers(JsonNode root) {
    List<String> out = new ArrayList<>();
    walk(root, "", out);
    out.remove("");
    return out;
  }

  private static void walk(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), Pointers.child(pointer, e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), Pointers.child(pointer, i), out);
      }
    }
  }

  static JsonNode at(JsonNode root, String pointer) {
    return root.at(JsonPointer.compile(pointer));
  }

  /** A copy of the tree with the value at a pointer replaced. */
  static ObjectNode replace(ObjectNode root, String pointer, JsonNode value) {
    ObjectNode copy = root.deepCopy();
    JsonNode parent = at(copy, Pointers.parent(pointer));
    String last = Pointers.last(pointer);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
    return copy;
  }
}
