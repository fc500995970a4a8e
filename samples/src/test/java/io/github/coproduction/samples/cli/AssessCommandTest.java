package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.serialization.DocumentType;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import io.github.coproduction.serialization.JsonLines;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code assess} of several files: output that reads back, one assessment per file. */
class AssessCommandTest {

  private static final String[] FILES = {"examples/crisis-service-redesign.yaml",
      "examples/ward-improvement.yaml", "examples/research-project.yaml"};

  private static Cli assess(String format) {
    String[] args = new String[FILES.length + 5];
    args[0] = "assess";
    System.arraycopy(FILES, 0, args, 1, FILES.length);
    System.arraycopy(new String[] {"--format", format, "--date", "2026-11-25"}, 0, args,
        FILES.length + 1, 4);
    return Cli.run(args);
  }

  private static Assessment single(String file, Format format) {
    Cli run = Cli.run("assess", file, "--format", format.name().toLowerCase(java.util.Locale.ROOT),
        "--date", "2026-11-25");
    return Documents.strict().read(DocumentType.ASSESSMENT, run.out(), format, file);
  }

  @Test
  void severalFilesAsJsonAreJsonLinesOfTheSameAssessments() {
    Cli run = assess("json");
    assertThat(run.code()).as("%s", run).isZero();
    List<Assessment> read = JsonLines.read(DocumentType.ASSESSMENT, new StringReader(run.out()),
        "out", Documents.strict(), JsonLines.OnError.FAIL).map(JsonLines.Line::get).toList();
    assertThat(read).isEqualTo(Arrays.stream(FILES).map(f -> single(f, Format.JSON)).toList());
  }

  @Test
  void severalFilesAsYamlAreAStreamOfDocuments() {
    Cli run = assess("yaml");
    assertThat(run.code()).as("%s", run).isZero();
    String[] documents = run.out().split("(?m)^---\n");
    assertThat(documents).hasSize(FILES.length);
    for (int i = 0; i < FILES.length; i++) {
      assertThat(Documents.strict().read(DocumentType.ASSESSMENT, documents[i], Format.YAML,
          "out")).isEqualTo(single(FILES[i], Format.YAML));
    }
  }

  @Test
  void severalFilesAsCsvShareOneHeader() {
    Cli run = assess("csv");
    assertThat(run.out().lines().filter(l -> l.startsWith("initiative,profile,rule,")).count())
        .isEqualTo(1);
    assertThat(run.out()).contains("crisis-redesign,", "ward-improvement", "research");
  }
}
