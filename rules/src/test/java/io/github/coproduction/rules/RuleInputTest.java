package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.testing.Inputs;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a rule's input computes once and shares between the rules that read it. */
class RuleInputTest {

  @Test
  void thePowerBalanceAndTheLadderEvidenceAreComputedOnce() {
    RuleInput input = RuleInput.of(Inputs.running().build(), Optional.empty(),
        Inputs.ASSESSED_ON);
    assertThat(input.power()).isSameAs(input.power());
    assertThat(input.ladderEvidence()).isSameAs(input.ladderEvidence());
  }
}
