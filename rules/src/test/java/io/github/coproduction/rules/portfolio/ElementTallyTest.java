package io.github.coproduction.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An element's tally counts every status once in its total, and its prevalence is its gaps. */
class ElementTallyTest {

  @Test
  void theTotalCountsEveryStatus() {
    ElementTally t = new ElementTally.Builder().element("S2.6").met(1).noGapFound(2).gap(4)
        .notRecorded(8).notApplicable(16).notAssessed(32).build();
    assertThat(t.total()).isEqualTo(63);
    assertThat(t.prevalence()).isEqualTo(4.0 / 63);
  }

  @Test
  void aTallyWrittenBeforeNoGapFoundExistedCountsNone() {
    ElementTally t = new ElementTally.Builder().element("S2.6").met(3).gap(1).notRecorded(0)
        .notApplicable(0).notAssessed(0).build();
    assertThat(t.noGapFound()).isZero();
    assertThat(t.total()).isEqualTo(4);
    assertThat(t.prevalence()).isEqualTo(0.25);
  }

  @Test
  void anEmptyTallyHasNoPrevalence() {
    ElementTally t = new ElementTally.Builder().element("S2.6").met(0).gap(0).notRecorded(0)
        .notApplicable(0).notAssessed(0).build();
    assertThat(t.total()).isZero();
    assertThat(t.prevalence()).isZero();
  }
}
