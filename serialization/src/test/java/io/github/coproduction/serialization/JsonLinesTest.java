package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Assessment;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: one compact document per line, read lazily with line numbers. */
class JsonLinesTest {

  @TempDir
  Path dir;

  @Test
  void writesOneCompactDocumentPerLineAndReadsThemBack() throws Exception {
    List<Initiative> initiatives = IntStream.range(0, 50)
        .mapToObj(n -> Generators.initiative((long) n)).toList();
    Path file = dir.resolve("portfolio.jsonl");
    try (Writer out = Files.newBufferedWriter(file)) {
      JsonLines.write(initiatives, out);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(50).allMatch(l -> l.startsWith("{\"schemaVersion\":\"1.2\","));
    try (Stream<JsonLines.Line<Initiative>> read =
        JsonLines.initiatives(file, Documents.strict(), JsonLines.OnError.FAIL)) {
      assertThat(read.map(JsonLines.Line::get).toList()).isEqualTo(initiatives);
    }
  }

  @Test
  void badLinesAreReportedWithTheirLineNumbersAndSkippedOrFatal() {
    String good = JsonLines.line(Generators.bare());
    String text = good + "\n\n" + "{\"schemaVersion\": \"1.2\", \"id\": \"x\"}\r\n"
        + good + "\r\n" + "{not json\n" + good;
    List<JsonLines.Line<Initiative>> lines = JsonLines.initiatives(new StringReader(text),
        "p.jsonl", Documents.strict(), JsonLines.OnError.SKIP).toList();
    assertThat(lines).extracting(JsonLines.Line::lineNumber).containsExactly(1L, 3L, 4L, 5L, 6L);
    assertThat(lines).extracting(JsonLines.Line::isValid)
        .containsExactly(true, false, true, false, true);
    DocumentException missing = lines.get(1).error().orElseThrow();
    assertThat(missing.getMessage()).startsWith("p.jsonl:3:1 at /title: missing required"
        + " property 'title'");
    DocumentException broken = lines.get(3).error().orElseThrow();
    assertThat(broken.line()).isEqualTo(5);
    assertThat(broken.source()).isEqualTo("p.jsonl");

    Stream<JsonLines.Line<Initiative>> fatal = JsonLines.initiatives(new StringReader(text),
        "p.jsonl", Documents.strict(), JsonLines.OnError.FAIL);
    DocumentException thrown = catchThrowableOfType(DocumentException.class, fatal::toList);
    assertThat(thrown.line()).isEqualTo(3);
  }

  @Test
  void invalidUtf8AndOverlongLinesSpoilOnlyTheirOwnLine() {
    byte[] good = (JsonLines.line(Generators.bare()) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"schemaVersion\": \"1.2\", \"title\": \"Caf\u00e9\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] huge = ("{\"x\": \"" + "a".repeat(500) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.writeBytes(good);
    all.writeBytes(bad);
    all.writeBytes(huge);
    all.writeBytes(good);
    Documents small = Documents.strict().withLimits(ReadLimits.defaults()
        .withMaxDocumentBytes(400));
    List<JsonLines.Line<Initiative>> lines = JsonLines.read(DocumentType.INITIATIVE,
        new ByteArrayInputStream(all.toByteArray()), "p.jsonl", small,
        JsonLines.OnError.SKIP).toList();
    assertThat(lines).extracting(JsonLines.Line::isValid).containsExactly(true, false, false,
        true);
    assertThat(lines.get(1).error().orElseThrow().getMessage()).startsWith("p.jsonl:2:")
        .contains("not valid UTF-8");
    assertThat(lines.get(2).error().orElseThrow().problem())
        .contains("longer than the limit of 400 bytes");
    assertThat(lines.get(3).lineNumber()).isEqualTo(4);
  }

  @Test
  void readsLazilyOneLineAtATime() {
    // An endless portfolio: only what is asked for is ever read.
    String line = JsonLines.line(Generators.bare()) + "\n";
    InputStream endless = new InputStream() {
      private final byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      private long position;

      @Override
      public int read() {
        return bytes[(int) (position++ % bytes.length)];
      }
    };
    List<JsonLines.Line<Initiative>> first = JsonLines.read(DocumentType.INITIATIVE, endless,
        "endless.jsonl", Documents.strict(), JsonLines.OnError.FAIL).limit(1000).toList();
    assertThat(first).hasSize(1000).allMatch(JsonLines.Line::isValid);
    assertThat(first.get(999).lineNumber()).isEqualTo(1000);
  }

  @Test
  void streamsAssessmentsToo() {
    Random random = new Random(7);
    List<Assessment> assessments = IntStream.range(0, 5)
        .mapToObj(n -> RulesGenerators.assessment(random)).toList();
    StringWriter out = new StringWriter();
    JsonLines.write(assessments.stream(), out);
    assertThat(JsonLines.read(DocumentType.ASSESSMENT, new StringReader(out.toString()), "a",
        Documents.strict(), JsonLines.OnError.FAIL).map(JsonLines.Line::get).toList())
        .isEqualTo(assessments);
  }

  @Test
  void aMissingFileIsADocumentException() {
    assertThat(catchThrowableOfType(DocumentException.class, () -> JsonLines.initiatives(
        dir.resolve("none.jsonl"), Documents.strict(), JsonLines.OnError.SKIP)).source())
        .isEqualTo("none.jsonl");
  }

  @Test
  void aDuplicateKeyIsReportedOnItsOwnLineWithTheFirstOccurrenceThere() {
    String good = JsonLines.line(Generators.bare());
    String dup = good.replaceFirst("\\{", "{\"title\": \"twice\", ");
    String text = good + "\n" + good + "\n\n" + dup + "\n";
    List<JsonLines.Line<Initiative>> lines = JsonLines.initiatives(new StringReader(text),
        "dup.jsonl", Documents.strict(), JsonLines.OnError.SKIP).toList();
    DocumentException e = lines.get(lines.size() - 1).error().orElseThrow();
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).contains("duplicate property 'title', first given at line 4,"
        + " column 2");
    assertThat(e.getMessage()).doesNotContain("line 1,");
  }
}
