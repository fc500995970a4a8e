package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's path after packaging: {@code java -jar samples/target/coproduction.jar}, run as a
 * process (run by Failsafe in {@code integration-test}, after {@code package} has built the shaded
 * jar). Every command in every format: {@code assess} and {@code diff} against their golden files,
 * the others against what the same command prints when run in the test JVM, which the unit tests
 * check. A wrong manifest, a missing service file or resource, or a class left out of the shaded
 * jar fails here, not in the unit tests.
 */
class ShadedJarIT {

  private static final Path JAR = Path.of(System.getProperty("coproduction.jar",
      "target/coproduction.jar"));
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String CRISIS = "examples/crisis-service-redesign.yaml";
  private static final String DATE = "2026-11-25";

  @TempDir
  static Path dir;
  private static Path improved;
  private static Path portfolio;

  @BeforeAll
  static void files() throws IOException {
    assertThat(JAR).as("the shaded jar (built by package)").isRegularFile();
    String text = Files.readString(Path.of(CRISIS));
    improved = Files.writeString(dir.resolve("crisis-later.yaml"), text
        .replace("payment: false", "payment: {method: fee, hourlyRate: 25.00, expensesCovered: true}")
        .replace("emotionalSupport: false", "emotionalSupport: true"));
    portfolio = Files.writeString(dir.resolve("portfolio.jsonl"),
        Cli.run("generate", "--count", "40", "--seed", "7").out());
  }

  @TestFactory
  Stream<DynamicTest> assessInEveryFormatMatchesItsGoldenFile() {
    return Stream.of("text:txt", "markdown:md", "json:json", "yaml:yaml", "csv:csv", "html:html")
        .map(pair -> pair.split(":"))
        .map(f -> DynamicTest.dynamicTest("assess --format " + f[0], () -> {
          Cli run = jar("assess", CRISIS, "--format", f[0], "--date", DATE);
          assertThat(run.code()).as("%s", run).isZero();
          assertThat(run.err()).isEmpty();
          assertThat(run.out()).isEqualTo(golden("assess/crisis-service-redesign." + f[1]));
        }));
  }

  @TestFactory
  Stream<DynamicTest> diffInEveryFormatMatchesItsGoldenFile() {
    return Stream.of("text:txt", "markdown:md", "json:json", "yaml:yaml")
        .map(pair -> pair.split(":"))
        .map(f -> DynamicTest.dynamicTest("diff --format " + f[0], () -> {
          Cli run = jar("diff", CRISIS, improved.toString(), "--format", f[0], "--date", DATE);
          assertThat(run.code()).as("%s", run).isZero();
          assertThat(run.err()).isEmpty();
          assertThat(run.out()).isEqualTo(golden("diff/crisis-service-redesign." + f[1]));
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyOtherCommandPrintsWhatTheTestedCodePrints() {
    return Stream.of(
            List.of("framework"), List.of("framework", "--format", "markdown"),
            List.of("framework", "--format", "json"),
            List.of("checklist"), List.of("checklist", "--phase", "during"),
            List.of("rules"), List.of("rules", "--format", "markdown"),
            List.of("rules", "--format", "json"),
            List.of("portfolio", "@portfolio", "--date", DATE, "--threads", "1"),
            List.of("portfolio", "@portfolio", "--date", DATE, "--format", "json"),
            List.of("portfolio", "@portfolio", "--date", DATE, "--format", "yaml"),
            List.of("portfolio", "@portfolio", "--date", DATE, "--format", "csv"),
            List.of("generate", "--count", "5", "--seed", "3"),
            List.of("schema"), List.of("examples"),
            List.of("examples", "ward-improvement.yaml"))
        .map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
          String[] resolved = args.stream()
              .map(a -> a.equals("@portfolio") ? portfolio.toString() : a)
              .toArray(String[]::new);
          Cli expected = Cli.run(resolved);
          Cli run = jar(resolved);
          assertThat(run.code()).as("%s", run).isEqualTo(expected.code()).isZero();
          assertThat(run.err()).isEqualTo(expected.err());
          assertThat(run.out()).isNotBlank().isEqualTo(expected.out());
        }));
  }

  @Test
  void failOnAndBadInputGiveTheDocumentedExitCodes() throws Exception {
    Cli failing = jar("assess", CRISIS, "--fail-on", "major", "--date", DATE);
    assertThat(failing.code()).as("%s", failing).isEqualTo(1);
    Path malformed = Files.writeString(dir.resolve("malformed.json"), "{");
    Cli bad = jar("assess", malformed.toString());
    assertThat(bad.code()).as("%s", bad).isEqualTo(2);
    assertThat(bad.errLines()).hasSize(1);
    assertThat(bad.err()).startsWith("coproduction: ").doesNotContain("\tat ");
  }

  @Test
  void anUnreadableFileGivesOneClearLineEvenWhenTheBuildRunsAsRoot() throws Exception {
    Path locked = Files.writeString(dir.resolve("locked.yaml"), "id: x\n");
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    Cli run = Files.isReadable(locked) ? asNobody(locked, "assess", locked.toString())
        : jar("assess", locked.toString());
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    ExitCodesTest.assertOneClearLine(run, locked + ": cannot read: permission denied");
  }

  private static String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
  }

  private static Cli jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, dir);
  }

  /**
   * Root reads every file, so the unreadable-file case runs the jar as the unprivileged user
   * "nobody" (uid 65534) through {@code setpriv}, from a copy of the jar that user can read, as
   * {@code CliRobustnessTest} does for the class path.
   */
  private static Cli asNobody(Path locked, String... args) throws Exception {
    Path setpriv = Path.of("/usr/bin/setpriv");
    assertThat(setpriv).as("setpriv, to run the tool as nobody when the build runs as root")
        .isExecutable();
    Path home = Files.createTempDirectory("coproduction-nobody");
    Path jar = Files.copy(JAR, home.resolve("coproduction.jar"));
    for (Path p : List.of(home, jar, locked.getParent())) {
      p.toFile().setReadable(true, false);
      p.toFile().setExecutable(true, false);
    }
    List<String> command = new ArrayList<>(List.of(setpriv.toString(), "--reuid=65534",
        "--regid=65534", "--clear-groups", "env", "HOME=" + home, java(), "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    try {
      return run(command, home);
    } finally {
      Files.delete(jar);
      Files.delete(home);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Cli run(List<String> command, Path scratch)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    try {
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished: %s", command).isTrue();
      return new Cli(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
