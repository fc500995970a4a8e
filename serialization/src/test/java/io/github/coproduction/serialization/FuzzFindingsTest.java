package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.Initiative;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression examples for the bugs {@link ReaderFuzzTest} found, one test each, so that they stay
 * fixed whatever the fuzzing's seeds and counts.
 */
class FuzzFindingsTest {

  private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",";

  /**
   * Found by fuzzing (an escape of half a surrogate pair inserted into a checklist's text): the
   * reader kept it; written as YAML it came back as another character, and as UTF-8 bytes as '?'.
   * It is now refused where it stands.
   */
  @Test
  void anUnpairedSurrogateInATextIsRefusedAtItsPointer() {
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> Documents.strict().readInitiative(HEAD + "\"title\":\"A\\ud800B\","
            + "\"stage\":\"running\"}", Format.JSON, "x.json"));
    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("unpaired surrogate \\uD800 at character 2");

    DocumentException low = catchThrowableOfType(DocumentException.class,
        () -> Documents.strict().readInitiative("schemaVersion: \"1.0\"\nid: x\ntitle: \"\\uDC00\""
            + "\nstage: running\n", Format.YAML, "x.yaml"));
    assertThat(low).isNotNull();
    assertThat(low.pointer()).isEqualTo("/title");
    assertThat(low.line()).isEqualTo(3);
    assertThat(low.problem()).contains("unpaired surrogate \\uDC00");
  }

  @Test
  void anUnpairedSurrogateInAPropertyNameIsRefused() {
    // JSON's parser refuses these itself; YAML's does not
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> Documents.lenient().readInitiative("schemaVersion: \"1.0\"\nid: x\ntitle: T\n"
            + "stage: running\n\"n\\udbff\": 1\n", Format.YAML, "x.yaml"));
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem()).contains("a property name holds an unpaired surrogate \\uDBFF");
  }

  @Test
  void aSurrogatePairIsOneCharacterAndReadsBack() {
    // Guards the fix: an emoji written as a pair of escapes is a character like any other.
    Initiative i = Documents.strict().readInitiative(HEAD + "\"title\":\"Peer \\ud83d\\ude00\","
        + "\"stage\":\"running\"}", Format.JSON, "x.json");
    assertThat(i.title()).isEqualTo("Peer \uD83D\uDE00");
    for (Format f : Format.values()) {
      assertThat(Documents.strict().readInitiative(Documents.strict().write(i, f), f, "again"))
          .isEqualTo(i);
    }
  }

  /**
   * Found by fuzzing (a byte of a JSON Lines line set to 0x0D): a bare carriage return inside a
   * JSON Lines line is a line break to the JSON parser, so the line's error named the next line of
   * the file (3 instead of 2), disagreeing with {@link JsonLines.Line#lineNumber()}.
   */
  @Test
  void aBareCarriageReturnInAJsonLinesLineKeepsTheErrorOnItsLine() {
    String lines = HEAD + "\"title\":\"A\",\"stage\":\"running\"}\n"
        + HEAD + "\"title\":\"B\",\r\"stage\":\"runing\"}\n";
    List<JsonLines.Line<Initiative>> read = JsonLines.initiatives(new StringReader(lines),
        "p.jsonl", Documents.strict(), JsonLines.OnError.SKIP).toList();
    assertThat(read).hasSize(2);
    assertThat(read.get(0).isValid()).isTrue();
    DocumentException e = read.get(1).error().orElseThrow();
    assertThat(e.line()).as(e.getMessage()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/stage");
    // the column counts from the start of the file's line, the carriage return included
    int column = (HEAD + "\"title\":\"B\",\r\"stage\":").length() + 1;
    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
  }
}
