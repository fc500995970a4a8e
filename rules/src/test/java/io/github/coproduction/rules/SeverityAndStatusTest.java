package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The order of severities, one step milder, and the words reports use for severities, element
 * statuses and rule statuses.
 */
class SeverityAndStatusTest {

  @Test
  void severitiesRunFromAdvisoryToCritical() {
    assertThat(Severity.values()).containsExactly(Severity.ADVISORY, Severity.MINOR,
        Severity.MAJOR, Severity.CRITICAL);
    assertThat(Severity.CRITICAL.isAtLeast(Severity.MAJOR)).isTrue();
    assertThat(Severity.MAJOR.isAtLeast(Severity.MAJOR)).isTrue();
    assertThat(Severity.MINOR.isAtLeast(Severity.MAJOR)).isFalse();
    assertThat(Severity.ADVISORY.isAtLeast(Severity.ADVISORY)).isTrue();
  }

  @Test
  void oneStepMilderNeverGoesBelowMinorForAHarm() {
    assertThat(Severity.CRITICAL.milder()).isEqualTo(Severity.MAJOR);
    assertThat(Severity.MAJOR.milder()).isEqualTo(Severity.MINOR);
    assertThat(Severity.MINOR.milder()).isEqualTo(Severity.MINOR);
    assertThat(Severity.ADVISORY.milder()).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void severitiesReadInLowerCase() {
    assertThat(Severity.values()).extracting(Severity::label)
        .containsExactly("advisory", "minor", "major", "critical");
  }

  @Test
  void elementStatusesReadAsReportsShowThem() {
    assertThat(ElementStatus.values()).extracting(ElementStatus::label).containsExactly(
        "met", "no gap found", "gap", "not recorded", "not applicable", "not assessed");
  }

  @Test
  void ruleStatusesReadAsReportsShowThem() {
    assertThat(RuleStatus.values()).extracting(RuleStatus::label).containsExactly(
        "passed", "gap", "not recorded", "not applicable", "error", "disabled");
  }
}
