package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a value and a message look on one line of standard error. */
class ErrorLineTest {

  @Test
  void aValueOfTheMostCharactersShownIsShownWhole() {
    String forty = "x".repeat(ErrorLine.MAX_VALUE);
    assertThat(ErrorLine.quote(forty)).isEqualTo("\"" + forty + "\"");
    assertThat(ErrorLine.quote(forty + "y"))
        .isEqualTo("\"" + "x".repeat(ErrorLine.MAX_VALUE - 3) + "...\"");
  }

  @Test
  void aQuotedValueEscapesQuotesAndBackslashes() {
    assertThat(ErrorLine.quote("say \"hi\" C:\\x")).isEqualTo("\"say \\\"hi\\\" C:\\\\x\"");
  }

  @Test
  void aMessageKeepsItsQuotesAndBackslashesAndEscapesControls() {
    assertThat(ErrorLine.line("file \"a\\b.yaml\":\r\tline 3\u0007"))
        .isEqualTo("file \"a\\b.yaml\":\\r\\tline 3\\u0007");
  }

  @Test
  void aShortMessageIsLeftWholeAndOneOfTheMostCharactersToo() {
    assertThat(ErrorLine.line("cannot read x.yaml")).isEqualTo("cannot read x.yaml");
    String longest = "m".repeat(ErrorLine.MAX_LINE);
    assertThat(ErrorLine.line(longest)).isEqualTo(longest);
    assertThat(ErrorLine.line(longest + "n"))
        .isEqualTo("m".repeat(ErrorLine.MAX_LINE - 3) + "...");
  }
}
