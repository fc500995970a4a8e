package io.github.coproduction.samples.cli;

import io.github.coproduction.core.reference.ReferenceData;
import io.github.coproduction.core.reference.ReferenceFigure;
import io.github.coproduction.rules.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the reference figures in force on a date, with their sources. */
@Command(name = "reference", mixinStandardHelpOptions = true,
    description = "Print the payment and benefit reference figures in force on a date (the"
        + " National Living Wage, benefit earnings limits, involvement payment rates), each with"
        + " its effective date, source and status. Not benefits advice.")
final class ReferenceCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      converter = AssessorOptions.DateConverter.class,
      description = "The date whose figures to print; today by default.")
  LocalDate date;

  @Option(names = "--rates", paramLabel = "FILE",
      description = "Your organisation's figures, laid over the shipped ones.")
  Path rates;

  @Option(names = "--all", description = "Print every dated figure, not only those in force.")
  boolean all;

  @Override
  public Integer call() {
    LocalDate on = date != null ? date : LocalDate.now(ZoneOffset.UTC);
    ReferenceData data = rates != null ? AssessorOptions.referenceData(rates)
        : ReferenceData.standard();
    List<ReferenceFigure> figures = all ? data.figures() : data.inForce(on);
    PrintWriter out = spec.commandLine().getOut();
    out.println(all ? "Every reference figure (" + TerminalText.value(data.name()) + ")."
        : "Reference figures in force on " + on + " (" + TerminalText.value(data.name()) + ").");
    out.println("This is not benefits advice: it shows where payment may put a benefit at risk,"
        + " so that people get independent advice before they are paid.");
    for (ReferenceFigure f : figures) {
      out.println();
      out.println(TerminalText.value(f.id()) + ": " + TerminalText.value(f.describe()));
      f.note().ifPresent(n -> out.println("  note: " + TerminalText.value(n)));
    }
    out.println();
    out.println("Format of a --rates file (one figure a line, '#' starts a comment):");
    out.println("  " + String.join(" | ", ReferenceData.HEADER));
    out.flush();
    return 0;
  }
}
