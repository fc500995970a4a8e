package io.github.coproduction.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One figure on its own: its amount and description in words, and each check. */
class ReferenceFigureTest {

  private static ReferenceFigure.Builder figure() {
    return new ReferenceFigure.Builder().id("carers-allowance-earnings-limit")
        .amount(new BigDecimal("196")).per("week").effective(LocalDate.parse("2025-04-07"))
        .status(FigureStatus.REPORTED).source("Carers UK");
  }

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    return e;
  }

  // --- in words ----------------------------------------------------------------------------------

  @Test
  void anAmountInPoundsHasTwoDecimalsAndItsUnit() {
    assertThat(figure().build().amountText()).isEqualTo("£196.00 a week");
    assertThat(figure().amount(new BigDecimal("1000.5")).per("month").build().amountText())
        .isEqualTo("£1000.50 a month");
    assertThat(figure().amount(new BigDecimal("12.205")).per("hour").build().amountText())
        .isEqualTo("£12.21 an hour");
  }

  @Test
  void aPercentageIsShownWithoutTrailingZeros() {
    assertThat(figure().amount(new BigDecimal("55.00")).per("percent").build().amountText())
        .isEqualTo("55%");
    assertThat(figure().amount(new BigDecimal("12.50")).per("percent").build().amountText())
        .isEqualTo("12.5%");
  }

  @Test
  void anUnknownAmountIsSaidSo() {
    ReferenceFigure f = figure().amount(java.util.Optional.empty())
        .status(FigureStatus.UNCONFIRMED).build();
    assertThat(f.amountText()).isEqualTo("amount unknown");
    assertThat(f.describe()).isEqualTo("amount unknown from 2025-04-07 (Carers UK; unconfirmed)");
  }

  @Test
  void aDescriptionGivesTheDateSourceAddressAndStatus() {
    assertThat(figure().address("carersuk.org").build().describe())
        .isEqualTo("£196.00 a week from 2025-04-07 (Carers UK, carersuk.org; reported)");
    assertThat(figure().status(FigureStatus.CONFIRMED).build().describe())
        .isEqualTo("£196.00 a week from 2025-04-07 (Carers UK; confirmed)");
  }

  @Test
  void onlyAConfirmedFigureIsConfirmed() {
    assertThat(FigureStatus.CONFIRMED.isConfirmed()).isTrue();
    assertThat(FigureStatus.REPORTED.isConfirmed()).isFalse();
    assertThat(FigureStatus.UNCONFIRMED.isConfirmed()).isFalse();
  }

  // --- checks ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"National-Living-Wage", "national living wage", "-wage", "wage-",
      "wage--rate", ""})
  void anIdIsLowerCaseWordsJoinedByHyphens(String id) {
    ValidationException e = invalid(() -> figure().id(id).build());
    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.problem()).isEqualTo("a figure id is lower-case words joined by hyphens, such"
        + " as national-living-wage, but was \"" + id + "\"");
  }

  @Test
  void aFigureIsPerHourWeekMonthOrPercent() {
    for (String per : ReferenceFigure.UNITS) {
      assertThat(figure().per(per).build().per()).isEqualTo(per);
    }
    ValidationException e = invalid(() -> figure().per("fortnight").build());
    assertThat(e.pointer()).isEqualTo("/per");
    assertThat(e.problem()).isEqualTo("a figure is per hour, week, month or percent, but was"
        + " \"fortnight\"");
  }

  @Test
  void anAmountIsZeroOrMore() {
    assertThat(figure().amount(BigDecimal.ZERO).build().amountText()).isEqualTo("£0.00 a week");
    ValidationException e = invalid(() -> figure().amount(new BigDecimal("-0.01")).build());
    assertThat(e.pointer()).isEqualTo("/amount");
    assertThat(e.problem()).isEqualTo("an amount must be zero or more, but was -0.01");
  }

  @Test
  void onlyAnUnconfirmedFigureMayHaveAnUnknownAmount() {
    for (FigureStatus status : new FigureStatus[] {FigureStatus.CONFIRMED,
        FigureStatus.REPORTED}) {
      ValidationException e = invalid(() -> figure().amount(java.util.Optional.empty())
          .status(status).build());
      assertThat(e.pointer()).isEqualTo("/amount");
      assertThat(e.problem()).isEqualTo("only an unconfirmed figure may have an unknown amount");
    }
    // an unconfirmed figure may still have its amount
    assertThat(figure().status(FigureStatus.UNCONFIRMED).build().amount()).isPresent();
  }

  @Test
  void everyFigureNamesItsSource() {
    ValidationException e = invalid(() -> figure().source(" ").build());
    assertThat(e.pointer()).isEqualTo("/source");
    assertThat(e.problem()).isEqualTo("every figure names its source");
  }
}
