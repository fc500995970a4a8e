package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of malformed documents in {@code src/test/resources/malformed}: each file fails to
 * read with a {@link DocumentException} whose line, pointer and problem are those its line in
 * {@code index.txt} gives, and JSON files marked "schema" fail the initiative JSON Schema too,
 * with an error at the same JSON Pointer.
 */
class MalformedCorpusTest {

  record Entry(String file, String type, int line, String pointer, String problem,
      boolean schema) {
    static Entry parse(String text) {
      String[] f = text.split(" \\| ", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException("index line needs 6 fields: " + text);
      }
      return new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3].equals("-") ? "" : f[3], f[4],
          f[5].equals("schema"));
    }
  }

  static Path corpus() throws URISyntaxException {
    return Path.of(MalformedCorpusTest.class.getResource("/malformed/index.txt").toURI())
        .getParent();
  }

  static List<Entry> entries() throws IOException, URISyntaxException {
    return Files.readAllLines(corpus().resolve("index.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Entry::parse).toList();
  }

  static DocumentType<?> type(String name) {
    return switch (name) {
      case "initiative" -> DocumentType.INITIATIVE;
      case "checklist" -> DocumentType.CHECKLIST;
      case "profile" -> DocumentType.PROFILE;
      case "waivers" -> DocumentType.WAIVERS;
      case "assessment" -> DocumentType.ASSESSMENT;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Test
  void theCorpusHasAtLeastAHundredFilesAndEveryFileIsIndexed() throws Exception {
    List<Entry> entries = entries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(100);
    try (Stream<Path> files = Files.list(corpus())) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("index.txt")).sorted().toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(
          entries.stream().map(Entry::file).toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyMalformedDocumentFailsWithItsLocation() throws Exception {
    Path dir = corpus();
    return entries().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
      DocumentException error = catchThrowableOfType(DocumentException.class,
          () -> Documents.strict().read(type(e.type()), dir.resolve(e.file())));
      assertThat(error).as("%s must fail to read", e.file()).isNotNull();
      assertThat(error.source()).isEqualTo(e.file());
      assertThat(error.problem()).as("problem of %s", e.file()).contains(e.problem());
      assertThat(error.pointer()).as("pointer of %s", e.file()).isEqualTo(e.pointer());
      assertThat(error.line()).as("line of %s: %s", e.file(), error.getMessage())
          .isEqualTo(e.line());
      if (e.line() > 0) {
        assertThat(error.column()).as("column of %s", e.file()).isPositive();
      }
      assertThat(error.getMessage()).startsWith(e.file()).contains(error.problem())
          .doesNotContain("tools.jackson", "org.snakeyaml", "Exception", "[Source");
    }));
  }

  @TestFactory
  Stream<DynamicTest> malformedJsonInitiativesFailTheSchemaToo() throws Exception {
    Path dir = corpus();
    return entries().stream().filter(Entry::schema).map(e -> DynamicTest.dynamicTest(e.file(),
        () -> {
          List<Error> errors = SchemaTest.validate(Files.readString(dir.resolve(e.file())));
          assertThat(errors).as("schema errors for %s", e.file()).isNotEmpty();
          // the schema finds the same fault, at the same place, as the reader
          assertThat(errors.stream().flatMap(MalformedCorpusTest::pointers).toList())
              .as("where the schema finds %s at fault: %s", e.file(), errors)
              .contains(e.pointer());
        }));
  }

  /**
   * The JSON Pointers a schema error names: the value at fault and, for a property that is
   * missing or not allowed, that property under it.
   */
  static Stream<String> pointers(Error error) {
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
      at.append('/').append(error.getInstanceLocation().getElement(i));
    }
    return error.getProperty() == null ? Stream.of(at.toString())
        : Stream.of(at.toString(), at + "/" + error.getProperty());
  }
}
