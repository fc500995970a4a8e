package io.github.coproduction.samples.cli;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.report.ErrorLine;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.serialization.DocumentType;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.JsonLines;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collector;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assesses a whole portfolio, streaming, and prints the aggregate. */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
    description = {"Assess every initiative of a portfolio and print the aggregate: gaps by"
        + " severity, the prevalence of gaps for each condition and change, the rules that find"
        + " gaps most often and the ladder.",
        "INPUT is a JSON Lines file (one initiative per line), a folder of .json, .yaml, .yml"
            + " and .jsonl files, or - for JSON Lines on standard input. Records are read in"
            + " constant memory. Records that cannot be read are reported on standard error and"
            + " left out of the aggregate; the exit code is then 2. An input with no records,"
            + " or none that can be read, gives an empty aggregate (in text, a line saying"
            + " why) and exit code 2."})
final class PortfolioCommand implements Callable<Integer> {

  /** How many unreadable records are described on standard error; the rest are counted. */
  static final int ERRORS_SHOWN = 10;

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A JSON Lines file, a folder of documents, or - for standard input.")
  String input;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  /** The format asked for, checked before anything is read. */
  private ReportFormat chosen;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Threads that read and assess records (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--progress", negatable = true, paramLabel = "",
      description = "Show a count of records read on standard error (default: only when a"
          + " terminal is attached).")
  Boolean progress;

  @Mixin
  AssessorOptions setup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || threads > 256) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be from 1 to 256, but was " + threads);
    }
    chosen = ReportFormat.named(format).filter(ReportFormat::rendersPortfolio)
        .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
            "unknown format '" + format + "' for portfolio: use one of "
                + ReportFormat.names(ReportFormat::rendersPortfolio)));
    Documents documents = Documents.strict();
    LocalDate on = setup.date();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress != null ? progress : terminalAttached();
    PortfolioRun run = new PortfolioRun(setup.assessor(documents), on);
    PortfolioRun.Part result;
    ProgressLine line = showProgress ? ProgressLine.start(err, run::records) : null;
    try {
      result = read(run, documents);
    } finally {
      if (line != null) {
        line.close();
      }
    }
    // Always a result, in the format asked for: an empty aggregate says so rather than print
    // nothing, and a pipeline reading JSON, YAML or CSV still gets a document.
    print(result);
    for (String error : result.errors()) {
      err.println("coproduction: " + ErrorLine.line(error));
    }
    if (result.records() == 0) {
      err.println("coproduction: " + (input.equals("-") ? "standard input"
          : ErrorLine.quote(input)) + " holds no records: nothing was"
          + " assessed");
      err.flush();
      return CoproductionCommand.BAD_INPUT;
    }
    if (result.unreadable() > 1) {
      err.println("coproduction: " + result.unreadable() + " of " + result.records()
          + " records could not be read" + (result.unreadable() > result.errors().size()
              ? " (the first " + result.errors().size() + " are shown)" : "")
          + "; the aggregate counts the other " + (result.records() - result.unreadable()));
    }
    err.flush();
    return result.unreadable() > 0 ? CoproductionCommand.BAD_INPUT : 0;
  }

  private PortfolioRun.Part read(PortfolioRun run, Documents documents) throws IOException {
    Collector<JsonLines.Line<Initiative>, PortfolioRun.Part, PortfolioRun.Part> collector =
        run.collector(ERRORS_SHOWN);
    if (input.equals("-")) {
      InputStream in = System.in;
      return JsonLines.collect(DocumentType.INITIATIVE, in, "<stdin>", documents, threads,
          collector);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return folder(path, run, documents, collector);
    }
    if (Inputs.isStream(path)) {
      // a named pipe or process substitution: read as it comes, like standard input
      try (InputStream in = Files.newInputStream(path)) {
        return JsonLines.collect(DocumentType.INITIATIVE, in, path.toString(), documents,
            threads, collector);
      }
    }
    return JsonLines.collect(DocumentType.INITIATIVE, Inputs.lines(path), documents, threads,
        collector);
  }

  /** Every document under a folder, in path order: JSON Lines files and single documents. */
  private PortfolioRun.Part folder(Path dir, PortfolioRun run, Documents documents,
      Collector<JsonLines.Line<Initiative>, PortfolioRun.Part, PortfolioRun.Part> collector)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(PortfolioCommand::isDocument).sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new InputException(dir + ": holds no .json, .yaml, .yml or .jsonl files");
    }
    PortfolioRun.Part total = run.part(ERRORS_SHOWN);
    List<Path> single = new ArrayList<>();
    for (Path file : files) {
      if (isJsonLines(file)) {
        total = total.merge(JsonLines.collect(DocumentType.INITIATIVE, file, documents,
            threads, collector));
      } else {
        single.add(file);
      }
    }
    return total.merge(run.documents(single, documents, threads, ERRORS_SHOWN));
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")
        || isJsonLines(file);
  }

  private static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private void print(PortfolioRun.Part result) {
    PrintWriter out = spec.commandLine().getOut();
    if (chosen.humanReadable() && result.records() == result.unreadable()) {
      out.print(nothingAssessed(result));
      out.flush();
      return;
    }
    out.print(chosen.renderPortfolio(result.summary()));
    if (chosen.humanReadable() && result.unreadable() > 0) {
      out.print("\n" + result.unreadable() + " of " + result.records()
          + " records could not be read and are not counted above.\n");
    }
    out.flush();
  }

  /** The text result when no record could be assessed: why, in place of empty tables. */
  static String nothingAssessed(PortfolioRun.Part result) {
    String why = result.records() == 0 ? "the input holds no records."
        : result.records() == 1 ? "its one record could not be read (see the error below)."
        : "none of its " + result.records() + " records could be read (see the errors below).";
    return "CO-PRODUCTION PORTFOLIO\n0 initiatives assessed\n" + "=".repeat(80) + "\n\n"
        + "No initiative was assessed: " + why + "\n";
  }

  /** The names of the formats that render a portfolio summary, from the registry. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ReportFormat.available().stream().filter(ReportFormat::rendersPortfolio)
          .map(ReportFormat::name).iterator();
    }
  }

  /**
   * Whether a terminal is attached. Before JDK 22 {@code System.console()} is null without one;
   * from JDK 22 it is never null, and {@code Console.isTerminal()} (new in 22) tells.
   */
  @SuppressWarnings("SystemConsoleNull") // the JDK 22 case is the isTerminal() call below
  static boolean terminalAttached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before JDK 22: a console is a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
