package io.github.coproduction.samples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code coproduction.jar}.
 *
 * <p>Exit codes: 0 when nothing is at or above {@code --fail-on}; 1 when something is; 2 for bad
 * input or usage, with one clear line on standard error and no stack trace ({@code --debug} shows
 * it).
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"rules"}, new java.io.PrintWriter(System.out, true),
 *     new java.io.PrintWriter(System.err, true));
 * }</pre>
 */
public final class Main {

  private Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors and progress go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code;
    try {
      code = CoproductionCommand.commandLine(out, err).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // What the heap or stack could not hold is gone by now: one line, the error exit code.
      err.println("coproduction: " + CoproductionCommand.describe(e));
      err.flush();
      return CoproductionCommand.BAD_INPUT;
    }
    if (out.checkError() && code != CoproductionCommand.BAD_INPUT) {
      err.println("coproduction: " + OutputException.MESSAGE);
      err.flush();
      return CoproductionCommand.BAD_INPUT;
    }
    return code;
  }
}
