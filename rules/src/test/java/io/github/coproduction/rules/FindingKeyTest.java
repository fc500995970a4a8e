package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A finding's identity is its rule, status and sorted evidence pointers, never its prose. */
class FindingKeyTest {

  private static Finding.Builder finding() {
    return new Finding.Builder().rule("no-ground-rules").severity(Severity.MAJOR)
        .status(FindingStatus.GAP).message("No ground rules.").addElements("S2.3")
        .remedy("Agree ground rules.");
  }

  @Test
  void isRuleStatusAndSortedPointers() {
    Finding f = finding().addEvidence(Evidence.of("/b", "absent"), Evidence.of("/a", "x"))
        .build();
    assertThat(f.key()).isEqualTo("no-ground-rules|GAP|/a|/b");
  }

  @Test
  void ignoresTheMessageTheRemedyAndTheEvidenceValuesAndOrder() {
    Finding f = finding().addEvidence(Evidence.of("/a", "x"), Evidence.of("/b", "y")).build();
    Finding reworded = finding().message("Nothing sets out how the group works together.")
        .remedy("Write them down.")
        .addEvidence(Evidence.of("/b", "absent"), Evidence.of("/a", "not recorded")).build();
    assertThat(reworded.key()).isEqualTo(f.key());
  }

  @Test
  void differsByRuleStatusOrPointer() {
    Finding f = finding().addEvidence(Evidence.of("/a", "x")).build();
    assertThat(finding().rule("no-facilitation").addEvidence(Evidence.of("/a", "x")).build()
        .key()).isNotEqualTo(f.key());
    assertThat(finding().status(FindingStatus.NOT_RECORDED).addEvidence(Evidence.of("/a", "x"))
        .build().key()).isNotEqualTo(f.key());
    assertThat(finding().addEvidence(Evidence.of("/c", "x")).build().key())
        .isNotEqualTo(f.key());
    assertThat(finding().build().key()).isEqualTo("no-ground-rules|GAP");
  }
}
