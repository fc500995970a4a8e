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
import io.github.coproduction.serialization.DocumentException;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import io.github.coproduction.serialization.JsonLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  enum Output {
    TEXT("txt", true), MARKDOWN("md", true), JSON("json", true), YAML("yaml", true),
    CSV("csv", true), HTML("html", false);

    /** The file extension of a report written to --output-dir. */
    final String extension;
    /** Whether the reports of several files can follow one another on standard output. */
    final boolean streams;

    Output(String extension, boolean streams) {
      this.extension = extension;
      this.streams = streams;
    }
  }

  /** The --fail-on threshold: a severity, or none. */
  enum Threshold { NONE, ADVISORY, MINOR, MAJOR, CRITICAL }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Initiative documents (.json,"
      + " .yaml or .yml), or - for one document on standard input.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text",
      description = {"text, markdown, json, yaml, csv or html (default: ${DEFAULT-VALUE}).",
          "With several files: json is JSON Lines (one assessment per line), yaml a stream of"
              + " documents separated by ---, text and markdown one report after another; html"
              + " needs --output-dir."})
  Output format;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write one report per file into DIR (created if missing), named after the"
          + " file: ward-improvement.yaml gives DIR/ward-improvement.html.")
  Path outputDir;

  @Option(names = "--fail-on", defaultValue = "none", paramLabel = "SEVERITY",
      description = "Exit with 1 when an unwaived gap is at or above this severity: none,"
          + " advisory, minor, major or critical (default: ${DEFAULT-VALUE}).")
  Threshold failOn;

  @Option(names = "--redact", description = "Leave participant references and free-text notes"
      + " out of every output.")
  boolean redact;

  @Mixin
  AssessorOptions setup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    check();
    Documents documents = Documents.strict();
    Assessor assessor = setup.assessor(documents);
    LocalDate on = setup.date();
    PrintWriter err = spec.commandLine().getErr();
    List<Assessed> assessments = new ArrayList<>();
    int unreadable = 0;
    for (Path file : files) {
      try {
        Initiative initiative = read(file, documents);
        if (redact) {
          initiative = Redaction.redact(initiative);
        }
        assessments.add(new Assessed(file, assessor.assess(initiative, on)));
      } catch (DocumentException | InputException | UncheckedIOException e) {
        if (files.size() == 1) {
          throw e;
        }
        // One bad file among several: say so and assess the rest; exit 2 at the end.
        err.println("coproduction: " + CoproductionCommand.describe(e));
        unreadable++;
      }
    }
    err.flush();
    if (outputDir != null) {
      write(assessments, documents);
    } else if (!assessments.isEmpty()) {
      print(assessments.stream().map(Assessed::assessment).toList(), documents);
    }
    if (unreadable > 0) {
      err.println("coproduction: " + (assessments.isEmpty()
          ? "none of the " + files.size() + " files could be read"
          : unreadable + " of " + files.size() + " files could not be read; the other "
              + assessments.size() + " were assessed"));
      err.flush();
      return CoproductionCommand.BAD_INPUT;
    }
    if (failOn == Threshold.NONE) {
      return 0;
    }
    Severity threshold = Severity.valueOf(failOn.name());
    return assessments.stream().anyMatch(a -> a.assessment().hasGapsAtLeast(threshold))
        ? CoproductionCommand.FINDINGS : 0;
  }

  /** An input file and its assessment. */
  private record Assessed(Path file, Assessment assessment) {}

  /** Usage problems found before any file is read. */
  private void check() {
    if (files.stream().filter(AssessCommand::isStandardInput).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read once");
    }
    String name = format.name().toLowerCase(Locale.ROOT);
    if (outputDir == null && files.size() > 1 && !format.streams) {
      throw new ParameterException(spec.commandLine(), "several files with --format " + name
          + " need --output-dir DIR, which gets one report per file; " + name + " reports"
          + " cannot follow one another on standard output");
    }
    if (outputDir != null) {
      Set<String> names = new HashSet<>();
      for (Path file : files) {
        String out = reportName(file);
        if (!names.add(out)) {
          throw new ParameterException(spec.commandLine(), "two files would both be written to "
              + outputDir.resolve(out) + "; give files with different names");
        }
      }
    }
  }

  private static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  private static Initiative read(Path file, Documents documents) {
    if (isStandardInput(file)) {
      Inputs.StandardInput in = Inputs.standardInput(System.in);
      return documents.readInitiative(in.text(), in.format(), Inputs.STDIN);
    }
    return documents.readInitiative(Inputs.document(file));
  }

  /** The report's file name in --output-dir: the input's name with the format's extension. */
  private String reportName(Path file) {
    String name = isStandardInput(file) ? "stdin" : String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + "." + format.extension;
  }

  private void write(List<Assessed> assessments, Documents documents) throws IOException {
    if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new InputException(outputDir + ": --output-dir is a file, not a directory");
    }
    Files.createDirectories(outputDir);
    PrintWriter out = spec.commandLine().getOut();
    for (Assessed a : assessments) {
      Path target = outputDir.resolve(reportName(a.file()));
      StringWriter text = new StringWriter();
      render(List.of(a.assessment()), documents, new PrintWriter(text));
      Files.writeString(target, text.toString(), StandardCharsets.UTF_8);
      out.println(target);
    }
    out.flush();
  }

  private void print(List<Assessment> assessments, Documents documents) {
    PrintWriter out = spec.commandLine().getOut();
    render(assessments, documents, out);
    out.flush();
  }

  private void render(List<Assessment> assessments, Documents documents, PrintWriter out) {
    ReportOptions options = ReportOptions.defaults();
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
