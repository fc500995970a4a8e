package io.github.coproduction.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files, reviewed like code, for every module's tests. A check compares the output with
 * the file. With {@code -Dcoproduction.updateGolden=true} it rewrites a file whose content
 * differs and then fails, naming the file and what changed, so that an update run can never pass
 * silently: the run that rewrote the files is red, and the next run (without the property) is the
 * proof that they now match. A file that already matches is left alone and passes.
 */
public final class GoldenFiles {

  /** The system property that turns checks into rewrites. */
  public static final String UPDATE_PROPERTY = "coproduction.updateGolden";

  private GoldenFiles() {}

  /** Whether this run rewrites golden files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** Checks {@code actual} against {@code file}, or rewrites it in an update run. */
  public static void check(Path file, String actual) {
    check(file, actual, updating());
  }

  /**
   * Checks {@code actual} against {@code file}; when {@code update}, rewrites a file that is
   * missing or differs and fails naming what changed.
   */
  public static void check(Path file, String actual, boolean update) {
    try {
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (actual.equals(expected)) {
        return;
      }
      if (update) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        throw new AssertionError("golden file " + file + " rewritten ("
            + (expected == null ? "created" : whatChanged(expected, actual))
            + "); review the diff, then run again without -D" + UPDATE_PROPERTY);
      }
      if (expected == null) {
        throw new AssertionError("golden file " + file + " is missing; create it with -D"
            + UPDATE_PROPERTY + "=true and review it");
      }
      throw new AssertionError("output differs from golden file " + file + ": "
          + whatChanged(expected, actual) + "\nIf the change is intended, regenerate with -D"
          + UPDATE_PROPERTY + "=true and review the diff.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-paragraph account of the difference: how many lines differ, and the first differing
   * line before and after.
   */
  public static String whatChanged(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    int first = 0;
    while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
      first++;
    }
    if (first == a.size() && first == b.size()) {
      return "the lines are equal; line ends or the final newline differ";
    }
    int differing = 0;
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
        differing++;
      }
    }
    return differing + " line(s) differ, " + a.size() + " lines before, " + b.size()
        + " after; first at line " + (first + 1) + ":\n  - "
        + (first < a.size() ? a.get(first) : "(end of file)") + "\n  + "
        + (first < b.size() ? b.get(first) : "(end of file)");
  }
}
