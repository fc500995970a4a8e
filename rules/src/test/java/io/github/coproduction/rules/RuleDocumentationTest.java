package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published rule reference {@code docs/rules.md}, generated from the descriptors and checked
 * to be current: the build fails when the committed file differs from what the rules generate.
 * After a deliberate change to the rules, regenerate it with
 * {@code mvn -B -o -pl rules -am test -Dtest=RuleDocumentationTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcoproduction.updateGolden=true} and review the diff.
 */
class RuleDocumentationTest {

  /** From the rules module's directory, where Maven runs its tests. */
  static final Path GOLDEN = Path.of("..", "docs", "rules.md");
  static final String UPDATE_PROPERTY = "coproduction.updateGolden";

  @Test
  void theCommittedRuleReferenceIsCurrent() throws IOException {
    String actual = RuleDocumentation.markdown(RuleSet.standard());
    if (GoldenFiles.updating()) {
      GoldenFiles.check(GOLDEN, actual); // rewrites, and fails naming the change
    }
    assertThat(GOLDEN).as("golden file %s (create it with -D%s=true)", GOLDEN.toAbsolutePath(),
        UPDATE_PROPERTY).exists();
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionError(diffHint(expected, actual));
    }
  }

  /** The published coverage matrix {@code docs/coverage.md}, checked the same way. */
  @Test
  void theCommittedCoverageMatrixIsCurrent() throws IOException {
    Path golden = Path.of("..", "docs", "coverage.md");
    String actual = RuleDocumentation.coverage(RuleSet.standard());
    if (GoldenFiles.updating()) {
      GoldenFiles.check(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8))
        .as("docs/coverage.md is current (regenerate with -D%s=true)", UPDATE_PROPERTY)
        .isEqualTo(actual);
  }

  @Test
  void theCoverageMatrixShowsEveryElementAndWhatIsUnchecked() {
    String matrix = RuleDocumentation.coverage(RuleSet.standard());
    for (io.github.coproduction.core.framework.FrameworkElement e
        : io.github.coproduction.core.framework.Framework.standard().assessedElements()) {
      assertThat(matrix).contains("\n| " + e.id() + " | ");
    }
    assertThat(matrix).contains("`reflection-without-partners`").contains("C3.3");
  }

  @Test
  void theDocumentationCoversEveryRuleAndElement() {
    String page = RuleDocumentation.markdown(RuleSet.standard());
    assertThat(page).startsWith("# Rules: standard 1.0\n\n");
    for (RuleDescriptor d : RuleSet.standard().descriptors()) {
      assertThat(page).contains("\n## " + d.id() + "\n")
          .contains("| [`" + d.id() + "`](#" + d.id() + ") | " + d.severity().label() + " | ");
    }
    assertThat(page).contains("| S2.6 | Payment and welfare benefits | `unpaid-lived-experience`");
    assertThat(page).doesNotContain("\r");
    RuleDescriptor one = RuleSet.standard().rule("no-ground-rules").descriptor();
    assertThat(RuleDocumentation.markdown(one)).startsWith("# no-ground-rules\n\n"
        + "**No ground rules** \u2014 There are no ground rules for group working.\n\n"
        + "- Severity: minor\n"
        + "- Framework elements: S2.3 Ground rules for group working\n");
  }

  @Test
  void pipesInTextDoNotBreakTheTable() {
    RuleDescriptor d = new RuleDescriptor.Builder().id("pipes").name("A | B")
        .summary("Either | or").severity(Severity.MINOR).addElements("S2.3")
        .rationale("Why | not.").remedy("Do | this.").addRemedyActions("C5.1").build();
    String page = RuleDocumentation.markdown(RuleSet.builder().add(Rule.of(d,
        input -> Outcome.pass())).build());
    assertThat(page).contains("| [`pipes`](#pipes) | minor | Either \\| or | S2.3 |")
        .doesNotContain("Either | or");
  }

  /** Where the two texts first differ, with the lines around it and how to regenerate. */
  static String diffHint(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int line = 0;
    while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
      line++;
    }
    StringBuilder out = new StringBuilder();
    out.append("The rule reference docs/rules.md is not current: it differs from what the rules"
        + " generate at line ").append(line + 1).append(" (golden has ")
        .append(e.size()).append(" lines, generated ").append(a.size()).append(").\n");
    for (int i = Math.max(0, line - 2); i < Math.min(line, e.size()); i++) {
      out.append("    ").append(i + 1).append("   ").append(e.get(i)).append('\n');
    }
    out.append("  - ").append(line + 1).append("   ")
        .append(line < e.size() ? e.get(line) : "<end of golden file>").append('\n');
    out.append("  + ").append(line + 1).append("   ")
        .append(line < a.size() ? a.get(line) : "<end of generated text>").append('\n');
    if (e.size() == a.size() && line == e.size()) {
      out.append("  (the lines are equal: line ends or the final newline differ)\n");
    }
    out.append("If the change is intended, regenerate it with\n"
        + "  mvn -B -o -pl rules -am test -Dtest=RuleDocumentationTest"
        + " -Dsurefire.failIfNoSpecifiedTests=false -D").append(UPDATE_PROPERTY).append("=true\n"
        + "and review the diff (git diff docs/rules.md).");
    return out.toString();
  }

  @Test
  void theDiffHintPointsAtTheFirstDifferingLine() {
    String hint = diffHint("a\nb\nc\n", "a\nb\nX\nd\n");
    assertThat(hint).contains("at line 3").contains("  - 3   c").contains("  + 3   X")
        .contains("-Dcoproduction.updateGolden=true");
    assertThat(diffHint("a\n", "a")).contains("line ends or the final newline differ");
  }
}
