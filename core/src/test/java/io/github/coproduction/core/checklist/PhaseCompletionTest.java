package io.github.coproduction.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The counts of a phase add up: each answer counted once, in its own column. */
class PhaseCompletionTest {

  @Test
  void theTotalIsEveryItemOnceWhateverItsAnswer() {
    // powers of two: any count left out, doubled or subtracted gives another total
    PhaseCompletion c = ImmutablePhaseCompletion.of(Phase.DURING, 1, 2, 4, 8, 16);
    assertThat(c.total()).isEqualTo(31);
    assertThat(c.answered()).isEqualTo(15);
    assertThat(c.fractionAnswered()).isEqualTo(15.0 / 31);
    assertThat(c.isComplete()).isFalse();
    assertThat(c.isClear()).isFalse();
  }

  @Test
  void aPhaseWithOnlyYesAndNotApplicableIsCompleteAndClear() {
    PhaseCompletion c = ImmutablePhaseCompletion.of(Phase.AFTER, 3, 0, 0, 2, 0);
    assertThat(c.total()).isEqualTo(5);
    assertThat(c.answered()).isEqualTo(5);
    assertThat(c.fractionAnswered()).isEqualTo(1.0);
    assertThat(c.isComplete()).isTrue();
    assertThat(c.isClear()).isTrue();
    assertThat(ImmutablePhaseCompletion.of(Phase.AFTER, 0, 1, 0, 0, 0).total()).isEqualTo(1);
  }
}
