package io.github.coproduction.samples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The example initiatives bundled with the library, in YAML: six from different settings, each
 * showing a different pattern of gaps, and one exemplar with nothing above advisory. Each file
 * opens with a comment saying what it illustrates.
 *
 * <pre>{@code
 * Examples.names();                                   // [community-recommissioning.yaml, ...]
 * Examples.text("crisis-service-redesign.yaml");      // the YAML document
 * }</pre>
 */
public final class Examples {

  private static final List<String> NAMES = List.of(
      "community-recommissioning.yaml",
      "crisis-service-redesign.yaml",
      "exemplar-early-intervention.yaml",
      "mental-health-strategy-refresh.yaml",
      "peer-support-service.yaml",
      "research-project.yaml",
      "ward-improvement.yaml");

  private Examples() {}

  /**
   * The file names of the examples, sorted.
   *
   * @return the names
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The text of an example.
   *
   * @param name a file name from {@link #names()}
   * @return the YAML document
   * @throws IllegalArgumentException if there is no such example
   */
  public static String text(String name) {
    requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no example named '" + name + "'; examples: "
          + String.join(", ", NAMES));
    }
    try (InputStream in = Examples.class.getResourceAsStream("examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("example '" + name + "' is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What an example illustrates: its opening comment, as one line.
   *
   * @param name a file name from {@link #names()}
   * @return the summary
   */
  public static String summary(String name) {
    String comment = text(name).lines().takeWhile(l -> l.startsWith("#"))
        .map(l -> l.substring(1).trim()).collect(Collectors.joining(" "));
    int end = comment.indexOf(". ");
    return end < 0 ? comment : comment.substring(0, end + 1);
  }
}
