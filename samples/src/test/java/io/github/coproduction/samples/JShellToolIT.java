package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The researcher's path: the real {@code jshell} tool on the shaded jar, as the README says to
 * run it ({@code jshell --class-path samples/target/coproduction.jar samples/jshell/x.jsh}).
 * The tool reads a script line by line and exits 0 whatever went wrong, so the test reads what it
 * printed and fails on any error line: {@code Error:}, {@code Exception ...}, or a declaration
 * that "cannot be referenced until" something missing is declared.
 *
 * <p>The Javadoc examples and the README's Java blocks run the same way, all in one session (one
 * launch, not one per example): a marker line printed before each example names it, so an error
 * line is reported with the example it belongs to. {@code DocExamplesTest} runs each example
 * alone, in the unit tests, and checks the values it states.
 */
class JShellToolIT {

  private static final Path JAR = Path.of(System.getProperty("coproduction.jar",
      "target/coproduction.jar"));
  /** What the tool prints for a snippet that failed, with or without its {@code |} prefix. */
  private static final Pattern ERROR_LINE = Pattern.compile(
      "^(\\|\\s+)?(Error:|Exception |.*cannot be (referenced|invoked|instantiated) until"
          + "|.*Unknown command)");
  private static final String MARK = "@@example ";

  @TempDir
  static Path dir;

  @TestFactory
  Stream<DynamicTest> everyScriptRunsInTheRealJShellWithoutAnErrorLine() throws IOException {
    try (Stream<Path> scripts = Files.list(Path.of("jshell"))) {
      return scripts.sorted().toList().stream()
          .map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String out = jshell(script);
            assertThat(errorLines(out)).as("%s printed:%n%s", script, out).isEmpty();
            assertThat(out).as("%s printed:%n%s", script, out).isNotBlank();
          }));
    }
  }

  @Test
  void theScriptsPrintWhatTheReadmePromises() throws Exception {
    assertThat(jshell(Path.of("jshell/custom-rule.jsh")))
        .contains("no-budget: gap", "The initiative has no budget.");
  }

  @Test
  void everyJavadocAndReadmeExampleRunsInTheRealJShell() throws Exception {
    StringBuilder script = new StringBuilder();
    List<DocExamplesTest.Example> examples = DocExamplesTest.examples();
    for (DocExamplesTest.Example e : examples) {
      script.append("System.out.println(\"").append(MARK).append(e.where(e.firstLine()))
          .append("\");\n");
      script.append("import ").append(e.pkg()).append(".*;\n");
      e.code().forEach(line -> script.append(line).append('\n'));
    }
    script.append("System.out.println(\"").append(MARK).append("README.md\");\n");
    script.append(DocExamplesTest.readmeScript()).append('\n');
    script.append("/exit\n");
    Path file = Files.writeString(dir.resolve("examples.jsh"), script, StandardCharsets.UTF_8);
    String out = jshell(file);
    List<String> problems = new ArrayList<>();
    String example = "(before the first example)";
    int seen = 0;
    for (String line : out.lines().toList()) {
      if (line.startsWith(MARK)) {
        example = line.substring(MARK.length());
        seen++;
      } else if (ERROR_LINE.matcher(line).find()) {
        problems.add(example + ": " + line);
      }
    }
    assertThat(problems).as("error lines; jshell printed:%n%s", out).isEmpty();
    assertThat(seen).as("examples run to the end").isEqualTo(examples.size() + 1);
  }

  private static List<String> errorLines(String out) {
    return out.lines().filter(l -> ERROR_LINE.matcher(l).find()).toList();
  }

  /** What each script printed: a script is launched once even when two tests read it. */
  private static final java.util.Map<Path, String> PRINTED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@code jshell --class-path <jar> <script>}, as a process; what it printed, both streams. A
   * script under {@code jshell/} is launched once and its output kept for the other tests.
   */
  private static String jshell(Path script) throws IOException, InterruptedException {
    Path key = script.toAbsolutePath().normalize();
    String printed = PRINTED.get(key);
    if (printed == null) {
      printed = launch(script);
      PRINTED.put(key, printed);
    }
    return printed;
  }

  private static String launch(Path script) throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar (built by package)").isRegularFile();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path out = Files.createTempFile(dir, "jshell", ".txt");
    Process process = new ProcessBuilder(jshell.toString(), "--class-path", JAR.toString(),
        script.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("jshell finished: %s", script).isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
