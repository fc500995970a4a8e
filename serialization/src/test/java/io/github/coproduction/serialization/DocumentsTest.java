package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The reading and writing API: formats, files, encodings, modes, versions and output shape. */
class DocumentsTest {

  private static final String MINIMAL_YAML =
      "schemaVersion: \"1.2\"\nid: x\ntitle: X\nstage: planning\n";
  private static final Initiative MINIMAL =
      new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();

  @TempDir
  Path dir;

  @Test
  void formatsFollowTheFileName() {
    assertThat(Format.of(Path.of("a.json"))).isEqualTo(Format.JSON);
    assertThat(Format.of(Path.of("dir", "A.JSONL"))).isEqualTo(Format.JSON);
    assertThat(Format.of(Path.of("a.yaml"))).isEqualTo(Format.YAML);
    assertThat(Format.of(Path.of("a.yml"))).isEqualTo(Format.YAML);
    assertThatThrownBy(() -> Format.of(Path.of("a.txt")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.txt")
        .hasMessageContaining(".json, .jsonl, .yaml or .yml");
  }

  @Test
  void readsFilesAndNamesThemInErrors() throws Exception {
    Path good = Files.writeString(dir.resolve("good.yaml"), MINIMAL_YAML);
    assertThat(Documents.strict().readInitiative(good)).isEqualTo(MINIMAL);
    Path bad = Files.writeString(dir.resolve("bad.yml"), MINIMAL_YAML + "stage: ended\n");
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> Documents.strict().readInitiative(bad));
    assertThat(e.source()).isEqualTo("bad.yml");
    assertThat(e.getMessage()).startsWith("bad.yml:5:6 at /stage: duplicate property 'stage', first given at line 4");
  }

  @Test
  void aFileThatCannotBeReadIsADocumentException() {
    DocumentException missing = catchThrowableOfType(DocumentException.class,
        () -> Documents.strict().readInitiative(dir.resolve("nowhere.json")));
    assertThat(missing.problem()).startsWith("no such file");
    assertThat(missing.line()).isZero();
    DocumentException wrongName = catchThrowableOfType(DocumentException.class,
        () -> Documents.strict().readInitiative(dir.resolve("notes.txt")));
    assertThat(wrongName.problem()).contains(".json, .jsonl, .yaml or .yml");
  }

  @Test
  void readsStreamsAndSkipsAByteOrderMark() {
    byte[] bom = ("\uFEFF" + MINIMAL_YAML).getBytes(StandardCharsets.UTF_8);
    assertThat(Documents.strict().read(DocumentType.INITIATIVE, new ByteArrayInputStream(bom),
        Format.YAML, "bom.yaml")).isEqualTo(MINIMAL);
    assertThat(Documents.strict().readInitiative("\uFEFF" + MINIMAL_YAML, Format.YAML, "bom"))
        .isEqualTo(MINIMAL);
  }

  @Test
  void documentsLargerThanTheLimitAreRefusedBeforeParsing() throws Exception {
    Documents small = Documents.strict().withLimits(ReadLimits.defaults()
        .withMaxDocumentBytes(100));
    String big = MINIMAL_YAML + "purpose: " + "x".repeat(200) + "\n";
    assertThat(catchThrowableOfType(DocumentException.class,
        () -> small.readInitiative(big, Format.YAML, "big.yaml")).problem())
        .contains("larger than the limit of 100 bytes");
    Path file = Files.writeString(dir.resolve("big.yaml"), big);
    assertThat(catchThrowableOfType(DocumentException.class, () -> small.readInitiative(file))
        .problem()).contains("is 262 bytes, larger than the limit of 100 bytes");
    assertThat(catchThrowableOfType(DocumentException.class, () -> small.read(
        DocumentType.INITIATIVE, new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, "big.yaml")).problem()).contains("larger than the limit of 100 bytes");
    assertThat(small.readInitiative(MINIMAL_YAML, Format.YAML, "small")).isEqualTo(MINIMAL);
  }

  @Test
  void limitsCanBeTightenedAndAreValidated() {
    Documents shallow = Documents.strict().withLimits(ReadLimits.defaults().withMaxDepth(2));
    String nested = MINIMAL_YAML + "power:\n  decisions: []\n";
    assertThat(catchThrowableOfType(DocumentException.class,
        () -> shallow.readInitiative(nested, Format.YAML, "n.yaml")).problem())
        .contains("nested deeper than the limit of 2");
    Documents noAliases = Documents.strict().withLimits(ReadLimits.defaults()
        .withMaxYamlAliases(0));
    String alias = MINIMAL_YAML.replace("title: X", "title: &t X") + "purpose: *t\n";
    assertThat(Documents.strict().readInitiative(alias, Format.YAML, "a.yaml").purpose())
        .isEqualTo(Recorded.present("X"));
    assertThat(catchThrowableOfType(DocumentException.class,
        () -> noAliases.readInitiative(alias, Format.YAML, "a.yaml")).problem())
        .contains("more than 0 YAML aliases");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(1))
        .hasMessage("maxDepth must be from 2 to 1000, but was 1");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxYamlAliases(-1))
        .hasMessageContaining("maxYamlAliases");
    assertThat(Documents.strict().withLimits(ReadLimits.defaults()))
        .isSameAs(Documents.strict());
    assertThat(shallow.isLenient()).isFalse();
    assertThat(Documents.lenient().withLimits(ReadLimits.defaults().withMaxDepth(2)).isLenient())
        .isTrue();
  }

  @Test
  void aNewerMinorVersionIsReadAndItsNewPropertiesNamed() {
    String newer = MINIMAL_YAML.replace("\"1.2\"", "\"1.3\"");
    Document<Initiative> doc = Documents.strict().readDocument(DocumentType.INITIATIVE, newer,
        Format.YAML, "newer.yaml");
    assertThat(doc.value()).isEqualTo(MINIMAL);
    assertThat(doc.schemaVersion()).isEqualTo("1.3");
    assertThat(Documents.strict().write(doc, Format.YAML)).startsWith("schemaVersion: \"1.2\"");
    Document<Initiative> lenient = Documents.lenient().readDocument(DocumentType.INITIATIVE,
        newer + "coSponsor: board\n", Format.YAML, "newer.yaml");
    assertThat(lenient.unknownProperties()).containsExactly("/coSponsor");
  }

  @Test
  void olderVersionsAreMigratedStepByStep() {
    // No older version exists yet; the mechanism is shown with a made-up one.
    Versions withHistory = new Versions(List.of(new Versions.Migration("0.9", "1.0", tree -> {
      ObjectNode t = tree.deepCopy();
      t.set("title", t.remove("name"));
      return t;
    })));
    ReadSession session = new ReadSession("old.json", Locator.NONE, false);
    ObjectNode old = Trees.parse("{\"schemaVersion\": \"0.9\", \"id\": \"x\", \"name\": \"X\","
        + " \"stage\": \"planning\"}");
    ObjectNode migrated = withHistory.check(new In(session, old, ""));
    assertThat(session.version()).isEqualTo("0.9");
    assertThat(InitiativeCodec.read(new In(session, migrated, ""))).isEqualTo(MINIMAL);
    assertThat(catchThrowableOfType(DocumentException.class, () -> Versions.STANDARD.check(
        new In(new ReadSession("old.json", Locator.NONE, false), old, ""))).problem())
        .contains("older than any version this release can read");
  }

  @Test
  void lenientModeStillRefusesBadValues() {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> Documents.lenient()
        .readInitiative(MINIMAL_YAML.replace("planning", "plannning") + "extra: 1\n",
            Format.YAML, "l.yaml"));
    assertThat(e.pointer()).isEqualTo("/stage");
  }

  @Test
  void writtenJsonHasTwoSpaceIndentsLineFeedsAndSchemaVersionFirst() {
    String json = Documents.strict().write(Generators.exemplary(), Format.JSON);
    assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.2\",\n  \"id\": ").endsWith("}\n")
        .doesNotContain("\r").doesNotContain("\" :").contains("\n    {\n      \"ref\": \"P01\"");
    String yaml = Documents.strict().write(Generators.exemplary(), Format.YAML);
    assertThat(yaml).startsWith("schemaVersion: \"1.2\"\nid: ").doesNotContain("---")
        .doesNotContain("\r").endsWith("\n");
    StringWriter out = new StringWriter();
    Documents.strict().write(Generators.exemplary(), Format.YAML, out);
    assertThat(out).hasToString(yaml);
  }

  @Test
  void notRecordedValuesAreLeftOutAndAbsentOnesAreFalse() {
    Initiative i = new Initiative.Builder().from(MINIMAL)
        .purpose(Recorded.absent())
        .arrangements(new Arrangements.Builder().groundRules(Provision.present())
            .emotionalSupport(Provision.absent("Not yet funded")).build())
        .build();
    assertThat(Documents.strict().write(i, Format.YAML)).isEqualTo(
        "schemaVersion: \"1.2\"\nid: x\ntitle: X\npurpose: false\nstage: planning\n"
        + "arrangements:\n"
        + "  emotionalSupport:\n    present: false\n    note: Not yet funded\n"
        + "  groundRules: true\n");
    assertThat(Documents.strict().write(MINIMAL, Format.YAML)).isEqualTo(MINIMAL_YAML);
  }

  @Test
  void writingSomethingElseFailsNamingWhatCanBeWritten() {
    assertThatThrownBy(() -> Documents.strict().write("text", Format.JSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String")
        .hasMessageContaining("Initiative, Assessment");
  }

  @TestFactory
  Stream<DynamicTest> awkwardTextSurvivesYamlAndJson() {
    List<String> texts = List.of("yes", "no", "No", "on", "off", "y", "n", "true", "False",
        "null", "NULL", "~", "1.0", "1e5", "0x1F", "0o17", "0123", "+1", "-1", ".inf", ".nan",
        "2026-03-01", "12:30", "a: b", "a #b", "#comment", "- item", "[x]", "{x: y}", "'quoted'",
        "\"double\"", "multi\nline\n", "ends with newline\n", "tab\there", " leading",
        "trailing ", "@at", "`tick", "!bang", "&anchor", "*alias", "%percent", "|pipe",
        ">greater", "=formula()", "?", "...", "---", "é ü ß 中文 😀", "back\\slash",
        "control\u0007char", "a,b,c", "<<");
    return texts.stream().map(t -> DynamicTest.dynamicTest(Pointers.quote(t), () -> {
      Initiative i = new Initiative.Builder().from(MINIMAL).title(t.isBlank() ? "x" : t)
          .purpose(Recorded.present(t)).build();
      for (Format format : Format.values()) {
        String text = Documents.strict().write(i, format);
        assertThat(Documents.strict().readInitiative(text, format, "t")).as(text).isEqualTo(i);
      }
    }));
  }

  @Test
  void unknownPropertiesOfAProvisionKeepItsLongForm() {
    String yaml = MINIMAL_YAML + "arrangements:\n  groundRules:\n    present: true\n"
        + "    agreedBy: board\n";
    Document<Initiative> doc = Documents.lenient().readDocument(DocumentType.INITIATIVE, yaml,
        Format.YAML, "p.yaml");
    assertThat(doc.value().arrangements().groundRules()).isEqualTo(Provision.present());
    assertThat(doc.unknownProperties()).containsExactly("/arrangements/groundRules/agreedBy");
    assertThat(Documents.lenient().write(doc, Format.YAML)).isEqualTo(yaml);
    assertThat(Documents.lenient().write(doc.withValue(MINIMAL), Format.YAML))
        .isEqualTo(MINIMAL_YAML);
    assertThat(Document.of(DocumentType.INITIATIVE, MINIMAL).unknownProperties()).isEmpty();
  }

  @Test
  void exceptionsReadAsSourceLineColumnPointerProblem() {
    assertThat(new DocumentException("a.yaml", 3, 7, "/x", "bad")).hasMessage("a.yaml:3:7 at /x: bad");
    assertThat(new DocumentException("a.yaml", 3, 0, "", "bad")).hasMessage("a.yaml:3: bad");
    assertThat(new DocumentException("a.yaml", 0, 9, "/x", "bad")).hasMessage("a.yaml at /x: bad")
        .satisfies(e -> assertThat(e.column()).isZero());
  }
}
