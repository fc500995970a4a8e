package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.progress.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** When redacting, no participant reference appears anywhere in any format. */
class RedactionTest {

  private final Initiative crisis = ReportFixtures.crisisRedesign();
  private final Assessment assessment = ReportFixtures.crisisAssessment();
  private final ReportOptions redacting = ReportOptions.redacting(crisis).withDetail(true);

  @Test
  void theFixtureNamesParticipantsWhenNotRedacting() {
    // Guards the test below: it proves something only if the plain reports do name them.
    String text = TextReport.render(assessment, ReportFixtures.DETAIL);
    for (String ref : List.of("P01", "P02", "P03", "carer-7")) {
      assertThat(text).contains(ref);
    }
  }

  @Test
  void noParticipantReferenceInAnyFormat() {
    Progress progress = Progress.between(ReportFixtures.crisisEarlierAssessment(), assessment);
    ReportOptions limited = redacting.withFindingLimit(3);
    for (String out : List.of(
        TextReport.render(assessment, redacting),
        MarkdownReport.render(assessment, redacting),
        HtmlReport.render(assessment, redacting),
        TextReport.render(assessment, limited),
        MarkdownReport.render(assessment, limited),
        HtmlReport.render(assessment, limited),
        ProgressTextReport.render(progress, redacting),
        MarkdownReport.render(progress, redacting))) {
      assertNoReference(out, ReportFixtures.REFS);
    }
  }

  @Test
  void referencesBecomeNumbersInListOrder() {
    String text = TextReport.render(assessment, redacting).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Participant #2 brings lived experience and is recorded as unpaid, beside paid"
            + " staff.")
        .contains("(participant #1, participant #6)")
        .contains("after the participant #3 induction.")
        .contains("Redacted");
  }

  @Test
  void redactionMatchesWholeCodesIgnoringCase() {
    ReportOptions o = ReportFixtures.DETAIL.withParticipants(List.of("P01", "P010", "S.02"))
        .withRedaction(true);
    assertThat(o.redact("P01, P010 and p01."))
        .isEqualTo("participant #1, participant #2 and participant #1.");
    assertThat(o.redact("Participants S.02 and XP01 and P01x and P01.5"))
        .isEqualTo("Participants #3 and XP01 and P01x and P01.5");
    assertThat(o.withRedaction(false).redact("P01")).isEqualTo("P01");
  }

  @Test
  void theLeakCheckFindsWholeCodesInAnyCaseAndOnlyThose() {
    List<String> refs = List.of("P01", "S.02");
    for (String leak : List.of("P01", "said p01.", "(p01)", "S.02 and", "end s.02", "P01.<",
        "#P01", "P01/x")) {
      assertThatThrownBy(() -> assertNoReference(leak, refs)).as(leak)
          .isInstanceOf(AssertionError.class).hasMessageContaining("appears in");
    }
    for (String safe : List.of("XP01", "P01x", "P01.5", "P010", "_P01", "-P01", "P01-2",
        "S.021", ".P01", "PS.02")) {
      assertNoReference(safe, refs);
    }
  }

  @Test
  void redactingWithoutReferencesFailsRatherThanLeaks() {
    ReportOptions o = ReportOptions.defaults().withRedaction(true);
    assertThatThrownBy(() -> TextReport.render(assessment, o))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withParticipantsOf");
    assertThatThrownBy(() -> HtmlReport.render(assessment, o))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> MarkdownReport.render(assessment, o))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anInitiativeWithoutParticipantsRedactsNothing() {
    Initiative bare = ReportFixtures.bare();
    String text = TextReport.render(ReportFixtures.bareAssessment(),
        ReportOptions.redacting(bare).withDetail(true));
    assertThat(text).contains("A new idea");
  }

  @TestFactory
  Stream<DynamicTest> generatedInitiativesNeverLeakAReference() {
    return Seeds.property("redacted reports name no participant", random -> {
      Initiative i = Generators.initiative(random);
      Assessment a = Assessor.standard().assess(i, LocalDate.parse("2026-06-01"));
      List<String> refs = i.participants().stream().map(Participant::ref).toList();
      ReportOptions o = ReportOptions.redacting(i).withDetail(true);
      assertNoReference(TextReport.render(a, o), refs);
      assertNoReference(MarkdownReport.render(a, o), refs);
      assertNoReference(HtmlReport.render(a, o), refs);
    });
  }

  /**
   * Fails if any reference appears as a whole code, in any case: not preceded by a letter, digit,
   * {@code .}, {@code _} or {@code -}, nor followed by a letter, digit, {@code _}, {@code -} or a
   * {@code .} that goes on into a letter or digit. (The same test as the pattern
   * {@code (?<![A-Za-z0-9._-])REF(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])}, case-insensitive, which
   * costs ten times as much on a detailed report.)
   */
  static void assertNoReference(String out, List<String> refs) {
    String text = out.toLowerCase(Locale.ROOT);
    for (String ref : refs) {
      String code = ref.toLowerCase(Locale.ROOT);
      boolean whole = false;
      for (int at = text.indexOf(code); at >= 0 && !whole; at = text.indexOf(code, at + 1)) {
        whole = wholeCode(text, at, at + code.length());
      }
      assertThat(whole)
          .as("participant reference %s appears in:%n%s", ref, excerpt(out, code))
          .isFalse();
    }
  }

  private static boolean wholeCode(String text, int start, int end) {
    if (start > 0 && (codeCharacter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      return false;
    }
    if (end < text.length()) {
      char next = text.charAt(end);
      if (codeCharacter(next)) {
        return false;
      }
      if (next == '.' && end + 1 < text.length() && alphanumeric(text.charAt(end + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean codeCharacter(char c) {
    return alphanumeric(c) || c == '_' || c == '-';
  }

  private static boolean alphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static String excerpt(String out, String ref) {
    int i = out.toLowerCase(Locale.ROOT).indexOf(ref);
    return i < 0 ? "" : out.substring(Math.max(0, i - 80), Math.min(out.length(), i + 80));
  }
}
