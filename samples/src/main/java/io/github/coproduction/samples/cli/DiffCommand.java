package io.github.coproduction.samples.cli;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Redaction;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.progress.Progress;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.serialization.DocumentException;
import io.github.coproduction.serialization.DocumentType;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares two assessments of one initiative. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Show what changed between two assessments of the same initiative: gaps"
        + " closed, opened and persisting, conditions and changes whose status moved, and the"
        + " ladder then and now.",
        "OLD and NEW are each an initiative (assessed here, both as on --date) or a stored"
            + " assessment (written by 'assess --format json|yaml'), in JSON or YAML."
            + " Exit code 1 when a gap opened at or above --fail-on."})
final class DiffCommand implements Callable<Integer> {

  /** A stored assessment names its date; an initiative has no such property. */
  private static final Pattern ASSESSMENT = Pattern.compile("\"?assessedOn\"?\\s*:");

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier document.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later document.")
  Path newer;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fail-on", defaultValue = "none", paramLabel = "SEVERITY",
      description = "Exit with 1 when a gap opened at or above this severity: none, advisory,"
          + " minor, major or critical (default: ${DEFAULT-VALUE}).")
  AssessCommand.Threshold failOn;

  @Option(names = "--redact", description = "Assess initiatives with participant references,"
      + " free-text notes, the profile's name and the waivers' justifications left out. Stored"
      + " assessments cannot be redacted.")
  boolean redact;

  @Mixin
  AssessorOptions setup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormat chosen = ReportFormat.named(format).filter(ReportFormat::rendersProgress)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown format '"
            + format + "' for diff: use one of " + ReportFormat.names(
                ReportFormat::rendersProgress)));
    Documents documents = Documents.strict();
    Assessor assessor = setup.assessor(documents, redact);
    LocalDate on = setup.date();
    Assessed earlier = assessment(older, documents, assessor, on);
    Assessed later = assessment(newer, documents, assessor, on);
    Assessment before = earlier.assessment();
    Assessment after = later.assessment();
    if (!before.initiative().equals(after.initiative())) {
      throw new InputException(older + " and " + newer + " are about different initiatives: \""
          + before.initiative() + "\" and \"" + after.initiative() + "\"");
    }
    // With both records, a participant or a checklist answer is known wherever it is listed.
    Progress progress = earlier.record() != null && later.record() != null
        ? Progress.between(before, earlier.record(), after, later.record())
        : Progress.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    out.print(chosen.renderProgress(progress, setup.reportOptions()));
    out.flush();
    if (failOn == AssessCommand.Threshold.NONE) {
      return 0;
    }
    Severity threshold = Severity.valueOf(failOn.name());
    return progress.opened().stream().anyMatch(f -> f.isOpenGap() && f.severity()
        .isAtLeast(threshold)) ? CoproductionCommand.FINDINGS : 0;
  }

  /** A stored assessment as it is, or an initiative assessed now. */
  /** An assessment, and the record it assessed when the document was an initiative. */
  private record Assessed(Assessment assessment, Initiative record) {}

  private Assessed assessment(Path file, Documents documents, Assessor assessor,
      LocalDate on) throws IOException {
    Format format = Inputs.format(Inputs.document(file));
    byte[] bytes = Files.readAllBytes(file);
    boolean stored = ASSESSMENT.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find();
    try {
      return read(bytes, stored, format, file, documents, assessor, on);
    } catch (DocumentException first) {
      // The guess was wrong only if the other reading succeeds; otherwise the first error stands.
      try {
        return read(bytes, !stored, format, file, documents, assessor, on);
      } catch (DocumentException second) {
        throw first;
      }
    }
  }

  private Assessed read(byte[] bytes, boolean stored, Format format, Path file,
      Documents documents, Assessor assessor, LocalDate on) {
    String source = file.toString();
    if (stored) {
      return new Assessed(stored(documents.read(DocumentType.ASSESSMENT,
          new ByteArrayInputStream(bytes), format, source), file), null);
    }
    Initiative read = documents.read(DocumentType.INITIATIVE, new ByteArrayInputStream(bytes),
        format, source);
    Initiative assessed = redact ? Redaction.redact(read) : read;
    return new Assessed(Inputs.assess(assessor, assessed, on, null), assessed);
  }

  private Assessment stored(Assessment assessment, Path file) {
    if (redact) {
      throw new InputException(file + ": is a stored assessment, which --redact cannot redact;"
          + " give the initiative instead");
    }
    return assessment;
  }

  /** The names of the formats that render a comparison, from the registry. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ReportFormat.available().stream().filter(ReportFormat::rendersProgress)
          .map(ReportFormat::name).iterator();
    }
  }
}
