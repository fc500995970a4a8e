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
 * The tool as a user runs it, in a JVM of its own with a 64 MiB heap (and the C1 compiler only,
 * which changes no behaviour): each bad file gives one clear line on standard error and exit
 * code 2, with no stack trace, and a 1 GiB file is refused or streamed in bounded memory.
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
        "-XX:TieredStopAtLevel=1",
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
    Path lockedLines = Files.writeString(dir.resolve("locked.jsonl"), "{}\n");
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    assertThat(lockedLines.toFile().setReadable(false, false)).isTrue();
    if (Files.isReadable(locked)) {
      // root reads every file: run the tool as user "nobody", where setpriv can switch to it
      Assumptions.assumeTrue(Files.isExecutable(SETPRIV), "running as root without setpriv");
      assertRefused(asNobody("assess", locked.toString()),
          locked + ": cannot read: permission denied");
      assertRefused(asNobody("portfolio", lockedLines.toString()),
          lockedLines + ": cannot read: permission denied");
      return;
    }
    assertRefused(java("assess", locked.toString()), locked + ": cannot read: permission denied");
    assertRefused(java("portfolio", lockedLines.toString()),
        lockedLines + ": cannot read: permission denied");
  }

  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  /**
   * Runs the tool as the unprivileged user "nobody" (uid 65534), from a copy of the class path
   * that user can read, with the directory of the test's files opened to it.
   */
  private static Cli asNobody(String... args) throws IOException, InterruptedException {
    Path copy = Files.createTempDirectory("coproduction-nobody");
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = copy.resolve("cp" + n++ + (Files.isDirectory(from) ? "" : ".jar"));
      if (Files.isDirectory(from)) {
        try (var walk = Files.walk(from)) {
          for (Path p : (Iterable<Path>) walk::iterator) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(target);
            } else {
              Files.copy(p, target);
            }
          }
        }
      } else {
        Files.copy(from, to);
      }
      entries.add(to.toString());
    }
    openToEveryone(copy);
    openToEveryone(dir);
    List<String> command = new ArrayList<>(List.of(SETPRIV.toString(), "--reuid=65534",
        "--regid=65534", "--clear-groups", "env", "HOME=" + copy,
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-XX:TieredStopAtLevel=1",
        "-cp", String.join(java.io.File.pathSeparator, entries), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(copy.resolve("out.txt").toFile())
        .redirectError(copy.resolve("err.txt").toFile())
        .start();
    try {
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished: %s", command).isTrue();
      return new Cli(process.exitValue(), Files.readString(copy.resolve("out.txt")),
          Files.readString(copy.resolve("err.txt")));
    } finally {
      try (var walk = Files.walk(copy)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Lets every user read and enter a tree, but for files made unreadable on purpose. */
  private static void openToEveryone(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.getFileName().toString().startsWith("locked")) {
          continue;
        }
        p.toFile().setReadable(true, false);
        p.toFile().setWritable(true, false);
        if (Files.isDirectory(p)) {
          p.toFile().setExecutable(true, false);
        }
      }
    }
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
    assertThat(run.out()).contains("No initiative was assessed: its one record could not be"
        + " read");
  }
}
