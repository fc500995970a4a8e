package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs every script in samples/jshell through jdk.jshell, as a researcher would, and checks what
 * it prints. A snippet that does not compile or that throws fails the test.
 */
class JShellScriptsTest {

  private static final Path SCRIPTS = Path.of("jshell");

  @Test
  void assessExample() throws Exception {
    String out = run("assess-example.jsh");
    assertThat(out).contains("verdict: gaps found", "critical gaps: 3",
        "critical unpaid-lived-experience: Participant P01",
        "S2.6 Payment and welfare benefits: gap");
  }

  @Test
  void portfolioAnalysis() throws Exception {
    String out = run("portfolio-analysis.jsh");
    assertThat(out).contains("initiatives: 2000", "S1 top gap: S1.", "S2 top gap: S2.",
        "S3 top gap: S3.", "CO_PRODUCTION", "NOT_RECORDED");
  }

  @Test
  void customRule() throws Exception {
    String out = run("custom-rule.jsh");
    assertThat(out).contains("no-budget: gap", "The initiative has no budget.",
        "/arrangements/budget = absent");
  }

  @Test
  void everyScriptIsTested() throws Exception {
    try (var files = Files.list(SCRIPTS)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("assess-example.jsh", "custom-rule.jsh", "portfolio-analysis.jsh");
    }
  }

  private static String run(String script) throws Exception {
    String source = Files.readString(SCRIPTS.resolve(script), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    try (JShell shell = JShell.builder().out(out).err(out).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = source.lines().filter(l -> !l.strip().equals("/exit"))
          .reduce("", (a, b) -> a + b + "\n");
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          break;
        }
        for (SnippetEvent event : shell.eval(info.source())) {
          if (event.status() == Snippet.Status.REJECTED) {
            problems.add("rejected: " + event.snippet().source() + " "
                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
          }
          if (event.exception() != null) {
            problems.add("threw " + event.exception() + " in: " + event.snippet().source());
          }
        }
        remaining = info.remaining();
      }
    }
    assertThat(problems).as(script + " output:\n" + bytes.toString(StandardCharsets.UTF_8))
        .isEmpty();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
