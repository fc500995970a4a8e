package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and faulty input and output beside the one-line error or safe output expected: failed
 * writes, closed pipes, forged error lines, profiles and waivers that silence rules, bad dates.
 */
class HostileCliTest {

  private static final String EXEMPLAR = "examples/exemplar-early-intervention.yaml";

  @TempDir
  Path dir;

  /** Runs the tool with standard output going to a stream. */
  private static Cli runTo(OutputStream stream, String... args) {
    StringWriter err = new StringWriter();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
        true);
    int code = Main.run(args, out, new PrintWriter(err, true));
    return new Cli(code, "", err.toString());
  }

  private static void assertOneLineError(Cli run, String expected) {
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("coproduction: ").contains(expected);
  }

  @Test
  void aFullDiskIsAnErrorNotASuccess() throws IOException {
    Path full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.exists(full), "/dev/full exists on Linux");
    try (OutputStream out = new FileOutputStream(full.toFile())) {
      assertOneLineError(runTo(out, "framework"), "cannot write the output");
      assertOneLineError(runTo(out, "assess", EXEMPLAR, "--date", "2026-11-25"),
          "cannot write the output");
    }
  }

  /** A pipe whose reader has gone after some bytes. */
  private static final class ClosedPipe extends OutputStream {
    long written;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written > 100_000) {
        throw new IOException("Broken pipe");
      }
      written += len;
    }
  }

  @Test
  void generateStopsOnAClosedPipe() {
    ClosedPipe pipe = new ClosedPipe();
    Cli run = runTo(pipe, "generate", "--count", "10000000");
    assertOneLineError(run, "cannot write the output");
    assertThat(pipe.written).as("stops soon after the pipe closes").isLessThan(10_000_000);
  }

  @Test
  void countHasABound() {
    Cli run = Cli.run("generate", "--count", "10000001");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--count must be from 0 to 10,000,000");
  }

  @Test
  void aValueWithALineBreakCannotForgeASecondErrorLine() {
    Cli run = Cli.run("assess", "missing\ncoproduction: all is well" + (char) 27 + "[2J");
    assertOneLineError(run, "no such file");
    assertThat(run.err()).doesNotContain(String.valueOf((char) 27));
  }

  @Test
  void aVeryLongPropertyNameIsShortenedInTheError() throws IOException {
    Path f = dir.resolve("long.json");
    Files.writeString(f, "{\"schemaVersion\": \"1.0\", \"" + "p".repeat(65_000) + "\": 1}");
    Cli run = Cli.run("assess", f.toString());
    assertOneLineError(run, "long.json");
    assertThat(run.errLines().get(0).length()).isLessThan(500);
  }

  @Test
  void anImpossibleOrExtremeDateIsAOneLineErrorWithoutJavaNames() {
    for (String date : new String[] {"2026-02-30", "+999999999-12-31", "-0001-01-01",
        "2200-01-01"}) {
      Cli run = Cli.run("assess", EXEMPLAR, "--date", date);
      assertThat(run.code()).as("%s", run).isEqualTo(2);
      assertThat(run.err()).contains("expected a date YYYY-MM-DD from 1900-01-01 to 2199-12-31")
          .doesNotContain("Exception").doesNotContain("java.");
    }
  }

  @Test
  void aWaiverThatNeverExpiresIsRefused() throws IOException {
    Path waivers = dir.resolve("waivers.yaml");
    Files.writeString(waivers, "schemaVersion: \"1.0\"\nwaivers:\n  - rule: no-champions\n"
        + "    justification: for ever\n    expires: \"+999999999-12-31\"\n");
    Cli run = Cli.run("assess", EXEMPLAR, "--waivers", waivers.toString());
    assertOneLineError(run, "2199-12-31");
  }

  @Test
  void unknownRulesInAProfileOrWaiversNameTheFileWithoutJavaNames() throws IOException {
    Path profile = dir.resolve("profile.yaml");
    Files.writeString(profile, "schemaVersion: \"1.0\"\nname: pilot\ndisabled: [no-such-rule]\n");
    Cli run = Cli.run("assess", EXEMPLAR, "--profile", profile.toString());
    assertOneLineError(run, "profile.yaml at /disabled/0: names rule \"no-such-rule\"");
    assertThat(run.err()).doesNotContain("Exception");

    Path waivers = dir.resolve("waivers.yaml");
    Files.writeString(waivers, "schemaVersion: \"1.0\"\nwaivers:\n  - rule: \"no-such\\nrule\"\n"
        + "    justification: x\n    expires: \"2027-01-01\"\n");
    Cli w = Cli.run("assess", EXEMPLAR, "--waivers", waivers.toString());
    assertOneLineError(w, "at /waivers/0/rule");
    assertThat(w.err()).contains("\"no-such\\nrule\"").doesNotContain("Exception");

    Path unknown = dir.resolve("unknown.yaml");
    Files.writeString(unknown, "schemaVersion: \"1.0\"\nwaivers:\n  - rule: no-such-rule\n"
        + "    justification: x\n    expires: \"2027-01-01\"\n");
    assertOneLineError(Cli.run("assess", EXEMPLAR, "--waivers", unknown.toString()),
        "unknown.yaml at /waivers/0/rule: names rule \"no-such-rule\"");
  }

  @Test
  void anUnknownRuleIsLocatedAndASlipGetsTheNearestRule() throws IOException {
    Path profile = dir.resolve("severities.yaml");
    Files.writeString(profile, "schemaVersion: \"1.0\"\nname: pilot\ndisabled: [no-champions]\n"
        + "severities:\n  no-ground-rules: major\n  no-traning: critical\n");
    Cli run = Cli.run("assess", EXEMPLAR, "--profile", profile.toString());
    assertOneLineError(run, "severities.yaml at /severities/no-traning: names rule"
        + " \"no-traning\", which the standard rule set does not have (did you mean"
        + " \"no-training\"?)");
    Path waivers = dir.resolve("third.yaml");
    Files.writeString(waivers, "schemaVersion: \"1.0\"\nwaivers:\n"
        + "  - rule: no-champions\n    justification: x\n    expires: \"2027-01-01\"\n"
        + "  - rule: no-training\n    justification: x\n    expires: \"2027-01-01\"\n"
        + "  - rule: unheard-of\n    justification: x\n    expires: \"2027-01-01\"\n");
    Cli w = Cli.run("assess", EXEMPLAR, "--waivers", waivers.toString());
    assertOneLineError(w, "third.yaml at /waivers/2/rule: names rule \"unheard-of\", which the"
        + " standard rule set does not have; 'coproduction rules'");
    assertThat(w.err()).doesNotContain("did you mean").doesNotContain("Exception");
  }

  @Test
  void aProfileNamedDefaultThatDisablesEveryRuleIsNotSound() throws IOException {
    StringBuilder yaml = new StringBuilder("schemaVersion: \"1.0\"\nname: default\ndisabled:\n");
    for (var d : io.github.coproduction.rules.RuleSet.standard().descriptors()) {
      yaml.append("  - ").append(d.id()).append('\n');
    }
    Path profile = dir.resolve("silent.yaml");
    Files.writeString(profile, yaml);
    Cli run = Cli.run("assess", EXEMPLAR, "--profile", profile.toString(), "--date",
        "2026-11-25");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).doesNotContain("Verdict: SOUND").contains("Verdict: INCOMPLETE")
        .contains("rules are disabled by profile \"default\"").contains("Not assessed");
    assertThat(run.out()).doesNotContain("[+] S");
  }

  /** A named pipe that a daemon thread fills with the given bytes once a reader opens it. */
  private Path fifo(String name, byte[] content) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      throw e;
    }
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content);
      } catch (IOException e) {
        // the reader went away; the assertions say what matters
      }
    });
    writer.setDaemon(true);
    writer.start();
    return fifo;
  }

  @Test
  void aNamedPipeIsReadForAssessAndPortfolio() throws IOException, InterruptedException {
    byte[] exemplar = Files.readAllBytes(Path.of(EXEMPLAR));
    Cli direct = Cli.run("assess", EXEMPLAR, "--date", "2026-11-25");
    // with an extension, and without one (as a process substitution's /dev/fd/N)
    for (String name : new String[] {"pipe.yaml", "pipe"}) {
      Cli run = Cli.run("assess", fifo(name, exemplar).toString(), "--date", "2026-11-25");
      assertThat(run.code()).as("%s", run).isZero();
      assertThat(run.out()).isEqualTo(direct.out());
    }
    Cli lines = Cli.run("generate", "--count", "5", "--seed", "3");
    Path file = Files.writeString(dir.resolve("five.jsonl"), lines.out());
    Cli fromFile = Cli.run("portfolio", file.toString(), "--format", "json", "--no-progress");
    Cli run = Cli.run("portfolio", fifo("portfolio.jsonl", lines.out().getBytes(
        StandardCharsets.UTF_8)).toString(), "--format", "json", "--no-progress");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).contains("\"initiatives\": 5").isEqualTo(fromFile.out());
    // a profile and waivers through pipes, as with --profile <(...)
    byte[] profile = Files.readAllBytes(Path.of("examples/settings/trust-profile.yaml"));
    byte[] waivers = Files.readAllBytes(Path.of(
        "examples/settings/ward-improvement-waivers.yaml"));
    String ward = "examples/ward-improvement.yaml";
    Cli files = Cli.run("assess", ward, "--date", "2026-11-25", "--profile",
        "examples/settings/trust-profile.yaml", "--waivers",
        "examples/settings/ward-improvement-waivers.yaml");
    Cli pipes = Cli.run("assess", ward, "--date", "2026-11-25", "--profile",
        fifo("profile", profile).toString(), "--waivers", fifo("waivers", waivers).toString());
    assertThat(pipes.code()).as("%s", pipes).isEqualTo(files.code());
    assertThat(pipes.out()).isEqualTo(files.out()).contains("Waived");
    // an empty pipe is an empty stream, said in one line
    Cli empty = Cli.run("assess", fifo("empty", new byte[0]).toString());
    assertOneLineError(empty, "empty: the stream is empty");
  }
}
