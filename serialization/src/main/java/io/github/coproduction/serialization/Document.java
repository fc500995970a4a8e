package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value read from a document together with what the model does not hold: the version the
 * document declared and, in lenient mode, the properties this release does not know. Writing a
 * document writes its unknown properties back where they were, so a lenient round trip loses
 * nothing.
 *
 * <p>Unknown properties are kept by the JSON Pointer of the object they sat in; they are written
 * back into the object at the same pointer in the value written. A value changed with
 * {@link #withValue} keeps them only where that object still exists. Immutable and thread-safe.
 *
 * <pre>{@code
 * Document<io.github.coproduction.core.initiative.Initiative> doc =
 *     Documents.lenient().readDocument(DocumentType.INITIATIVE, """
 *         {"schemaVersion": "1.0", "id": "x", "title": "X", "stage": "planning",
 *          "colour": "green"}
 *         """, Format.JSON, "x.json");
 * doc.unknownProperties();                               // [/colour]
 * Documents.lenient().write(doc, Format.JSON);           // ... "colour": "green" ...
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Document<T> {

  private final DocumentType<T> type;
  private final T value;
  private final String schemaVersion;
  private final Map<String, ObjectNode> unknown;

  Document(DocumentType<T> type, T value, String schemaVersion, Map<String, ObjectNode> unknown) {
    this.type = requireNonNull(type, "type");
    this.value = requireNonNull(value, "value");
    this.schemaVersion = requireNonNull(schemaVersion, "schemaVersion");
    Map<String, ObjectNode> copy = new LinkedHashMap<>();
    unknown.forEach((k, v) -> copy.put(k, v.deepCopy()));
    this.unknown = Collections.unmodifiableMap(copy);
  }

  /**
   * A document for a value, with nothing unknown, at the current version.
   *
   * @param type what the document holds
   * @param value the value
   * @param <T> the type of the value
   * @return the document
   */
  public static <T> Document<T> of(DocumentType<T> type, T value) {
    return new Document<>(type, value, Versions.CURRENT, Map.of());
  }

  /**
   * What the document holds.
   *
   * @return the type
   */
  public DocumentType<T> type() {
    return type;
  }

  /**
   * The value read.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * The version the document declared; it is written at the current version.
   *
   * @return such as {@code "1.0"}
   */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * The properties that this release does not know, kept in lenient mode.
   *
   * @return their JSON Pointers, in document order, such as {@code "/participants/0/nickname"}
   */
  public List<String> unknownProperties() {
    List<String> pointers = new ArrayList<>();
    unknown.forEach((parent, props) -> props.propertyNames()
        .forEach(n -> pointers.add(Pointers.child(parent, n))));
    return List.copyOf(pointers);
  }

  /**
   * This document with another value, keeping the unknown properties.
   *
   * @param newValue the value
   * @return the document
   */
  public Document<T> withValue(T newValue) {
    return new Document<>(type, newValue, schemaVersion, unknown);
  }

  /** The unknown properties by the pointer of their object; the caller must copy what it uses. */
  Map<String, ObjectNode> unknown() {
    return unknown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document<?> d && d.type == type && d.value.equals(value)
        && d.schemaVersion.equals(schemaVersion) && d.unknown.equals(unknown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value, schemaVersion, unknown);
  }

  @Override
  public String toString() {
    return "Document[" + type.name() + ", schemaVersion " + schemaVersion + ", "
        + unknownProperties().size() + " unknown properties]";
  }
}
