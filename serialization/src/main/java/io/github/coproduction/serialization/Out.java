package io.github.coproduction.serialization;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the tree of an object being written, property by property in the order called, leaving
 * out what is not recorded.
 */
final class Out {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node = NODES.objectNode();

  ObjectNode node() {
    return node;
  }

  Out text(String name, String value) {
    node.put(name, value);
    return this;
  }

  Out text(String name, Optional<String> value) {
    value.ifPresent(v -> node.put(name, v));
    return this;
  }

  Out number(String name, long value) {
    node.put(name, value);
    return this;
  }

  Out money(String name, BigDecimal value) {
    node.set(name, money(value));
    return this;
  }

  Out money(String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> money(name, v));
    return this;
  }

  static JsonNode money(BigDecimal value) {
    return DecimalNode.valueOf(value);
  }

  Out bool(String name, boolean value) {
    node.put(name, value);
    return this;
  }

  Out choice(String name, Enum<?> value) {
    node.put(name, Kebab.of(value));
    return this;
  }

  Out node(String name, JsonNode value) {
    node.set(name, value);
    return this;
  }

  Out fact(String name, Fact fact) {
    if (fact.isRecorded()) {
      node.put(name, fact == Fact.PRESENT);
    }
    return this;
  }

  Out provision(String name, Provision provision) {
    if (provision.isNotRecorded()) {
      return this;
    }
    if (provision.note().isEmpty()) {
      node.put(name, provision.isPresent());
    } else {
      node.set(name, NODES.objectNode().put("present", provision.isPresent())
          .put("note", provision.note().get()));
    }
    return this;
  }

  <T> Out recorded(String name, Recorded<T> recorded, Function<T, JsonNode> writer) {
    if (recorded.isAbsent()) {
      node.set(name, BooleanNode.FALSE);
    } else if (recorded.isPresent()) {
      node.set(name, writer.apply(recorded.get()));
    }
    return this;
  }

  /** A list, always written, even when empty. */
  <T> Out list(String name, Collection<T> values, Function<T, JsonNode> writer) {
    node.set(name, array(values, writer));
    return this;
  }

  /** A list, left out when empty. */
  <T> Out listIfAny(String name, Collection<T> values, Function<T, JsonNode> writer) {
    if (!values.isEmpty()) {
      list(name, values, writer);
    }
    return this;
  }

  static <T> ArrayNode array(Collection<T> values, Function<T, JsonNode> writer) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(writer.apply(v)));
    return array;
  }

  static JsonNode text(String value) {
    return NODES.stringNode(value);
  }

  static JsonNode choice(Enum<?> value) {
    return NODES.stringNode(Kebab.of(value));
  }
}
