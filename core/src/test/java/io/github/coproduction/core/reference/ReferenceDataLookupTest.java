package io.github.coproduction.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference data built from figures: their order, the figure in force and the latest known one
 * on a date, every figure in force, duplicates, and equality.
 */
class ReferenceDataLookupTest {

  private static ReferenceFigure figure(String id, String effective, String amount) {
    ReferenceFigure.Builder b = new ReferenceFigure.Builder().id(id).per("week")
        .effective(LocalDate.parse(effective)).source("s");
    if (amount == null) {
      return b.status(FigureStatus.UNCONFIRMED).build();
    }
    return b.amount(new BigDecimal(amount)).status(FigureStatus.REPORTED).build();
  }

  private static final ReferenceFigure LIMIT_2024 = figure("limit", "2024-04-01", "151");
  private static final ReferenceFigure LIMIT_2025 = figure("limit", "2025-04-07", "196");
  private static final ReferenceFigure LIMIT_2026 = figure("limit", "2026-04-06", null);
  private static final ReferenceFigure ALLOWANCE_2025 = figure("allowance", "2025-04-01", "411");

  /**
   * Given out of order on purpose: the data sorts them. Built by each test, not once in a static
   * field, so that a mutation test sees the code under test build it.
   */
  private final ReferenceData data = ReferenceData.of("own",
      List.of(LIMIT_2026, LIMIT_2024, ALLOWANCE_2025, LIMIT_2025));

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void figuresAreSortedByIdThenByEffectiveDate() {
    assertThat(data.figures()).containsExactly(ALLOWANCE_2025, LIMIT_2024, LIMIT_2025,
        LIMIT_2026);
    assertThat(data.name()).isEqualTo("own");
  }

  @Test
  void theFigureInForceIsTheLatestThatHasTakenEffect() {
    assertThat(data.inForce("limit", day("2024-03-31"))).isEmpty();
    assertThat(data.inForce("limit", day("2024-04-01"))).contains(LIMIT_2024);
    assertThat(data.inForce("limit", day("2025-04-06"))).contains(LIMIT_2024);
    assertThat(data.inForce("limit", day("2025-04-07"))).contains(LIMIT_2025);
    assertThat(data.inForce("limit", day("2026-04-06"))).contains(LIMIT_2026);
    assertThat(data.inForce("other", day("2026-04-06"))).isEmpty();
  }

  @Test
  void theLatestKnownFigureSkipsAnUnknownAmount() {
    assertThat(data.latestKnown("limit", day("2026-05-01"))).contains(LIMIT_2025);
    assertThat(data.latestKnown("limit", day("2025-04-07"))).contains(LIMIT_2025);
    assertThat(data.latestKnown("limit", day("2025-04-06"))).contains(LIMIT_2024);
    assertThat(data.latestKnown("limit", day("2024-03-31"))).isEmpty();
    assertThat(data.latestKnown("allowance", day("2026-05-01"))).contains(ALLOWANCE_2025);
    assertThat(data.latestKnown("other", day("2026-05-01"))).isEmpty();
    ReferenceData unknownOnly = ReferenceData.of("own", List.of(LIMIT_2026));
    assertThat(unknownOnly.latestKnown("limit", day("2026-05-01"))).isEmpty();
  }

  @Test
  void everyFigureInForceOnADateIsOnePerIdSortedById() {
    assertThat(data.inForce(day("2025-04-07"))).containsExactly(ALLOWANCE_2025, LIMIT_2025);
    assertThat(data.inForce(day("2025-04-06"))).containsExactly(ALLOWANCE_2025, LIMIT_2024);
    assertThat(data.inForce(day("2025-03-31"))).containsExactly(LIMIT_2024);
    assertThat(data.inForce(day("2024-03-31"))).isEmpty();
  }

  @Test
  void twoFiguresWithOneIdCannotTakeEffectOnOneDay() {
    assertThatThrownBy(() -> ReferenceData.of("own", List.of(LIMIT_2025,
        figure("limit", "2025-04-07", "200"))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("two figures limit take effect on 2025-04-07");
  }

  @Test
  void overridingReplacesTheSameIdAndDateAndKeepsTheRest() {
    ReferenceFigure mine = figure("limit", "2025-04-07", "200");
    ReferenceData merged = data.overriddenBy(ReferenceData.of("mine", List.of(mine)));
    assertThat(merged.figures()).containsExactly(ALLOWANCE_2025, LIMIT_2024, mine, LIMIT_2026);
    assertThat(merged.name()).isEqualTo("own + mine");
  }

  @Test
  void dataAreEqualByNameAndFigures() {
    ReferenceData same = ReferenceData.of("own", List.of(ALLOWANCE_2025, LIMIT_2024,
        LIMIT_2025, LIMIT_2026));
    assertThat(data).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(data).isNotEqualTo(ReferenceData.of("other", data.figures()))
        .isNotEqualTo(ReferenceData.of("own", List.of(LIMIT_2024)))
        .isNotEqualTo(ReferenceData.of("own", List.of()))
        .isNotEqualTo("own").isNotEqualTo(null);
    assertThat(data.hashCode()).isNotEqualTo(ReferenceData.of("own", List.of()).hashCode());
  }

  @Test
  void theDataSayWhatTheyAreAndHowManyFigures() {
    assertThat(data).hasToString("ReferenceData{own, 4 figures}");
  }
}
