package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a waiver accepts and refuses, the last day it applies, and which findings its rule,
 * initiative and pointer match.
 */
class WaiverTest {

  private static final LocalDate EXPIRES = LocalDate.parse("2026-12-31");

  private static Waiver.Builder waiver() {
    return new Waiver.Builder().rule("unpaid-lived-experience").justification("Agreed")
        .expires(EXPIRES);
  }

  private static Finding findingAt(String rule, String pointer) {
    return new Finding.Builder().rule(rule).severity(Severity.CRITICAL).status(FindingStatus.GAP)
        .message("Unpaid.").addElements("S2.6").addEvidence(Evidence.of(pointer, "absent"))
        .remedy("Pay people.").build();
  }

  @Test
  void aWaiverWithoutARuleIsRefused() {
    assertThatThrownBy(() -> waiver().rule(" ").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a waiver must name a rule");
  }

  @Test
  void aWaiverWithoutAJustificationIsRefusedNamingItsRule() {
    assertThatThrownBy(() -> waiver().justification("").build())
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'unpaid-lived-experience': a waiver needs a justification");
  }

  @Test
  void anExpiryDateOutsideTheCalendarIsRefusedNamingTheDate() {
    assertThatThrownBy(() -> waiver().expires(LocalDate.parse("2200-01-01")).build())
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'unpaid-lived-experience': a waiver's expiry date must be from"
            + " 1900-01-01 to 2199-12-31, but was 2200-01-01");
    assertThatThrownBy(() -> waiver().expires(LocalDate.parse("1899-12-31")).build())
        .hasMessageEndingWith("but was 1899-12-31");
    assertThat(waiver().expires(LocalDate.parse("2199-12-31")).build().expires())
        .isEqualTo(LocalDate.parse("2199-12-31"));
  }

  @Test
  void aPointerNotStartingWithASlashIsRefusedQuotingIt() {
    assertThatThrownBy(() -> waiver().pointer("participants/1").build())
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'unpaid-lived-experience': a waiver's pointer must start with '/', but"
            + " was \"participants/1\"");
  }

  @Test
  void aWaiverAppliesUntilTheEndOfItsExpiryDay() {
    Waiver w = waiver().build();
    assertThat(w.isExpiredOn(EXPIRES.minusDays(1))).isFalse();
    assertThat(w.isExpiredOn(EXPIRES)).isFalse();
    assertThat(w.isExpiredOn(EXPIRES.plusDays(1))).isTrue();
  }

  @Test
  void aWaiverMatchesFindingsOfItsRuleForItsInitiative() {
    Finding unpaid = findingAt("unpaid-lived-experience", "/participants/1/payment");
    assertThat(waiver().build().matches("any", unpaid)).isTrue();
    assertThat(waiver().initiative("crisis").build().matches("crisis", unpaid)).isTrue();
    assertThat(waiver().initiative("crisis").build().matches("another", unpaid)).isFalse();
    assertThat(waiver().build().matches("any",
        findingAt("no-champions", "/participants/1/payment"))).isFalse();
  }

  @Test
  void aPointerMatchesEvidenceAtOrBelowItAndNotASiblingSharingItsDigits() {
    Finding second = findingAt("unpaid-lived-experience", "/participants/1/payment");
    Finding eleventh = findingAt("unpaid-lived-experience", "/participants/10/payment");
    assertThat(waiver().pointer("/participants/1").build().matches("x", second)).isTrue();
    assertThat(waiver().pointer("/participants/1/payment").build().matches("x", second))
        .isTrue();
    assertThat(waiver().pointer("/participants/1").build().matches("x", eleventh)).isFalse();
    assertThat(waiver().pointer("/participants/1/payment/method").build().matches("x", second))
        .isFalse();
  }

  @Test
  void aPointerWrittenWithATrailingSlashMatchesWhatLiesBelowIt() {
    Finding second = findingAt("unpaid-lived-experience", "/participants/1/payment");
    assertThat(waiver().pointer("/participants/").build().matches("x", second)).isTrue();
    assertThat(waiver().pointer("/participants/1/").build().matches("x", second)).isTrue();
    assertThat(waiver().pointer("/participants/2/").build().matches("x", second)).isFalse();
  }
}
