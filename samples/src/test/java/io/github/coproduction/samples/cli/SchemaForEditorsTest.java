package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.serialization.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's editor set-up: save the schema with {@code coproduction schema}, point the YAML
 * language server at it with a modeline, and the document still reads as before.
 */
class SchemaForEditorsTest {

  static final String MODELINE = "# yaml-language-server: $schema=initiative.schema.json";

  @TempDir
  Path dir;

  @Test
  void theSchemaCommandPrintsTheInitiativeSchema() {
    Cli run = Cli.run("schema");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(Schemas.initiative())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  @Test
  void aDocumentWithTheModelineAssessesAsWithout() throws IOException {
    Path ward = Path.of("examples", "ward-improvement.yaml");
    Path withModeline = Files.writeString(dir.resolve("ward.yaml"),
        MODELINE + "\n" + Files.readString(ward));
    Files.writeString(dir.resolve("initiative.schema.json"), Cli.run("schema").out());
    Cli run = Cli.run("assess", withModeline.toString(), "--format", "json", "--date",
        "2026-11-25");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo(
        Cli.run("assess", ward.toString(), "--format", "json", "--date", "2026-11-25").out());
  }
}
