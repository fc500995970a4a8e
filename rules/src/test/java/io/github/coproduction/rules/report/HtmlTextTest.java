package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How wide SVG text is taken to be, and where it breaks into lines. */
class HtmlTextTest {

  @Test
  void printableAsciiHasArialsWidthsAndOtherCharactersAWideDefault() {
    assertThat(HtmlText.width(" ", 1000, false)).isEqualTo(278.0);
    assertThat(HtmlText.width("~", 1000, false)).isEqualTo(584.0);
    assertThat(HtmlText.width("c", 1000, false)).isEqualTo(500.0);
    assertThat(HtmlText.width("\u001f", 1000, false)).isEqualTo(600.0);
    assertThat(HtmlText.width("\u007f", 1000, false)).isEqualTo(600.0);
    assertThat(HtmlText.width("é", 1000, false)).isEqualTo(600.0);
    assertThat(HtmlText.width("c", 10, true)).isCloseTo(5.5, org.assertj.core.data.Offset
        .offset(1e-9));
  }

  @Test
  void textThatFitsExactlyStaysOnOneLine() {
    double exact = HtmlText.width("cc cc", 12, false);
    assertThat(HtmlText.lines("cc cc", exact, 12, false)).containsExactly("cc cc");
    assertThat(HtmlText.lines("cc cc", exact - 0.01, 12, false)).containsExactly("cc", "cc");
  }

  @Test
  void aWordWiderThanTheLineIsNeverCutNorPrecededByAnEmptyLine() {
    assertThat(HtmlText.lines("  Co-production  works ", 1, 12, false))
        .containsExactly("Co-production", "works");
  }

  @Test
  void numbersDropANeedlessPointZero() {
    assertThat(HtmlText.num(12.0)).isEqualTo("12");
    assertThat(HtmlText.num(12.25)).isEqualTo("12.3");
    assertThat(HtmlText.num(-3.0)).isEqualTo("-3");
  }
}
