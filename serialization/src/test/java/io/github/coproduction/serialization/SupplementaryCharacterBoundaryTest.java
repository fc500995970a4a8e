package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character outside the Basic Multilingual Plane (an emoji: two UTF-16 chars) may stand
 * anywhere in a YAML document, including where the YAML scanner's 1,025-character window ends.
 * SnakeYAML Engine 3.0.1 read past its buffer there ("Range [1025, 1025 + 1) out of bounds") and
 * valid documents were refused; {@link PairKeepingReader} keeps reads on whole characters.
 */
class SupplementaryCharacterBoundaryTest {

  private static final String HEAD = "schemaVersion: \"1.0\"\nid: emoji\ntitle: ";
  private static final String EMOJI = "\uD83D\uDE00";

  @TempDir
  Path dir;

  /** Positions (1-based, in chars) either side of the first windows' ends, and some others. */
  private static List<Integer> positions() {
    List<Integer> at = new ArrayList<>();
    for (int window = 1; window <= 4; window++) {
      for (int d = -2; d <= 2; d++) {
        at.add(window * 1025 + d);
      }
    }
    at.addAll(List.of(1023, 1024, 2048, 2049, 4096, 4097));
    return at;
  }

  /** A title with the emoji starting at the given character, quoted or plain. */
  private static String document(int position, boolean quoted) {
    String head = HEAD + (quoted ? "\"" : "");
    String before = "a".repeat(position - 1 - head.length());
    return head + before + EMOJI + "b" + (quoted ? "\"" : "") + "\nstage: running\n";
  }

  @Test
  void anEmojiAtEveryWindowEdgeReadsAsWritten() throws IOException {
    Documents documents = Documents.strict();
    for (int position : positions()) {
      for (boolean quoted : new boolean[] {true, false}) {
        String yaml = document(position, quoted);
        assertThat(yaml.indexOf(EMOJI)).isEqualTo(position - 1);
        int start = HEAD.length() + (quoted ? 1 : 0);
        String expected = yaml.substring(start, yaml.indexOf(EMOJI) + EMOJI.length() + 1);
        assertThat(expected).startsWith("a").endsWith(EMOJI + "b");
        Initiative fromText = documents.readInitiative(yaml, Format.YAML, "emoji.yaml");
        assertThat(fromText.title()).as("at %d, quoted %s", position, quoted)
            .isEqualTo(expected);
        Path file = Files.write(dir.resolve("emoji-" + position + quoted + ".yaml"),
            yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(documents.readInitiative(file).title()).isEqualTo(expected);
      }
    }
  }

  @Test
  void anEmojiInACommentAtAWindowEdgeIsSkipped() {
    for (int position : positions()) {
      String comment = "# ";
      String yaml = comment + "c".repeat(position - 1 - comment.length()) + EMOJI
          + "\nschemaVersion: \"1.0\"\nid: emoji\ntitle: T\nstage: running\n";
      assertThat(Documents.strict().readInitiative(yaml, Format.YAML, "c.yaml").title())
          .isEqualTo("T");
    }
  }

  @Test
  void readsEndOnWholeCharactersAndLoseNothing() throws IOException {
    String text = "x".repeat(1024) + EMOJI + "y" + EMOJI;
    for (int size : new int[] {1, 2, 3, 1025, 4096}) {
      StringBuilder out = new StringBuilder();
      try (Reader r = new PairKeepingReader(new StringReader(text))) {
        char[] buffer = new char[size];
        int n;
        while ((n = r.read(buffer, 0, size)) >= 0) {
          assertThat(n).isPositive();
          if (n > 1) {
            assertThat(Character.isHighSurrogate(buffer[n - 1])).isFalse();
          }
          out.append(buffer, 0, n);
        }
      }
      assertThat(out.toString()).isEqualTo(text);
    }
  }
}
