package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redacting the settings: a profile's name and reasons and a waiver's justification are replaced,
 * everything that decides the assessment is kept, and the shipped profiles are kept whole.
 */
class SettingsRedactionTest {

  private static final LocalDate EXPIRES = LocalDate.parse("2027-03-31");

  private static Profile.Builder keptFields(Profile.Builder b) {
    return b.addDisabled("no-champions")
        .putSeverities("no-ground-rules", Severity.MAJOR)
        .thresholds(new PowerThresholds.Builder().tokenSharePercent(40).papersNoticeDays(7)
            .build())
        .parityTolerance(new BigDecimal("0.05"))
        .rateReference(Profile.NIHR_PAYMENT_GUIDANCE)
        .addScopes(Scope.RESEARCH);
  }

  @Test
  void aProfilesNameAndReasonsAreReplacedAndWhatDecidesTheAssessmentIsKept() {
    Profile own = keptFields(new Profile.Builder().name("AB-1971 pilot"))
        .putNotApplicable("vision-not-co-produced", "Dr Jones says the vision is out of scope")
        .putNotApplicable("no-facilitation", "AB-1971 facilitates")
        .build();
    Profile expected = keptFields(new Profile.Builder().name("[redacted]"))
        .putNotApplicable("vision-not-co-produced", "[redacted]")
        .putNotApplicable("no-facilitation", "[redacted]")
        .build();
    assertThat(SettingsRedaction.redact(own)).isEqualTo(expected);
    assertThat(SettingsRedaction.PLACEHOLDER).isEqualTo("[redacted]");
  }

  @Test
  void theShippedProfilesAreKeptWhole() {
    assertThat(SettingsRedaction.redact(Profile.defaults())).isSameAs(Profile.defaults());
    assertThat(SettingsRedaction.redact(Profile.research())).isSameAs(Profile.research());
  }

  @Test
  void anOwnProfileThatBorrowsAShippedNameIsRedacted() {
    Profile borrowed = new Profile.Builder().from(Profile.research())
        .addDisabled("no-champions").build();
    Profile redacted = SettingsRedaction.redact(borrowed);
    assertThat(redacted.name()).isEqualTo("[redacted]");
    assertThat(redacted.disabled()).containsExactly("no-champions");
    assertThat(redacted.notApplicable()).containsOnlyKeys("vision-not-co-produced",
        "vision-not-informed-by-lived-experience").containsValues("[redacted]");
  }

  @Test
  void aWaiversJustificationIsReplacedAndWhatItWaivesIsKept() {
    Waiver w = new Waiver.Builder().rule("unpaid-lived-experience").initiative("crisis-redesign")
        .pointer("/participants/1").justification("Agreed with AB-1971 at the board")
        .expires(EXPIRES).build();
    assertThat(SettingsRedaction.redact(w)).isEqualTo(new Waiver.Builder()
        .rule("unpaid-lived-experience").initiative("crisis-redesign").pointer("/participants/1")
        .justification("[redacted]").expires(EXPIRES).build());
    Waiver everywhere = new Waiver.Builder().rule("no-champions").justification("Later")
        .expires(EXPIRES).build();
    assertThat(SettingsRedaction.redact(everywhere)).isEqualTo(new Waiver.Builder()
        .rule("no-champions").justification("[redacted]").expires(EXPIRES).build());
  }

  @Test
  void everyWaiverOfAListIsRedactedInOrder() {
    Waiver first = new Waiver.Builder().rule("no-champions").justification("AB-1971 agreed")
        .expires(EXPIRES).build();
    Waiver second = new Waiver.Builder().rule("no-ground-rules").justification("CD-2002 agreed")
        .expires(EXPIRES.plusDays(1)).build();
    assertThat(SettingsRedaction.redact(List.of(first, second))).containsExactly(
        new Waiver.Builder().from(first).justification("[redacted]").build(),
        new Waiver.Builder().from(second).justification("[redacted]").build());
    assertThat(SettingsRedaction.redact(List.<Waiver>of())).isEmpty();
  }
}
