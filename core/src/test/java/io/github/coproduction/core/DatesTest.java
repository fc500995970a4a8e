package io.github.coproduction.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain dates in range: both ends included, one day past either refused, and the messages. */
class DatesTest {

  private static final String EXPECTED = "expected a date YYYY-MM-DD from 1900-01-01 to"
      + " 2199-12-31, but found ";

  @Test
  void theRangeIncludesBothEnds() {
    assertThat(Dates.isInRange(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(Dates.isInRange(LocalDate.of(2199, 12, 31))).isTrue();
    assertThat(Dates.isInRange(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(Dates.isInRange(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(Dates.isInRange(LocalDate.of(2200, 1, 1))).isFalse();
    assertThat(Dates.isInRange(LocalDate.MAX)).isFalse();
    assertThat(Dates.isInRange(LocalDate.MIN)).isFalse();
  }

  @Test
  void aPlainDateInRangeIsRead() {
    assertThat(Dates.parse("2027-03-31")).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(Dates.parse("1900-01-01")).isEqualTo(Dates.EARLIEST);
    assertThat(Dates.parse("2199-12-31")).isEqualTo(Dates.LATEST);
    assertThat(Dates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12-31", "2200-01-01", "0000-01-01", "9999-12-31"})
  void aDateOutOfRangeIsRefusedWithWhatIsAllowed(String text) {
    assertThatThrownBy(() -> Dates.parse(text)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(EXPECTED + "\"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-3-1", "+2026-03-01", "-0001-01-01", "2026-03-01T10:00",
      "2026/03/01", " 2026-03-01", "", "+999999999-12-31"})
  void anythingButAPlainDateIsRefused(String text) {
    assertThatThrownBy(() -> Dates.parse(text)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(EXPECTED + "\"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31"})
  void aDayNotInTheCalendarIsRefusedAsSuch(String text) {
    assertThatThrownBy(() -> Dates.parse(text)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(EXPECTED + "\"" + text + "\", which is not a day of the calendar");
  }

  @Test
  void theMessageQuotesAtMostFortyCharactersWithoutControlCharacters() {
    String forty = "2026-03-01".repeat(4);
    assertThatThrownBy(() -> Dates.parse(forty)).hasMessage(EXPECTED + "\"" + forty + "\"");
    String longer = forty + "x";
    assertThatThrownBy(() -> Dates.parse(longer))
        .hasMessage(EXPECTED + "\"" + longer.substring(0, 37) + "...\"");
    assertThatThrownBy(() -> Dates.parse("2026-03-01\n\u0007"))
        .hasMessage(EXPECTED + "\"2026-03-01??\"");
  }
}
