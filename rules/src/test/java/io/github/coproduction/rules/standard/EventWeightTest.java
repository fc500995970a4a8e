package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.EventKind;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What happened weighs on the gaps it bears on: the peer-researcher case (approvals delayed for
 * months, distress, resignation) gives a critical gap on S1.2 ranked first; the same record
 * without the events leaves it minor.
 */
class EventWeightTest {

  private static Initiative.Builder systemsNeverChecked() {
    return EventRulesTest.withPeerResearcher().arrangements(new Arrangements.Builder()
        .systemsReviewed(Provision.absent()).build());
  }

  private static Event left() {
    return new Event.Builder().date(LocalDate.parse("2026-03-20")).kind(EventKind.PARTNER_LEFT)
        .addAffected("PR1").addElements("S1.2", "S3.7").build();
  }

  private static Finding rule(Assessment a, String rule) {
    return a.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void withoutEventsTheUncheckedSystemsStayMinor() {
    Assessment a = Assessor.standard().assess(systemsNeverChecked().build(), Inputs.ASSESSED_ON);
    Finding systems = rule(a, "systems-in-the-way");
    assertThat(systems.severity()).isEqualTo(Severity.MINOR);
    assertThat(systems.raisedBy()).isEmpty();
  }

  @Test
  void delayDistressAndResignationMakeTheS12GapCriticalAndFirst() {
    Assessment a = Assessor.standard().assess(systemsNeverChecked()
        .addEvents(EventRulesTest.delay(), EventRulesTest.distress(), left()).build(),
        Inputs.ASSESSED_ON);
    Finding first = a.findings().get(0);
    assertThat(first.rule()).isEqualTo("systems-in-the-way");
    assertThat(first.elements()).contains("S1.2");
    assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(first.raisedBy()).containsExactly("/events/0", "/events/1", "/events/2");
    assertThat(first.message()).isEqualTo("The initiative did not check its systems and"
        + " processes for barriers to taking part. Raised to critical by what happened: a delay"
        + " from 2025-09-01 to 2026-03-01, distress on 2026-01-15, a partner leaving on"
        + " 2026-03-20.");
    // The key is the rule's, not the weight's: progress still pairs it with the minor gap.
    assertThat(first.key()).isEqualTo("systems-in-the-way|GAP|/arrangements/systemsReviewed");
  }

  @Test
  void aDelayWithoutHarmRaisesToMajorOnly() {
    Assessment a = Assessor.standard().assess(systemsNeverChecked()
        .addEvents(EventRulesTest.delay()).build(), Inputs.ASSESSED_ON);
    Finding systems = rule(a, "systems-in-the-way");
    assertThat(systems.severity()).isEqualTo(Severity.MAJOR);
    assertThat(systems.message()).endsWith("Raised to major by what happened: a delay from"
        + " 2025-09-01 to 2026-03-01.");
  }

  @Test
  void checkedButStillInTheWayIsFlaggedWhereItWasSilentBefore() {
    Initiative checked = EventRulesTest.withPeerResearcher()
        .arrangements(EventRulesTest.systemsChecked()).build();
    Assessment before = Assessor.standard().assess(checked, Inputs.ASSESSED_ON);
    assertThat(before.findings()).noneMatch(f -> f.elements().contains("S1.2")
        && f.status() == FindingStatus.GAP);
    Assessment after = Assessor.standard().assess(new Initiative.Builder().from(checked)
        .addEvents(EventRulesTest.delay(), EventRulesTest.distress()).build(), Inputs.ASSESSED_ON);
    assertThat(after.findings().get(0).rule()).isEqualTo("person-harmed");
    assertThat(after.findings().stream().map(Finding::rule))
        .contains("systems-checked-but-in-the-way", "something-got-in-the-way");
    assertThat(after.element("S1.2").status().name()).isEqualTo("GAP");
  }

  @Test
  void eventsNeverRaiseFindingsOfFactsNotRecorded() {
    Assessment a = Assessor.standard().assess(EventRulesTest.withPeerResearcher()
        .addEvents(EventRulesTest.distress()).build(), Inputs.ASSESSED_ON);
    List<Finding> notRecorded = a.findings().stream()
        .filter(f -> f.status() == FindingStatus.NOT_RECORDED).toList();
    assertThat(notRecorded).isNotEmpty().allMatch(f -> f.raisedBy().isEmpty());
  }
}
