package io.github.coproduction.serialization;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of reading one document: where it came from (for errors), whether unknown properties
 * fail or are kept, the ones kept, and the version the document declares.
 */
final class ReadSession {

  private final String source;
  private final Locator locator;
  private final boolean lenient;
  private final Map<String, ObjectNode> unknown = new LinkedHashMap<>();
  private String version = Versions.CURRENT;

  ReadSession(String source, Locator locator, boolean lenient) {
    this.source = source;
    this.locator = locator;
    this.lenient = lenient;
  }

  String source() {
    return source;
  }

  boolean lenient() {
    return lenient;
  }

  String version() {
    return version;
  }

  void version(String declared) {
    this.version = declared;
  }

  /** An error about the value at a pointer, located at that value (or its nearest ancestor). */
  DocumentException at(String pointer, String problem) {
    int[] where = locator.locate(pointer, false);
    return new DocumentException(source, where[0], where[1], pointer, problem);
  }

  /** An error about a property, located at its name. */
  DocumentException atName(String pointer, String problem) {
    int[] where = locator.locate(pointer, true);
    return new DocumentException(source, where[0], where[1], pointer, problem);
  }

  void keepUnknown(String objectPointer, String name, JsonNode value) {
    unknown.computeIfAbsent(objectPointer, p -> JsonNodeFactory.instance.objectNode())
        .set(name, value.deepCopy());
  }

  Map<String, ObjectNode> unknown() {
    return unknown;
  }
}
