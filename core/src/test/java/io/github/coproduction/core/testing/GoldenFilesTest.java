package io.github.coproduction.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {

  @TempDir
  Path dir;

  @Test
  void anUpdateRunRewritesAChangedFileAndFailsNamingTheChange() throws Exception {
    Path file = Files.writeString(dir.resolve("report.txt"), "a\nb\nc\n");
    assertThatThrownBy(() -> GoldenFiles.check(file, "a\nB\nc\n", true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden file " + file + " rewritten")
        .hasMessageContaining("1 line(s) differ")
        .hasMessageContaining("first at line 2:\n  - b\n  + B");
    assertThat(file).hasContent("a\nB\nc\n");
    GoldenFiles.check(file, "a\nB\nc\n", false);
  }

  @Test
  void anUpdateRunCreatesAMissingFileAndFails() {
    Path file = dir.resolve("sub/new.txt");
    assertThatThrownBy(() -> GoldenFiles.check(file, "x\n", true))
        .hasMessageContaining("rewritten (created)");
    assertThat(file).hasContent("x\n");
  }

  @Test
  void anUpdateRunLeavesAMatchingFileAloneAndPasses() throws Exception {
    Path file = Files.writeString(dir.resolve("same.txt"), "same\n");
    GoldenFiles.check(file, "same\n", true);
    assertThat(file).hasContent("same\n");
  }

  @Test
  void aCheckFailsOnAnyDifferenceWithoutWriting() throws Exception {
    Path file = Files.writeString(dir.resolve("r.txt"), "a\n");
    assertThatThrownBy(() -> GoldenFiles.check(file, "a", false))
        .hasMessageContaining("line ends or the final newline differ");
    assertThatThrownBy(() -> GoldenFiles.check(file, "a\nb\n", false))
        .hasMessageContaining("first at line 2:\n  - (end of file)\n  + b");
    assertThat(file).hasContent("a\n");
    assertThatThrownBy(() -> GoldenFiles.check(dir.resolve("none.txt"), "a", false))
        .hasMessageContaining("is missing");
  }
}
