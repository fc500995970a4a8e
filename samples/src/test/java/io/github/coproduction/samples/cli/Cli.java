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

  /** Runs the tool with the given bytes on standard input. */
  static Cli runWithInput(byte[] input, String... args) {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(input));
      return run(args);
    } finally {
      System.setIn(stdin);
    }
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
