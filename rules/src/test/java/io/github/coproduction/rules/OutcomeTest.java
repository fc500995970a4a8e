package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a rule can return and what it says about itself: a pass, a pass for nothing observed,
 * not applicable (with its reason in English, or a blank reason refused) and observations, with
 * the description a rule's own test shows when an assertion on an outcome fails.
 */
class OutcomeTest {

  @Test
  void onlyAnApplicableOutcomeWithNothingObservedIsAPass() {
    assertThat(Outcome.pass().isPass()).isTrue();
    assertThat(Outcome.of(List.of()).isPass()).isTrue();
    assertThat(Outcome.pass().within(Set.of("S2.1")).isPass()).isTrue();
    assertThat(Outcome.notApplicable("No participant brings lived experience.").isPass())
        .isFalse();
    assertThat(Outcome.notApplicable(Message.of("verdict.SOUND")).isPass()).isFalse();
    assertThat(Outcome.gap("No ground rules.").isPass()).isFalse();
    assertThat(Outcome.notRecorded("Ground rules are not recorded.").isPass()).isFalse();
  }

  @Test
  void theReasonARuleDoesNotApplyIsGivenInEnglish() {
    assertThat(Outcome.notApplicable("No participant brings lived experience.")
        .notApplicableReason()).contains("No participant brings lived experience.");
    assertThat(Outcome.notApplicable(Message.of("verdict.SOUND")).notApplicableReason())
        .contains("sound");
    assertThat(Outcome.pass().notApplicableReason()).isEmpty();
    assertThat(Outcome.gap("No ground rules.").notApplicableReason()).isEmpty();
  }

  @Test
  void aBlankReasonIsRefused() {
    assertThatThrownBy(() -> Outcome.notApplicable("  "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reason must not be blank");
  }

  @Test
  void anOutcomeDescribesItsResultAndScope() {
    assertThat(Outcome.pass()).hasToString("Outcome[pass]");
    assertThat(Outcome.pass().within(List.of("S2.1"))).hasToString("Outcome[pass within [S2.1]]");
    assertThat(Outcome.notApplicable("Why not.")).hasToString("Outcome[not applicable]");
    assertThat(Outcome.notApplicable("Why not.").within(List.of()))
        .hasToString("Outcome[not applicable within []]");
    Observation gap = Observation.gap("No ground rules.");
    assertThat(Outcome.of(gap)).hasToString("Outcome[" + gap + "]");
    assertThat(Outcome.of(gap).within(List.of("S2.3", "S2.1")))
        .hasToString("Outcome[" + gap + "] within [S2.3, S2.1]");
  }
}
