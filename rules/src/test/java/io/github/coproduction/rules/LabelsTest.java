package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words the reports use for a verdict and a finding's status. */
class LabelsTest {

  @Test
  void eachVerdictHasItsWords() {
    assertThat(Verdict.SOUND.label()).isEqualTo("sound");
    assertThat(Verdict.LIMITED.label()).isEqualTo("no gaps found, evidence limited");
    assertThat(Verdict.INCOMPLETE.label()).isEqualTo("incomplete record");
    assertThat(Verdict.GAPS.label()).isEqualTo("gaps found");
  }

  @Test
  void eachFindingStatusHasItsWords() {
    assertThat(FindingStatus.GAP.label()).isEqualTo("gap");
    assertThat(FindingStatus.NOT_RECORDED.label()).isEqualTo("not recorded");
  }
}
