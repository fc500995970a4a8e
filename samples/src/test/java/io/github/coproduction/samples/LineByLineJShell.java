package io.github.coproduction.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Feeds a script to jdk.jshell exactly as the {@code jshell} tool reads a file or pasted text:
 * one line at a time. The tool appends each line to what is still incomplete and asks
 * {@link SourceCodeAnalysis#analyzeCompletion} whether that is a complete snippet; if it is, the
 * snippet runs at once. So a line ending in {@code build()} runs on its own, and a next line
 * starting with {@code .} is an error ("illegal start of expression"). A line starting with
 * {@code /} (not a comment) outside a snippet is a tool command; only {@code /exit} is understood here.
 *
 * <p>Every snippet that is not valid (rejected, or declared with unresolved references) and
 * every exception is a problem, reported with its line number; the tool would print an error line
 * for each. Unlike the tool, which goes on after an error, nothing else is reported after the
 * first problem, as it would only fail in its wake.
 */
final class LineByLineJShell {

  /** What a script printed and what went wrong. */
  record Run(String output, List<String> problems) {}

  private LineByLineJShell() {}

  /** Runs {@code script} in a fresh JShell whose class path is {@code classPath}. */
  static Run run(String name, String script, String classPath) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    try (JShell shell = JShell.builder().out(out).err(out).build()) {
      shell.addToClasspath(classPath);
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      List<String> lines = script.lines().toList();
      String pending = "";
      for (int i = 0; i < lines.size() && problems.isEmpty(); i++) {
        String line = lines.get(i);
        if (pending.isEmpty() && isCommand(line.strip())) {
          if (line.strip().equals("/exit")) {
            break;
          }
          problems.add(name + ":" + (i + 1) + ": unknown command " + line.strip());
          break;
        }
        String input = pending + line + "\n";
        pending = "";
        while (problems.isEmpty()) {
          CompletionInfo info = analysis.analyzeCompletion(input);
          if (!info.completeness().isComplete()) {
            pending = info.remaining().isBlank() ? "" : info.remaining();
            break;
          }
          evaluate(shell, info.source(), name + ":" + (i + 1), problems);
          if (info.remaining().isBlank()) {
            break;
          }
          input = info.remaining();
        }
      }
      if (problems.isEmpty() && !pending.isBlank()) {
        problems.add(name + ": the script ends inside an unfinished snippet: " + pending.strip());
      }
    }
    return new Run(bytes.toString(StandardCharsets.UTF_8), problems);
  }

  /** As the tool decides: a slash that does not open a comment. */
  private static boolean isCommand(String line) {
    return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
  }

  private static void evaluate(JShell shell, String source, String where, List<String> problems) {
    for (SnippetEvent event : shell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      if (event.status() != Snippet.Status.VALID) {
        problems.add(where + ": " + event.status() + " " + snippet.source().strip() + " "
            + shell.diagnostics(snippet).map(d -> d.getMessage(null)).toList());
      } else if (event.exception() != null) {
        problems.add(where + ": threw " + event.exception() + " in: " + snippet.source().strip());
      }
    }
  }
}
