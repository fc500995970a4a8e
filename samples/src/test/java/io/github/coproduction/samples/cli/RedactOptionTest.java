package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --redact}: no participant reference and no free text of the record reaches any output
 * format of {@code assess} or {@code diff}.
 */
class RedactOptionTest {

  /** Each stands in a field that may hold personal data; none may appear once redacted. */
  private static final List<String> MARKERS = List.of("ZqRefAmy", "ZqRefBen", "ZqRefCal",
      "ZqRefDee", "ZqRefEli", "ZqRefFay", "ZqPurpose", "ZqSubject", "ZqNotOpen", "ZqPolicyNote",
      "ZqTimetableNote", "ZqRiskWellbeing", "ZqRiskService", "ZqResponseNote", "ZqEvidence",
      "ZqReflection");

  @TempDir
  Path dir;

  private Path marked() throws IOException {
    String text = Files.readString(Path.of("examples", "crisis-service-redesign.yaml"))
        .replace("P01", "ZqRefAmy").replace("P02", "ZqRefBen").replace("C01", "ZqRefCal")
        .replace("S01", "ZqRefDee").replace("S02", "ZqRefEli").replace("S03", "ZqRefFay")
        .replace("purpose: Design a crisis house", "purpose: ZqPurpose design a crisis house")
        .replace("subject: Crisis house model", "subject: ZqSubject")
        .replace("The location of the crisis house", "ZqNotOpen")
        .replace("Policy is being drafted by finance", "ZqPolicyNote")
        .replace("Workshops are fixed to the programme board cycle", "ZqTimetableNote")
        .replace("carriedBy: participants", "carriedBy: participants\n    description: ZqRiskWellbeing")
        .replace("carriedBy: organisations", "carriedBy: organisations\n    description: ZqRiskService")
        .replace("reflections: false", """
            checklist:
              checklist: coproduction-default
              responses:
                - item: B05
                  answer: "no"
                  note: ZqResponseNote
                  evidence: [ZqEvidence]
            reflections:
              - date: 2026-02-10
                phase: during
                roles: [service-user]
                note: ZqReflection
            """);
    return Files.writeString(dir.resolve("marked.yaml"), text);
  }

  /** What the tool writes for a format, as text. */
  private String output(ReportFormat f, Path input, String level, boolean redact)
      throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("assess", input.toString(),
        "--format", f.name()));
    if (!level.isEmpty()) {
      args.add(level);
    }
    if (redact) {
      args.add("--redact");
    }
    Path pdf = dir.resolve("out-" + redact + level + ".pdf");
    if (f.binary()) {
      args.addAll(List.of("--output", pdf.toString()));
    }
    Cli run = Cli.run(args.toArray(String[]::new));
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
    if (!f.binary()) {
      return run.out();
    }
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
    }
  }

  @Test
  void noMarkerReachesAnyFormat() throws IOException {
    Path marked = marked();
    // Every registered format, at both levels for those people read; a PDF is checked by its
    // text as PDFBox extracts it.
    for (ReportFormat f : ReportFormat.available()) {
      for (String level : f.humanReadable() ? List.of("", "--detail") : List.of("")) {
        String format = f.name() + (level.isEmpty() ? "" : " " + level);
        String plain = output(f, marked, level, false);
        String redacted = output(f, marked, level, true);
        for (String marker : MARKERS) {
          assertThat(redacted).as("%s in %s", marker, format).doesNotContain(marker);
        }
        assertThat(MARKERS).as("markers in the unredacted %s output, so the test can fail",
            format).anyMatch(plain::contains);
      }
    }
    Path later = Files.writeString(dir.resolve("later.yaml"), Files.readString(marked)
        .replace("emotionalSupport: false", "emotionalSupport: true"));
    for (String format : new String[] {"text", "markdown", "json", "yaml"}) {
      Cli diff = Cli.run("diff", marked.toString(), later.toString(), "--format", format,
          "--redact");
      assertThat(diff.code()).as("%s", diff).isZero();
      for (String marker : MARKERS) {
        assertThat(diff.out()).as("%s in diff %s", marker, format).doesNotContain(marker);
      }
    }
  }

  @Test
  void theMarkedRecordIsValidAndUsesEveryMarker() throws IOException {
    String text = Files.readString(marked());
    assertThat(MARKERS).allMatch(text::contains);
    Cli json = Cli.run("assess", marked().toString(), "--format", "json");
    assertThat(json.code()).as("%s", json).isZero();
  }
}
