package io.github.coproduction.samples.cli;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Redaction;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.report.HtmlReport;
import io.github.coproduction.rules.report.MarkdownReport;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.rules.report.TextReport;
import io.github.coproduction.serialization.Csv;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import io.github.coproduction.serialization.JsonLines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assesses initiatives and prints the reports. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess initiatives written in JSON or YAML and print their reports."
        + " Exit code 1 when a finding is at or above --fail-on.")
final class AssessCommand implements Callable<Integer> {

  enum Output { TEXT, MARKDOWN, JSON, YAML, CSV, HTML }

  /** The --fail-on threshold: a severity, or none. */
  enum Threshold { NONE, ADVISORY, MINOR, MAJOR, CRITICAL }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Initiative documents (.json,"
      + " .yaml or .yml).")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text",
      description = {"text, markdown, json, yaml, csv or html (default: ${DEFAULT-VALUE}).",
          "With several files: json is JSON Lines (one assessment per line), yaml a stream of"
              + " documents separated by ---, html and markdown one report after another."})
  Output format;

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
    print(assessments, documents);
    if (failOn == Threshold.NONE) {
      return 0;
    }
    Severity threshold = Severity.valueOf(failOn.name());
    return assessments.stream().anyMatch(a -> a.hasGapsAtLeast(threshold))
        ? CoproductionCommand.FINDINGS : 0;
  }

  private void print(List<Assessment> assessments, Documents documents) {
    PrintWriter out = spec.commandLine().getOut();
    ReportOptions options = ReportOptions.defaults().withDetail(detail);
    switch (format) {
      case CSV -> out.print(Csv.findings(assessments));
      case JSON -> {
        if (assessments.size() == 1) {
          out.print(documents.write(assessments.get(0), Format.JSON));
        } else {
          JsonLines.write(assessments, out);
        }
      }
      case YAML -> {
        for (int i = 0; i < assessments.size(); i++) {
          out.print(i == 0 ? "" : "---\n");
          out.print(documents.write(assessments.get(i), Format.YAML));
        }
      }
      default -> {
        for (int i = 0; i < assessments.size(); i++) {
          Assessment a = assessments.get(i);
          out.print(switch (format) {
            case MARKDOWN -> MarkdownReport.render(a, options);
            case HTML -> HtmlReport.render(a, options);
            default -> TextReport.render(a, options);
          });
          if (i < assessments.size() - 1) {
            out.print(format == Output.TEXT ? "\n" + "=".repeat(78) + "\n\n" : "\n");
          }
        }
      }
    }
    out.flush();
  }

  @Override
  public String toString() {
    return "assess " + files + " --format " + format.name().toLowerCase(Locale.ROOT);
  }
}
