package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The researcher's path: the real {@code jshell} tool on the shaded jar, as the README says to
 * run it ({@code jshell --class-path samples/target/coproduction.jar samples/jshell/x.jsh}).
 * The tool reads a script line by line and exits 0 whatever went wrong, so the test reads what it
 * printed and fails on any error line: {@code Error:}, {@code Exception ...}, or a declaration
 * that "cannot be referenced until" something missing is declared. It also checks what each
 * script prints against what the README promises.
 *
 * <p>The Javadoc examples and the README's Java blocks run the same way, in a few sessions (not
 * one launch per example): a marker line printed before each example names it, so an error line
 * is reported with the example it belongs to. {@code DocExamplesTest} runs each example alone,
 * in the unit tests, and checks the values it states.
 *
 * <p>The tool spends about half of its time waiting on its execution engine, so the sessions (the
 * scripts and the examples, split in {@value #EXAMPLE_SESSIONS}) are launched together when the
 * class starts; each test waits for the ones it reads.
 */
class JShellToolIT {

  private static final Path JAR = Path.of(System.getProperty("coproduction.jar",
      "target/coproduction.jar"));
  private static final Path SCRIPTS = Path.of("jshell");
  /** What the tool prints for a snippet that failed, with or without its {@code |} prefix. */
  private static final Pattern ERROR_LINE = Pattern.compile(
      "^(\\|\\s+)?(Error:|Exception |.*cannot be (referenced|invoked|instantiated) until"
          + "|.*Unknown command)");
  private static final String MARK = "@@example ";
  /** Sessions the examples are shared among; each example runs whole in one of them. */
  static final int EXAMPLE_SESSIONS = 4;

  @TempDir
  static Path dir;

  private static ExecutorService launcher;
  /** What each script printed, by file name, once its session ends. */
  private static Map<String, Future<String>> scripts;
  /** What each examples session printed. */
  private static List<Future<String>> examples;

  @BeforeAll
  static void launchEverySession() throws IOException {
    assertThat(JAR).as("the shaded jar (built by package)").isRegularFile();
    launcher = Executors.newFixedThreadPool(EXAMPLE_SESSIONS);
    examples = new ArrayList<>();
    for (Path file : exampleScripts()) {
      examples.add(launcher.submit(() -> launch(file)));
    }
    scripts = new TreeMap<>();
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      for (Path script : files.sorted().toList()) {
        scripts.put(script.getFileName().toString(), launcher.submit(() -> launch(script)));
      }
    }
  }

  @AfterAll
  static void stop() {
    launcher.shutdownNow();
  }

  @TestFactory
  Stream<DynamicTest> everyScriptRunsInTheRealJShellWithoutAnErrorLine() {
    return scripts.keySet().stream()
        .map(script -> DynamicTest.dynamicTest(script, () -> {
          String out = printed(script);
          assertThat(errorLines(out)).as("%s printed:%n%s", script, out).isEmpty();
          assertThat(out).as("%s printed:%n%s", script, out).isNotBlank();
        }));
  }

  @Test
  void everyScriptIsChecked() {
    assertThat(scripts.keySet())
        .containsExactly("assess-example.jsh", "custom-rule.jsh", "portfolio-analysis.jsh");
  }

  @Test
  void assessExamplePrintsTheVerdictAndTheGaps() throws Exception {
    assertThat(printed("assess-example.jsh")).contains("verdict: gaps found",
        "critical gaps: 4", "critical unpaid-lived-experience: Participant P01",
        "S2.6 Payment and welfare benefits: gap");
  }

  @Test
  void portfolioAnalysisPrintsTheTopGapOfEachStep() throws Exception {
    assertThat(printed("portfolio-analysis.jsh")).contains("initiatives: 2000",
        "S1 top gap: S1.", "S2 top gap: S2.", "S3 top gap: S3.", "CO_PRODUCTION",
        "NOT_RECORDED");
  }

  @Test
  void customRulePrintsItsFinding() throws Exception {
    assertThat(printed("custom-rule.jsh")).contains("no-budget: gap",
        "The initiative has no budget.", "/arrangements/budget = absent");
  }

  @Test
  void everyJavadocAndReadmeExampleRunsInTheRealJShell() throws Exception {
    List<String> problems = new ArrayList<>();
    int seen = 0;
    StringBuilder all = new StringBuilder();
    for (Future<String> session : examples) {
      String out = session.get(10, TimeUnit.MINUTES);
      all.append(out);
      String example = "(before the first example)";
      for (String line : out.lines().toList()) {
        if (line.startsWith(MARK)) {
          example = line.substring(MARK.length());
          seen++;
        } else if (ERROR_LINE.matcher(line).find()) {
          problems.add(example + ": " + line);
        }
      }
    }
    assertThat(problems).as("error lines; jshell printed:%n%s", all).isEmpty();
    assertThat(seen).as("examples run to the end")
        .isEqualTo(DocExamplesTest.examples().size() + 1);
  }

  /**
   * The Javadoc examples and the README's Java blocks as {@value #EXAMPLE_SESSIONS} scripts, the
   * examples dealt in turn; the README's blocks, which build on each other, stay together.
   */
  private static List<Path> exampleScripts() throws IOException {
    List<StringBuilder> sessions = new ArrayList<>();
    for (int i = 0; i < EXAMPLE_SESSIONS; i++) {
      sessions.add(new StringBuilder());
    }
    List<DocExamplesTest.Example> all = DocExamplesTest.examples();
    for (int i = 0; i < all.size(); i++) {
      DocExamplesTest.Example e = all.get(i);
      StringBuilder script = sessions.get(i % EXAMPLE_SESSIONS);
      script.append("System.out.println(\"").append(MARK).append(e.where(e.firstLine()))
          .append("\");\n");
      script.append("import ").append(e.pkg()).append(".*;\n");
      e.code().forEach(line -> script.append(line).append('\n'));
    }
    StringBuilder last = sessions.get(all.size() % EXAMPLE_SESSIONS);
    last.append("System.out.println(\"").append(MARK).append("README.md\");\n");
    last.append(DocExamplesTest.readmeScript()).append('\n');
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < EXAMPLE_SESSIONS; i++) {
      sessions.get(i).append("/exit\n");
      files.add(Files.writeString(dir.resolve("examples-" + i + ".jsh"), sessions.get(i),
          StandardCharsets.UTF_8));
    }
    return files;
  }

  private static String printed(String script) throws Exception {
    return scripts.get(script).get(10, TimeUnit.MINUTES);
  }

  private static List<String> errorLines(String out) {
    return out.lines().filter(l -> ERROR_LINE.matcher(l).find()).toList();
  }

  /** {@code jshell --class-path <jar> <script>}, as a process; what it printed, both streams. */
  private static String launch(Path script) throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path out = Files.createTempFile(dir, "jshell", ".txt");
    // C1 only, in the tool and its execution engine: half the CPU for the same run (the JIT
    // tier changes no behaviour), which counts with seven sessions on two cores
    Process process = new ProcessBuilder(jshell.toString(), "-J-XX:TieredStopAtLevel=1",
        "-R-XX:TieredStopAtLevel=1", "--class-path", JAR.toString(), script.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("jshell did not finish in 10 minutes: " + script);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
