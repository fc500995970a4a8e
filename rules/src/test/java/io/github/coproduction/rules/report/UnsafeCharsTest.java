package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which characters no output may carry raw: each range of controls and bidi formatting characters
 * from its first to its last code point, and the neighbours just outside it, which are ordinary
 * text.
 */
class UnsafeCharsTest {

  @ParameterizedTest
  @ValueSource(chars = {0x00, 0x1b, 0x1f, 0x7f, 0x85, 0x9b, 0x9f, '\u2028', '\u2029'})
  void c0AndC1ControlsDelAndTheUnicodeSeparatorsAreControls(char c) {
    assertThat(UnsafeChars.isControl(c)).as("U+%04X", (int) c).isTrue();
    assertThat(UnsafeChars.isBidi(c)).as("U+%04X", (int) c).isFalse();
    assertThat(UnsafeChars.isUnsafe(c)).as("U+%04X", (int) c).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {' ', '~', 0xa0, 0xe9, '\u2027', '\u202a', '\u061c'})
  void theNeighboursOfTheControlRangesAreNotControls(char c) {
    assertThat(UnsafeChars.isControl(c)).as("U+%04X", (int) c).isFalse();
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u061c', '\u200e', '\u200f', '\u202a', '\u202c', '\u202e', '\u2066',
      '\u2068', '\u2069'})
  void marksEmbeddingsOverridesAndIsolatesAreBidi(char c) {
    assertThat(UnsafeChars.isBidi(c)).as("U+%04X", (int) c).isTrue();
    assertThat(UnsafeChars.isControl(c)).as("U+%04X", (int) c).isFalse();
    assertThat(UnsafeChars.isUnsafe(c)).as("U+%04X", (int) c).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u061b', '\u061d', '\u200d', '\u2010', '\u2029', '\u202f', '\u2065',
      '\u206a', 'a'})
  void theNeighboursOfTheBidiCharactersAreNotBidi(char c) {
    assertThat(UnsafeChars.isBidi(c)).as("U+%04X", (int) c).isFalse();
  }

  @Test
  void ordinaryTextIsSafe() {
    for (char c : "Riverside 24/7 crisis line & safe haven, café, ĉ, –".toCharArray()) {
      assertThat(UnsafeChars.isUnsafe(c)).as("U+%04X", (int) c).isFalse();
    }
  }

  @Test
  void replaceReplacesEachUnsafeCharacterInPlaceAndKeepsTheRest() {
    assertThat(UnsafeChars.replace("a\u0001b\u202ec\u0002", "", "?")).isEqualTo("a?b?c?");
    assertThat(UnsafeChars.replace("\u0007", "", "?")).isEqualTo("?");
    assertThat(UnsafeChars.replace("x\ty\nz\u0000", "\t\n", "?")).isEqualTo("x\ty\nz?");
  }

  @Test
  void replaceReturnsSafeTextUnchanged() {
    String safe = "nothing to replace";
    assertThat(UnsafeChars.replace(safe, "", "?")).isSameAs(safe);
    assertThat(UnsafeChars.replace("", "", "?")).isEmpty();
  }
}
