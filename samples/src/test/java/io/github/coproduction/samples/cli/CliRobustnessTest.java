package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as a user runs it, in a JVM of its own with a 64 MiB heap: each bad file gives one
 * clear line on standard error and exit code 2, with no stack trace, and a 1 GiB file is refused
 * or streamed in bounded memory.
 */
class CliRobustnessTest {

  private static final long GIB = 1L << 30;

  @TempDir
  static Path dir;

  private static Path huge;
  private static Path hugeLine;

  /** Two sparse 1 GiB files: zeros, and a line of text that runs on into zeros. */
  @BeforeAll
  static void hugeFiles() throws IOException {
    huge = dir.resolve("huge.yaml");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(GIB);
    }
    hugeLine = dir.resolve("huge.jsonl");
    try (RandomAccessFile f = new RandomAccessFile(hugeLine.toFile(), "rw")) {
      f.write(("{\"schemaVersion\": \"1.0\", \"id\": \"" + "x".repeat(9000))
          .getBytes(StandardCharsets.UTF_8));
      f.setLength(GIB);
    }
  }

  /** Runs the tool in a new JVM with a small heap. */
  private static Cli java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished: %s", command).isTrue();
    return new Cli(process.exitValue(), Files.readString(dir.resolve("out.txt")),
        Files.readString(dir.resolve("err.txt")));
  }

  private static void assertRefused(Cli run, String expected) {
    assertThat(run.code()).as("%s", run).isEqualTo(2);
    ExitCodesTest.assertOneClearLine(run, expected);
  }

  @Test
  void aMissingFile() throws Exception {
    Path missing = dir.resolve("missing.yaml");
    assertRefused(java("assess", missing.toString()), missing + ": no such file");
    assertRefused(java("portfolio", missing.toString()), missing + ": no such file");
  }

  @Test
  void aDirectory() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder.json"));
    assertRefused(java("assess", folder.toString()), folder + ": is a directory, not a file");
    assertRefused(java("portfolio", folder.toString()),
        folder + ": holds no .json, .yaml, .yml or .jsonl files");
  }

  @Test
  void anUnreadableFile() throws Exception {
    Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
    assertRefused(java("assess", locked.toString()), locked + ": cannot read: permission denied");
    assertRefused(java("portfolio", locked.toString()),
        locked + ": cannot read: permission denied");
  }

  @Test
  void anEmptyFile() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jsonl"));
    assertRefused(java("assess", empty.toString()), empty + ": the file is empty");
    assertRefused(java("portfolio", empty.toString()), empty + ": the file is empty");
  }

  @Test
  void aBinaryFile() throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[10] = 0;
    Path binary = Files.write(dir.resolve("binary.json"), bytes);
    assertRefused(java("assess", binary.toString()),
        binary + ": looks like a binary file, not JSON or YAML");
    assertRefused(java("portfolio", binary.toString()),
        binary + ": looks like a binary file, not JSON or YAML");
  }

  @Test
  void aOneGibibyteDocumentIsRefusedBeforeReading() throws Exception {
    assertRefused(java("assess", huge.toString()),
        huge + ": the file is 1024 MiB; a document may be at most 16 MiB");
    assertRefused(java("diff", huge.toString(), huge.toString()),
        huge + ": the file is 1024 MiB");
  }

  @Test
  void aOneGibibyteLineIsStreamedInBoundedMemoryAndReported() throws Exception {
    Cli run = java("portfolio", hugeLine.toString(), "--threads", "2");
    assertRefused(run, "huge.jsonl:1: the line is longer than the limit of 16777216 bytes");
    assertThat(run.out()).isEmpty();
  }
}
