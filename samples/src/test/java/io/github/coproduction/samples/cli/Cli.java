package io.github.coproduction.samples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool in this JVM and keeps what it printed. */
record Cli(int code, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  /** The lines written to standard error. */
  java.util.List<String> errLines() {
    return err.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
  }
}
