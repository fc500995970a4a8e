package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How plain text is wrapped and aligned: the column limits every text report keeps to. */
class TextLayoutTest {

  @Test
  void aLineExactlyAsWideAsTheLimitStaysWholeAndOneMoreCharacterWraps() {
    String twenty = "abcd efgh ijkl mnop";
    assertThat(TextLayout.wrap(twenty + "q", 20)).containsExactly(twenty + "q");
    assertThat(TextLayout.wrap(twenty + " q", 20)).containsExactly(twenty, "q");
  }

  @Test
  void aWordLongerThanTheLineIsCutIntoPiecesAsWideAsTheLine() {
    String word = "x".repeat(45);
    assertThat(TextLayout.wrap("see " + word + " here", 20))
        .containsExactly("see", "x".repeat(20), "x".repeat(20), "x".repeat(5) + " here");
  }

  @Test
  void anEmptyTextIsOneEmptyLine() {
    assertThat(TextLayout.wrap("", 80)).containsExactly("");
    assertThat(TextLayout.wrap("  \n ", 80)).containsExactly("");
  }

  @Test
  void runsOfWhitespaceBecomeOneSpace() {
    assertThat(TextLayout.wrap("a  \t b\n\nc", 80)).containsExactly("a b c");
  }

  @Test
  void theFirstLineHasItsOwnWidthAndTheRestTheOther() {
    assertThat(TextLayout.wrap("aaaa bbbb cccc dddd eeee ffff gggg", 20, 25))
        .containsExactly("aaaa bbbb cccc dddd", "eeee ffff gggg");
    StringBuilder out = new StringBuilder();
    TextLayout.paragraph(out, "Label: ", "       ", "word ".repeat(20));
    assertThat(out.toString().lines()).allMatch(l -> l.length() <= TextLayout.WIDTH)
        .first().asString().startsWith("Label: word");
    assertThat(out.toString().lines().skip(1)).allMatch(l -> l.startsWith("       word"));
  }

  @Test
  void paddingFillsToTheWidthAndLeavesALongerTextAlone() {
    assertThat(TextLayout.pad("ab", 4)).isEqualTo("ab  ");
    assertThat(TextLayout.pad("abcd", 4)).isEqualTo("abcd");
    assertThat(TextLayout.pad("abcdef", 4)).isEqualTo("abcdef");
    assertThat(TextLayout.padLeft("ab", 4)).isEqualTo("  ab");
    assertThat(TextLayout.padLeft("abcd", 4)).isEqualTo("abcd");
    assertThat(TextLayout.padLeft("abcdef", 4)).isEqualTo("abcdef");
  }
}
