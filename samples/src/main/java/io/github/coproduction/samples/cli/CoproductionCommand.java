package io.github.coproduction.samples.cli;

import io.github.coproduction.rules.report.ErrorLine;
import io.github.coproduction.serialization.DocumentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: only subcommands do work. */
@Command(
    name = "coproduction",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Assess co-produced mental health initiatives against the NDTi framework"
        + " 'Co-production in mental health'.",
    subcommands = {
        FrameworkCommand.class,
        ChecklistCommand.class,
        RulesCommand.class,
        AssessCommand.class,
        DiffCommand.class,
        PortfolioCommand.class,
        GenerateCommand.class,
        ReferenceCommand.class,
        SchemaCommand.class,
        ExamplesCommand.class,
        CommandLine.HelpCommand.class
    })
final class CoproductionCommand implements Runnable {

  /** Exit code for an error: bad input or usage, a failed write, out of memory. */
  static final int BAD_INPUT = 2;
  /** Exit code when findings reach the --fail-on threshold. */
  static final int FINDINGS = 1;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new CoproductionCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("coproduction: " + ErrorLine.line(usageProblem(e)));
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      c.getErr().flush();
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((e, c, parseResult) -> {
      boolean debug = parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
      c.getErr().println("coproduction: " + ErrorLine.line(describe(e)));
      if (debug) {
        e.printStackTrace(c.getErr());
      }
      c.getErr().flush();
      return BAD_INPUT;
    });
    return cl;
  }

  /**
   * What is wrong with the command line, with the nearest command or option when a word was
   * mistyped, instead of picocli's "Unmatched argument at index 0".
   */
  static String usageProblem(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String word = u.getUnmatched().get(0);
      CommandLine.Model.CommandSpec command = u.getCommandLine().getCommandSpec();
      boolean commandExpected = !command.subcommands().isEmpty() && !word.startsWith("-");
      Collection<String> known = commandExpected ? command.subcommands().keySet()
          : command.optionsMap().keySet();
      String nearest = Nearest.to(word, known).map(n -> "; did you mean '" + n + "'?")
          .orElse(commandExpected ? "; commands: " + String.join(", ", known) : "");
      if (commandExpected) {
        return "unknown command '" + word + "'" + nearest;
      }
      if (word.startsWith("-")) {
        return "unknown option '" + word + "'" + nearest;
      }
    }
    return e.getMessage();
  }

  /** One line that says what went wrong, for the person at the terminal. */
  static String describe(Throwable e) {
    if (e instanceof DocumentException || e instanceof InputException
        || e instanceof OutputException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "cannot read " + a.getFile() + ": permission denied";
    }
    if (e instanceof IOException) {
      return "cannot read input: " + e.getMessage();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory: the input is too large for this JVM's heap (raise it with"
          + " -Xmx, or split the input)";
    }
    if (e instanceof StackOverflowError) {
      return "out of stack: the input is nested too deeply for this JVM's thread stack";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines()
        .findFirst().orElse(""));
  }
}
