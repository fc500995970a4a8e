package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * A statement on its own: a brief quote (words counted between white space, at most
 * {@link Statement#MAX_WORDS}), who said it, and the elements it is evidence for; each check with
 * its pointer and message.
 */
class StatementTest {

  private static Statement.Builder statement(String quote) {
    return new Statement.Builder().by("P01").kind(StatementKind.EXCLUSION).quote(quote)
        .addElements("S3.3");
  }

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    return e;
  }

  private static String words(int n) {
    return String.join(" ", Collections.nCopies(n, "word"));
  }

  @Test
  void aQuoteOfFortyWordsIsBriefEnough() {
    assertThat(statement(words(40)).build().quote()).isEqualTo(words(40));
    // runs of spaces, tabs and new lines separate words; leading and trailing space is no word
    String spaced = "  " + words(39).replace(" ", " \t\n ") + " word  ";
    assertThat(statement(spaced).build().quote()).isEqualTo(spaced);
  }

  @Test
  void aQuoteOfFortyOneWordsIsTooLong() {
    ValidationException e = invalid(() -> statement(words(41)).build());
    assertThat(e.pointer()).isEqualTo("/quote");
    assertThat(e.problem()).isEqualTo("a statement quotes briefly, at most 40 words, but this one"
        + " has 41; quote the words that matter and summarise the rest elsewhere");
    assertThat(invalid(() -> statement(" " + words(41).replace(" ", "\t") + " ").build())
        .problem()).contains("but this one has 41;");
  }

  @Test
  void aQuoteIsNotBlank() {
    ValidationException e = invalid(() -> statement(" \n ").build());
    assertThat(e.pointer()).isEqualTo("/quote");
    assertThat(e.problem()).isEqualTo("a statement's quote must not be blank");
  }

  @Test
  void whoSaidItIsAParticipantReference() {
    ValidationException e = invalid(() -> statement("We were not asked.").by("Jane Smith")
        .build());
    assertThat(e.pointer()).isEqualTo("/by");
    assertThat(e.problem()).isEqualTo("a participant reference must be a pseudonymous code of up"
        + " to 64 letters, digits, '.', '_' or '-' with no spaces (such as \"P01\"), but was"
        + " \"Jane Smith\"");
  }

  @Test
  void aRejectedValueIsQuotedInFullUpToTwentyFourCharacters() {
    String twentyFour = "Jane-Smith-of-the-Forum!";
    assertThat(invalid(() -> statement("Q").by(twentyFour).build()).problem())
        .endsWith("but was \"" + twentyFour + "\"");
    assertThat(invalid(() -> statement("Q").by(twentyFour + "x").build()).problem())
        .endsWith("but was \"Jane-Smith-of-the-For...\"");
  }

  @Test
  void aStatementIsEvidenceForAtLeastOneConditionOrChange() {
    ValidationException none = invalid(() -> new Statement.Builder().by("P01")
        .kind(StatementKind.EXCLUSION).quote("We were not asked.").build());
    assertThat(none.pointer()).isEqualTo("/elements");
    assertThat(none.problem()).isEqualTo("a statement must name at least one framework element"
        + " it is evidence for, such as S3.3");
    ValidationException unknown = invalid(() -> statement("We were not asked.")
        .addElements("C4", "S3.9").build());
    assertThat(unknown.pointer()).isEqualTo("/elements/2");
    assertThat(unknown.problem()).endsWith("but was \"S3.9\"");
  }

  @Test
  void onlyExclusionAndInequalityAreSaidAgainstThePartnership() {
    for (StatementKind kind : StatementKind.values()) {
      assertThat(kind.isExclusionOrInequality()).as(kind.name())
          .isEqualTo(kind == StatementKind.EXCLUSION || kind == StatementKind.INEQUALITY);
    }
  }
}
