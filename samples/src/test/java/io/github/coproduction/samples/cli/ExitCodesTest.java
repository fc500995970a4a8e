package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes: 0 when nothing reaches --fail-on, 1 when something does, 2 for bad input or usage
 * with one clear line on standard error and no stack trace.
 */
class ExitCodesTest {

  private static final String CRISIS = "examples/crisis-service-redesign.yaml";
  private static final String EXEMPLAR = "examples/exemplar-early-intervention.yaml";

  @TempDir
  Path dir;

  @Test
  void nothingAtOrAboveTheThresholdExitsZero() {
    Cli run = Cli.run("assess", EXEMPLAR, "--fail-on", "minor", "--date", "2026-11-25");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
    // No sessions are recorded, so whether papers went out in good time does not apply: every
    // aspect that applies is evidenced.
    assertThat(run.out()).contains("Verdict: SOUND");
    assertThat(Cli.run("assess", CRISIS, "--date", "2026-11-25").code())
        .as("without --fail-on, gaps do not change the exit code").isZero();
  }

  @Test
  void aGapAtOrAboveTheThresholdExitsOne() {
    Cli run = Cli.run("assess", CRISIS, "--fail-on", "critical", "--date", "2026-11-25",
        "--detail");
    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.out()).contains("unpaid-lived-experience");
    assertThat(run.err()).isEmpty();
    assertThat(Cli.run("assess", EXEMPLAR, CRISIS, "--fail-on", "advisory").code())
        .as("any of several files").isEqualTo(1);
  }

  @TestFactory
  Stream<DynamicTest> usageErrorsExitTwoWithAMessageAndAHint() {
    return Stream.of(
        List.<String>of(),
        List.of("assess"),
        List.of("assess", CRISIS, "--fail-on", "severe"),
        List.of("assess", CRISIS, "--format", "pdf"),
        List.of("assess", CRISIS, "--format", "docx"),
        List.of("assess", CRISIS, "--date", "yesterday"),
        List.of("no-such-command"),
        List.of("diff", CRISIS),
        List.of("portfolio"),
        List.of("portfolio", CRISIS, "--threads", "0"),
        List.of("generate"),
        List.of("generate", "--count", "-1"),
        List.of("generate", "--count", "ten"),
        List.of("checklist", "--phase", "sometime"))
        .map(args -> DynamicTest.dynamicTest(args.isEmpty() ? "(no arguments)" : String.join(" ", args), () -> {
          Cli run = Cli.run(args.toArray(String[]::new));
          assertThat(run.code()).as("%s", run).isEqualTo(2);
          assertThat(run.out()).isEmpty();
          assertThat(run.errLines()).as("%s", run).hasSize(2);
          assertThat(run.errLines().get(0)).startsWith("coproduction: ");
          assertThat(run.errLines().get(1)).startsWith("Try 'coproduction").endsWith("--help'.");
        }));
  }

  @TestFactory
  Stream<DynamicTest> eachBadFileGivesOneClearLineAndExitTwo() throws IOException {
    Path missing = dir.resolve("missing.yaml");
    Path empty = Files.createFile(dir.resolve("empty.yaml"));
    Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"schemaVersion\": \"1.0\",");
    Path invalid = Files.writeString(dir.resolve("invalid.yaml"),
        "schemaVersion: \"1.0\"\nid: x\ntitle: X\nstage: planning\nparticipants: 3\n");
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {'{', 0, 1, 2, (byte) 0xff});
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
    Path wrongName = Files.writeString(dir.resolve("initiative.txt"), "id: x\n");
    Path badJsonl = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
    Path emptyJsonl = Files.createFile(dir.resolve("empty.jsonl"));
    Path unknownItem = Files.writeString(dir.resolve("unknown-item.yaml"),
        "schemaVersion: \"1.0\"\nid: x\ntitle: X\nstage: running\nchecklist:\n"
            + "  checklist: coproduction-default\n  responses:\n"
            + "    - {item: B04, answer: \"yes\"}\n    - {item: Z99, answer: \"no\"}\n");
    List<Case> cases = List.of(
        new Case(List.of("assess", missing.toString()), missing + ": no such file"),
        new Case(List.of("assess", empty.toString()), empty + ": the file is empty"),
        new Case(List.of("assess", malformed.toString()), "malformed.json:1:"),
        new Case(List.of("assess", invalid.toString()), "invalid.yaml:5:15 at /participants"),
        new Case(List.of("assess", binary.toString()), binary + ": looks like a binary file"),
        new Case(List.of("assess", folder.toString()), folder + ": is a directory, not a file"),
        new Case(List.of("assess", wrongName.toString()), "initiative.txt"),
        new Case(List.of("assess", CRISIS, "--waivers", missing.toString()),
            missing + ": no such file"),
        new Case(List.of("assess", CRISIS, "--profile", malformed.toString()),
            "malformed.json:1:"),
        new Case(List.of("diff", missing.toString(), CRISIS), missing + ": no such file"),
        new Case(List.of("diff", CRISIS, empty.toString()), empty + ": the file is empty"),
        new Case(List.of("diff", CRISIS, malformed.toString()), "malformed.json:1:"),
        new Case(List.of("diff", CRISIS, EXEMPLAR), "are about different initiatives"),
        new Case(List.of("portfolio", missing.toString()), missing + ": no such file"),
        new Case(List.of("portfolio", emptyJsonl.toString()), emptyJsonl + ": the file is empty"),
        new Case(List.of("portfolio", binary.toString()), binary + ": looks like a binary file"),
        new Case(List.of("generate", "--count", "1", "--output", dir.toString()),
            dir + ": is a directory, not a file"),
        new Case(List.of("examples", "no-such-example.yaml"), "no-such-example.yaml"),
        // B04 is an old id, read through its alias; Z99 is unknown: one line, not rule errors
        new Case(List.of("assess", unknownItem.toString()), unknownItem
            + ": /checklist/responses/1/item: checklist \"coproduction-default\" has no item"
            + " \"Z99\""));
    Stream<DynamicTest> single = cases.stream().map(c -> DynamicTest.dynamicTest(
        String.join(" ", c.args()).replace(dir.toString(), "<tmp>"), () -> {
          Cli run = Cli.run(c.args().toArray(String[]::new));
          assertThat(run.code()).as("%s", run).isEqualTo(2);
          assertOneClearLine(run, c.expected());
        }));
    DynamicTest portfolio = DynamicTest.dynamicTest("portfolio of a malformed line", () -> {
      Cli run = Cli.run("portfolio", badJsonl.toString(), "--no-progress");
      assertThat(run.code()).as("%s", run).isEqualTo(2);
      ExitCodesTest.assertOneClearLine(run, "bad.jsonl:1:2: ");
      assertThat(run.out()).as("says why there is no aggregate")
          .contains("No initiative was assessed: its one record could not be read");
    });
    return Stream.concat(single, Stream.of(portfolio));
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Path malformed = Files.writeString(dir.resolve("malformed.json"), "{");
    Cli run = Cli.run("assess", malformed.toString(), "--debug");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("coproduction: malformed.json:1:");
    assertThat(run.err()).contains("DocumentException", "\tat ");
  }

  @Test
  void anUnreadableFileGivesOneClearLine() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.yaml"), "id: x\n", StandardCharsets.UTF_8);
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
    Cli run = Cli.run("assess", locked.toString());
    assertThat(run.code()).isEqualTo(2);
    assertOneClearLine(run, locked + ": cannot read: permission denied");
  }

  static void assertOneClearLine(Cli run, String expected) {
    assertThat(run.errLines()).as("%s", run).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("coproduction: ").contains(expected)
        .doesNotContain("Exception", "\tat ", "null");
  }

  private record Case(List<String> args, String expected) {}
}
