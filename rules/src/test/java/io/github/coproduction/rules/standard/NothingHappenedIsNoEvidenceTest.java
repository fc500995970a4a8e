package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.ElementStatus.NOT_ASSESSED;
import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.StatementKind;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.RuleStatus;
import org.junit.jupiter.api.Test;

/**
 * A rule about what happened or what partners said passes when nothing of its kind is recorded,
 * but that pass is no evidence that an element is met: run alone, so that every element is
 * touched by it only, it leaves every element not assessed. Each input sits beside the statuses it
 * gives.
 */
class NothingHappenedIsNoEvidenceTest {

  @Test
  void aDelayHarmsNobodyAndMeetsNoElement() {
    Initiative i = EventRulesTest.withPeerResearcher().addEvents(EventRulesTest.delay()).build();

    Assessment a = alone(EventRules.PERSON_HARMED).assess(i, ASSESSED_ON);

    assertThat(a.rule("person-harmed").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(a.elements()).as("a recorded delay is no evidence that S3.5 or C4 is met")
        .allSatisfy(e -> assertThat(e.status()).as(e.element()).isEqualTo(NOT_ASSESSED));
  }

  @Test
  void onlyHarmRecordedMeetsNoElementOfWhatGotInTheWay() {
    Initiative i = EventRulesTest.withPeerResearcher().addEvents(EventRulesTest.distress())
        .build();

    Assessment a = alone(EventRules.SOMETHING_GOT_IN_THE_WAY).assess(i, ASSESSED_ON);

    assertThat(a.rule("something-got-in-the-way").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(a.elements()).as("recorded distress is no evidence that S1.2 or C4 is met")
        .allSatisfy(e -> assertThat(e.status()).as(e.element()).isEqualTo(NOT_ASSESSED));
  }

  @Test
  void aPartnersAppreciationIsNoEvidenceOfEquality() {
    Initiative i = running().addParticipants(StatementRulesTest.WORKING_GROUP)
        .addStatements(StatementRulesTest.said("WG", StatementKind.APPRECIATION)).build();

    Assessment a = alone(StatementRules.PARTNERS_REPORT_EXCLUSION).assess(i, ASSESSED_ON);

    assertThat(a.rule("partners-report-exclusion").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(a.elements()).as("no statement of exclusion is no evidence that S3.3, S1.1 or"
        + " S3.1 is met")
        .allSatisfy(e -> assertThat(e.status()).as(e.element()).isEqualTo(NOT_ASSESSED));
  }

  private static Assessor alone(Rule rule) {
    return Assessor.builder()
        .ruleSet(RuleSet.builder().name("alone").version("1").add(rule).build())
        .build();
  }
}
