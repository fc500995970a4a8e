package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a CSV cell holds, for the values a spreadsheet would otherwise misread. */
class CsvCellTest {

  @Test
  void anEmptyValueIsAnEmptyCell() {
    assertThat(CsvCell.text("")).isEmpty();
  }

  @Test
  void aValueStartingWithACarriageReturnIsShownAsText() {
    assertThat(CsvCell.text("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void lineBreaksAndTabsInsideAValueAreKeptAndOtherControlsReplaced() {
    assertThat(CsvCell.text("a\r\nb\tc\u0000d\u202ee")).isEqualTo("a\r\nb\tc\ufffdd\ufffde");
  }

  @Test
  void aFormulaCharacterAfterTheStartIsHarmless() {
    assertThat(CsvCell.text("1+1=2")).isEqualTo("1+1=2");
  }
}
