package io.github.coproduction.samples.cli;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Redaction;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.serialization.DocumentException;
import io.github.coproduction.serialization.Documents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  /** The --fail-on threshold: a severity, or none. */
  enum Threshold { NONE, ADVISORY, MINOR, MAJOR, CRITICAL }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Initiative documents (.json,"
      + " .yaml or .yml), or - for one document on standard input.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = {"One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
          "With several files: json is JSON Lines (one assessment per line), yaml a stream of"
              + " documents separated by ---, csv one table, text and markdown one report after"
              + " another; html and pdf need --output-dir. pdf is written to a file only"
              + " (--output or --output-dir)."})
  String format;

  @Option(names = "--detail", description = "For developers: add rule ids, element codes and"
      + " the JSON Pointers of the evidence to the text, Markdown, HTML and PDF reports, with"
      + " every finding and what each rule did. JSON, YAML and CSV are always complete.")
  boolean detail;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to this file instead of standard output.")
  Path output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write one report per file into DIR (created if missing), named after the"
          + " file: ward-improvement.yaml gives DIR/ward-improvement.html.")
  Path outputDir;

  @Option(names = "--fail-on", defaultValue = "none", paramLabel = "SEVERITY",
      description = "Exit with 1 when an unwaived gap is at or above this severity: none,"
          + " advisory, minor, major or critical (default: ${DEFAULT-VALUE}).")
  Threshold failOn;

  @Option(names = "--redact", description = "Leave participant references, free-text notes, the"
      + " profile's name and the waivers' justifications out of every output.")
  boolean redact;

  @Mixin
  AssessorOptions setup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormat chosen = check();
    Documents documents = Documents.strict();
    Assessor assessor = setup.assessor(documents, redact);
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
        assessments.add(new Assessed(file, Inputs.assess(assessor, initiative, on, file)));
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
      write(assessments, chosen);
    } else if (!assessments.isEmpty()) {
      print(assessments.stream().map(Assessed::assessment).toList(), chosen);
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

  /** Usage problems found before any file is read; the format asked for. */
  private ReportFormat check() {
    ReportFormat chosen = ReportFormat.named(format).orElseThrow(() -> usage(
        "unknown format '" + format + "': use one of " + ReportFormat.names()));
    String name = chosen.name();
    if (files.stream().filter(AssessCommand::isStandardInput).count() > 1) {
      throw usage("standard input (-) can be read once");
    }
    if (output != null && outputDir != null) {
      throw usage("give --output FILE or --output-dir DIR, not both");
    }
    if (outputDir == null && files.size() > 1 && !chosen.streams()) {
      throw usage("several files with --format " + name + " need --output-dir DIR, which gets"
          + " one report per file; " + name + " reports cannot follow one another"
          + (chosen.binary() ? " in one file" : " on standard output"));
    }
    if (chosen.binary() && output == null && outputDir == null) {
      throw usage("--format " + name + " writes a binary file: give --output FILE");
    }
    if (outputDir != null) {
      Set<String> names = new HashSet<>();
      for (Path file : files) {
        String out = reportName(file, chosen);
        if (!names.add(out)) {
          throw usage("two files would both be written to " + outputDir.resolve(out)
              + "; give files with different names");
        }
      }
    }
    return chosen;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  private static Initiative read(Path file, Documents documents) {
    if (isStandardInput(file)) {
      Inputs.StandardInput in = Inputs.standardInput(System.in);
      return documents.readInitiative(in.text(), in.format(), Inputs.STDIN);
    }
    if (Inputs.isStream(file)) {
      Inputs.StandardInput in = Inputs.stream(file);
      return documents.readInitiative(in.text(), in.format(), file.toString());
    }
    return documents.readInitiative(Inputs.document(file));
  }

  /** The report's file name in --output-dir: the input's name with the format's extension. */
  private static String reportName(Path file, ReportFormat chosen) {
    String name = isStandardInput(file) ? "stdin" : String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + "." + chosen.extension();
  }

  private ReportOptions options() {
    return setup.reportOptions().withDetail(detail);
  }

  private void write(List<Assessed> assessments, ReportFormat chosen) throws IOException {
    if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new InputException(outputDir + ": --output-dir is a file, not a directory");
    }
    Files.createDirectories(outputDir);
    PrintWriter out = spec.commandLine().getOut();
    for (Assessed a : assessments) {
      Path target = outputDir.resolve(reportName(a.file(), chosen));
      Files.write(target, chosen.render(List.of(a.assessment()), options()));
      out.println(target);
    }
    out.flush();
  }

  private void print(List<Assessment> assessments, ReportFormat chosen) {
    if (output != null) {
      try {
        Files.write(output, chosen.render(assessments, options()));
      } catch (IOException e) {
        throw new InputException("cannot write " + output + ": " + e.getMessage());
      }
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(chosen.renderText(assessments, options()));
    out.flush();
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
