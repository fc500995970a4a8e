package io.github.coproduction.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped reference data, the figure in force on a date, organisations' files and errors. */
class ReferenceDataTest {

  private static final String HEADER =
      "figure | amount | per | effective | status | source | address | note\n";

  private static Optional<BigDecimal> amount(String id, String on) {
    return ReferenceData.standard().inForce(id, LocalDate.parse(on))
        .flatMap(ReferenceFigure::amount);
  }

  /** Each shipped figure as /work/shared/SOURCES.md gives it: a change here is a data change. */
  @ParameterizedTest(name = "{0} on {1} is {2}")
  @CsvSource({
      "national-living-wage, 2024-04-01, 11.44",
      "national-living-wage, 2025-03-31, 11.44",
      "national-living-wage, 2025-04-01, 12.21",
      "national-living-wage, 2026-04-01, 12.71",
      "esa-permitted-work-higher-limit, 2024-06-01, 183.50",
      "esa-permitted-work-higher-limit, 2025-06-01, 195.50",
      "esa-permitted-work-lower-limit, 2026-06-01, 20.00",
      "carers-allowance-earnings-limit, 2024-04-01, 151.00",
      // the day before and the day the 2025 limit takes effect (7 April 2025)
      "carers-allowance-earnings-limit, 2025-04-06, 151.00",
      "carers-allowance-earnings-limit, 2025-04-07, 196.00",
      "carers-allowance-earnings-limit, 2026-03-31, 196.00",
      "carers-allowance-earnings-limit, 2026-04-01, 204.00",
      "universal-credit-work-allowance-with-housing, 2024-06-01, 404.00",
      "universal-credit-work-allowance-with-housing, 2025-06-01, 411.00",
      "universal-credit-work-allowance-without-housing, 2024-06-01, 673.00",
      "universal-credit-work-allowance-without-housing, 2025-06-01, 684.00",
      "universal-credit-taper, 2025-06-01, 55",
      "nihr-involvement-payment-uplift, 2025-12-16, 10",
  })
  void shippedFiguresAreInForceFromTheirDates(String id, String on, String expected) {
    assertThat(amount(id, on)).hasValueSatisfying(a ->
        assertThat(a).isEqualByComparingTo(expected));
  }

  @Test
  void nothingIsInForceBeforeTheFirstFigure() {
    assertThat(ReferenceData.standard().inForce("carers-allowance-earnings-limit",
        LocalDate.parse("2024-03-31"))).isEmpty();
    assertThat(ReferenceData.standard().inForce("nihr-involvement-payment-uplift",
        LocalDate.parse("2025-12-15"))).isEmpty();
  }

  @Test
  void figuresNotConfirmedAreMarkedAndHaveNoGuessedAmount() {
    ReferenceFigure esa2026 = ReferenceData.standard().inForce(
        "esa-permitted-work-higher-limit", LocalDate.parse("2026-06-01")).orElseThrow();
    assertThat(esa2026.status()).isEqualTo(FigureStatus.UNCONFIRMED);
    assertThat(esa2026.amount()).isEmpty();
    assertThat(esa2026.amountText()).isEqualTo("amount unknown");
  }

  @Test
  void everyShippedFigureHasItsSourceDateAndStatus() {
    assertThat(ReferenceData.standard().figures()).hasSizeGreaterThanOrEqualTo(19)
        .allSatisfy(f -> {
          assertThat(f.source()).isNotBlank();
          assertThat(f.effective()).isAfterOrEqualTo(LocalDate.parse("2024-04-01"));
          assertThat(f.status()).isNotNull();
          if (f.amount().isEmpty()) {
            assertThat(f.status()).isEqualTo(FigureStatus.UNCONFIRMED);
          }
        });
  }

  @Test
  void describesAFigureWithItsSource() {
    assertThat(ReferenceData.standard().inForce("carers-allowance-earnings-limit",
        LocalDate.parse("2025-04-07")).orElseThrow().describe())
        .isEqualTo("£196.00 a week from 2025-04-07 (Carers UK; local carers' organisations,"
            + " carersuk.org; reported)");
  }

  @Test
  void anOrganisationsFileOverridesAndExtends() {
    ReferenceData own = ReferenceData.read("trust-rates.txt", new StringReader(
        "# our payment policy\n" + HEADER
            + "carers-allowance-earnings-limit | 205.00 | week | 2026-04-01 | confirmed |"
            + " Our welfare rights team | https://example.org/rates |\n"
            + "trust-involvement-hourly-rate | 25.00 | hour | 2026-04-01 | confirmed |"
            + " Trust payment policy v4\n"));
    ReferenceData data = ReferenceData.standard().overriddenBy(own);
    assertThat(data.inForce("carers-allowance-earnings-limit", LocalDate.parse("2026-06-01"))
        .orElseThrow().amount()).hasValueSatisfying(a -> assertThat(a)
            .isEqualByComparingTo("205.00"));
    assertThat(data.inForce("carers-allowance-earnings-limit", LocalDate.parse("2025-06-01"))
        .orElseThrow().amount()).hasValueSatisfying(a -> assertThat(a)
            .isEqualByComparingTo("196.00"));
    assertThat(data.inForce("trust-involvement-hourly-rate", LocalDate.parse("2026-06-01")))
        .isPresent();
    assertThat(data.name()).isEqualTo("standard + trust-rates.txt");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = ';', value = {
      "x | 1 | hour | 2025-01-01 | reported | s;1:1;the first line must be the header",
      "HEADERx | abc | hour | 2025-01-01 | reported | s;2:5;the amount must be a number",
      "HEADERx | 1 | fortnight | 2025-01-01 | reported | s;2:9;per hour, week, month or percent",
      "HEADERx | 1 | hour | 2025-13-01 | reported | s;2:16;the effective date must be a date",
      "HEADERx | 1 | hour | 2025-01-01 | maybe | s;2:29;the status must be confirmed",
      "HEADERx | unknown | hour | 2025-01-01 | reported | s;2:5;only an unconfirmed figure",
      "HEADERx | 1 | hour | 2025-01-01;2:26;a figure has 6 to 8 fields",
      "HEADERBad Id | 1 | hour | 2025-01-01 | reported | s;2:1;lower-case words",
      "HEADERx | 1 | hour | 2025-01-01 | reported | s\\nx | 2 | hour | 2025-01-01 | reported | s;"
          + "3:1;already given on line 2",
      "HEADERcarers-allowance-earnings-limit | 850.00 | month | 2026-04-01 | confirmed | s;"
          + "2:44;is given per month; the standard reference data gives it per week",
  })
  void aMalformedFileIsATypedErrorWithItsLineAndColumn(String text, String at, String problem) {
    String file = text.replace("HEADER", HEADER).replace("\\n", "\n");
    assertThatThrownBy(() -> ReferenceData.read("rates.txt", new StringReader(file)))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rates.txt:" + at + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void aKnownFigureBuiltInAnotherUnitIsRefused() {
    // a monthly earnings limit would be compared with a week's pay
    ReferenceFigure monthly = ReferenceData.read("rates.txt", new StringReader(HEADER
        + "trust-limit | 850.00 | month | 2026-04-01 | confirmed | s\n")).figures().get(0);
    ReferenceFigure carers = new ReferenceFigure.Builder().from(monthly)
        .id("carers-allowance-earnings-limit").build();
    assertThatThrownBy(() -> ReferenceData.of("own", java.util.List.of(carers)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figure carers-allowance-earnings-limit is given per month; the standard"
            + " reference data gives it per week, the unit the rules compare it in");
    assertThat(ReferenceData.of("own", java.util.List.of(monthly)).figures()).hasSize(1);
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> ReferenceData.read("rates.txt", new StringReader("# nothing\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rates.txt:1:1: no header line");
  }
}
