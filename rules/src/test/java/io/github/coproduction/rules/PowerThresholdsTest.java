package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The power thresholds' documented defaults, and the ranges a profile may set them in. */
class PowerThresholdsTest {

  @Test
  void theDefaultsAreATokenShareOf25ADecisionShareOf50AndFiveDaysNotice() {
    PowerThresholds t = PowerThresholds.defaults();
    assertThat(t.tokenSharePercent()).isEqualTo(25);
    assertThat(t.decisionSharePercent()).isEqualTo(50);
    assertThat(t.papersNoticeDays()).isEqualTo(5);
    assertThat(Profile.defaults().thresholds()).isEqualTo(t);
    assertThat(new Profile.Builder().name("pilot").build().thresholds()).isEqualTo(t);
  }

  @Test
  void aThresholdSetAloneLeavesTheOthersAtTheirDefaults() {
    PowerThresholds strict = new PowerThresholds.Builder().tokenSharePercent(40).build();
    assertThat(strict.tokenSharePercent()).isEqualTo(40);
    assertThat(strict.decisionSharePercent()).isEqualTo(50);
    assertThat(strict.papersNoticeDays()).isEqualTo(5);
  }

  @Test
  void percentagesFrom0To100AreAccepted() {
    PowerThresholds low = new PowerThresholds.Builder().tokenSharePercent(0)
        .decisionSharePercent(0).build();
    PowerThresholds high = new PowerThresholds.Builder().tokenSharePercent(100)
        .decisionSharePercent(100).build();
    assertThat(low.tokenSharePercent()).isZero();
    assertThat(low.decisionSharePercent()).isZero();
    assertThat(high.tokenSharePercent()).isEqualTo(100);
    assertThat(high.decisionSharePercent()).isEqualTo(100);
  }

  @Test
  void aTokenSharePercentOutsideItsRangeIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> new PowerThresholds.Builder().tokenSharePercent(-1).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokenSharePercent must be a percentage from 0 to 100, but was -1");
    assertThatThrownBy(() -> new PowerThresholds.Builder().tokenSharePercent(101).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokenSharePercent must be a percentage from 0 to 100, but was 101");
  }

  @Test
  void aDecisionSharePercentOutsideItsRangeIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> new PowerThresholds.Builder().decisionSharePercent(-1).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("decisionSharePercent must be a percentage from 0 to 100, but was -1");
    assertThatThrownBy(() -> new PowerThresholds.Builder().decisionSharePercent(101).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("decisionSharePercent must be a percentage from 0 to 100, but was 101");
  }

  @Test
  void papersNoticeFrom0To365DaysIsAcceptedAndNothingOutside() {
    assertThat(new PowerThresholds.Builder().papersNoticeDays(0).build().papersNoticeDays())
        .isZero();
    assertThat(new PowerThresholds.Builder().papersNoticeDays(365).build().papersNoticeDays())
        .isEqualTo(365);
    assertThatThrownBy(() -> new PowerThresholds.Builder().papersNoticeDays(-1).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("papersNoticeDays must be from 0 to 365, but was -1");
    assertThatThrownBy(() -> new PowerThresholds.Builder().papersNoticeDays(366).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("papersNoticeDays must be from 0 to 365, but was 366");
  }
}
