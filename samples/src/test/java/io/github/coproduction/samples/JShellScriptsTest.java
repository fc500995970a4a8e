package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs every script in samples/jshell through jdk.jshell, fed line by line as the {@code jshell}
 * tool reads it ({@link LineByLineJShell}), and checks what it prints. A snippet that does not
 * compile or that throws fails the test. {@code JShellToolIT} runs the same scripts through the
 * real tool on the shaded jar.
 */
class JShellScriptsTest {

  private static final Path SCRIPTS = Path.of("jshell");

  @Test
  void assessExample() throws Exception {
    String out = run("assess-example.jsh");
    assertThat(out).contains("verdict: gaps found", "critical gaps: 4",
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
    LineByLineJShell.Run run = LineByLineJShell.run(script, source,
        System.getProperty("java.class.path"));
    assertThat(run.problems()).as(script + " output:\n" + run.output()).isEmpty();
    return run.output();
  }
}
