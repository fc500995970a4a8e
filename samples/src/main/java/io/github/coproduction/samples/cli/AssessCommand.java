package io.github.coproduction.samples.cli;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Redaction;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.serialization.Documents;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assesses initiatives and prints the reports. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess initiatives written in JSON or YAML and print their reports."
        + " Exit code 1 when a finding is at or above --fail-on.")
final class AssessCommand implements Callable<Integer> {

  /** The --fail-on threshold: a severity, or none. */
  enum Threshold { NONE, ADVISORY, MINOR, MAJOR, CRITICAL }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Initiative documents (.json,"
      + " .yaml or .yml).")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = {"One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
          "With several files: json is JSON Lines (one assessment per line), yaml a stream of"
              + " documents separated by ---, csv one table, html and markdown one report after"
              + " another; pdf takes one file and needs --output."})
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to this file instead of standard output.")
  Path output;

  @Option(names = "--fail-on", defaultValue = "none", paramLabel = "SEVERITY",
      description = "Exit with 1 when an unwaived gap is at or above this severity: none,"
          + " advisory, minor, major or critical (default: ${DEFAULT-VALUE}).")
  Threshold failOn;

  @Option(names = "--redact", description = "Leave participant references and free-text notes"
      + " out of every output.")
  boolean redact;

  @Option(names = "--detail", description = "For developers: add rule ids, element codes and"
      + " the JSON Pointers of the evidence to the text, Markdown, HTML and PDF reports, with"
      + " every finding and what each rule did. JSON, YAML and CSV are always complete.")
  boolean detail;

  @Mixin
  AssessorOptions setup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ReportFormat chosen = chosenFormat();
    Documents documents = Documents.strict();
    Assessor assessor = setup.assessor(documents);
    LocalDate on = setup.date();
    List<Assessment> assessments = new ArrayList<>();
    for (Path file : files) {
      Initiative initiative = documents.readInitiative(Inputs.document(file));
      if (redact) {
        initiative = Redaction.redact(initiative);
      }
      assessments.add(assessor.assess(initiative, on));
    }
    print(assessments, chosen);
    if (failOn == Threshold.NONE) {
      return 0;
    }
    Severity threshold = Severity.valueOf(failOn.name());
    return assessments.stream().anyMatch(a -> a.hasGapsAtLeast(threshold))
        ? CoproductionCommand.FINDINGS : 0;
  }

  private void print(List<Assessment> assessments, ReportFormat chosen) {
    ReportOptions options = ReportOptions.defaults().withDetail(detail);
    if (output != null) {
      byte[] bytes = chosen.render(assessments, options);
      try {
        Files.write(output, bytes);
      } catch (IOException e) {
        throw new InputException("cannot write " + output + ": " + e.getMessage());
      }
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(chosen.renderText(assessments, options));
    out.flush();
  }

  /** The format asked for, checked before any file is read. */
  private ReportFormat chosenFormat() {
    ReportFormat chosen = ReportFormat.named(format).orElseThrow(() -> usage(
        "unknown format '" + format + "': use one of " + ReportFormat.names()));
    if (chosen.binary() && output == null) {
      throw usage("--format " + chosen.name() + " writes a binary file: give --output FILE");
    }
    if (chosen.binary() && files.size() > 1) {
      throw usage("--format " + chosen.name() + " holds one report: give one file, not "
          + files.size());
    }
    return chosen;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The format names for picocli's help and completion, from the registry. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ReportFormat.available().stream().map(ReportFormat::name).iterator();
    }
  }

  @Override
  public String toString() {
    return "assess " + files + " --format " + format;
  }
}
