package io.github.coproduction.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the documents, for editors that validate and complete YAML
 * and JSON, and for other systems. They describe the same shape the readers accept; the readers
 * remain the authority on what the model refuses (such as a decision made by an unknown
 * participant).
 *
 * <pre>{@code
 * String schema = Schemas.initiative();
 * schema.contains("https://json-schema.org/draft/2020-12/schema");   // true
 * }</pre>
 */
public final class Schemas {

  /** Where the initiative schema is on the class path (and in the module). */
  public static final String INITIATIVE_RESOURCE =
      "/io/github/coproduction/serialization/initiative.schema.json";

  private static final String INITIATIVE = load(INITIATIVE_RESOURCE);

  private Schemas() {}

  /**
   * The JSON Schema of initiative documents.
   *
   * @return the schema, as JSON text
   */
  public static String initiative() {
    return INITIATIVE;
  }

  private static String load(String resource) {
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
