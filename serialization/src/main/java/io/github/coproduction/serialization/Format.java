package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The text formats documents are read from and written in.
 *
 * <pre>{@code
 * Format.of(java.nio.file.Path.of("crisis.yaml"));        // YAML
 * Format.of(java.nio.file.Path.of("portfolio.jsonl"));    // JSON
 * }</pre>
 */
public enum Format {
  /** JSON (RFC 8259); JSON Lines files hold one JSON document per line. */
  JSON,
  /** YAML 1.2, read with the JSON schema of scalars: no tags, bounded aliases. */
  YAML;

  /**
   * The format a file's name says it holds: {@code .json} and {@code .jsonl} are JSON,
   * {@code .yaml} and {@code .yml} are YAML, in any letter case.
   *
   * @param file the file
   * @return the format
   * @throws IllegalArgumentException if the extension is none of these
   */
  public static Format of(Path file) {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json") || n.endsWith(".jsonl")) {
      return JSON;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException("cannot tell the format of '" + file + "' from its name:"
        + " use a name ending in .json, .jsonl, .yaml or .yml");
  }
}
