package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.EventKind;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event weighs only on the gaps of the elements it bears on, never lowers a severity, says so
 * without "raised" where the gap was already severe enough, and is described by its dates; gaps
 * it weighs on rank first, findings about events next.
 */
class EventWeightFloorTest {

  private static Finding gap(String element, Severity severity) {
    return new Finding.Builder().rule("gap-on-" + element).severity(severity)
        .status(FindingStatus.GAP).message("A gap on " + element + ".").addElements(element)
        .addEvidence(Evidence.of("/arrangements/groundRules", "absent"))
        .remedy("Close it.").build();
  }

  private static Event event(EventKind kind, String date, String until, String element) {
    Event.Builder b = new Event.Builder().kind(kind).addElements(element);
    if (date != null) {
      b.date(LocalDate.parse(date));
    }
    if (until != null) {
      b.until(LocalDate.parse(until));
    }
    return b.build();
  }

  /** The one finding, weighed against these events. */
  private static Finding weighed(Finding finding, Event... events) {
    Initiative record = Inputs.running().addEvents(events).build();
    List<Finding> findings = new ArrayList<>(List.of(finding));
    EventWeight.raise(findings, record, Messages.english());
    return findings.get(0);
  }

  @Test
  void anEventWeighsOnlyOnTheGapsOfTheElementsItBearsOn() {
    Finding raised = weighed(gap("S1.2", Severity.MINOR),
        event(EventKind.CONFLICT, "2026-02-01", null, "S2.6"),
        event(EventKind.DELAY, "2026-03-01", null, "S1.2"));
    assertThat(raised.raisedBy()).containsExactly("/events/1");
    assertThat(raised.severity()).isEqualTo(Severity.MAJOR);
    assertThat(raised.message()).isEqualTo("A gap on S1.2. Raised to major by what happened:"
        + " a delay on 2026-03-01.");
  }

  @Test
  void aGapNoEventBearsOnIsLeftAsItWas() {
    Finding minor = gap("S1.2", Severity.MINOR);
    assertThat(weighed(minor, event(EventKind.DELAY, "2026-03-01", null, "S2.6")))
        .isEqualTo(minor);
  }

  @Test
  void aCriticalGapStaysCriticalAndIsNotSaidToBeRaised() {
    // a delay harms nobody: its floor is major, below the gap's own severity
    Finding critical = weighed(gap("S2.6", Severity.CRITICAL),
        event(EventKind.DELAY, "2026-03-01", null, "S2.6"));
    assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(critical.raisedBy()).containsExactly("/events/0");
    assertThat(critical.message()).isEqualTo("A gap on S2.6. What happened bears on it:"
        + " a delay on 2026-03-01.");
  }

  @Test
  void aMajorGapAHarmfulEventBearsOnIsRaisedToCritical() {
    assertThat(weighed(gap("S3.5", Severity.MAJOR),
        event(EventKind.DISTRESS, "2026-01-15", null, "S3.5")).severity())
        .isEqualTo(Severity.CRITICAL);
  }

  @Test
  void anEventEndingTheDayItBeganIsSaidToHappenOnThatDay() {
    assertThat(weighed(gap("S1.2", Severity.MAJOR),
        event(EventKind.DELAY, "2026-03-01", "2026-03-01", "S1.2")).message())
        .isEqualTo("A gap on S1.2. What happened bears on it: a delay on 2026-03-01.");
  }

  @Test
  void anEventOverSeveralDaysIsSaidFromAndTo() {
    assertThat(weighed(gap("S1.2", Severity.MAJOR),
        event(EventKind.DELAY, "2026-03-01", "2026-03-02", "S1.2")).message())
        .isEqualTo("A gap on S1.2. What happened bears on it: a delay from 2026-03-01 to"
            + " 2026-03-02.");
  }

  @Test
  void anUndatedEventIsSaidToHaveNoDate() {
    assertThat(weighed(gap("S3.5", Severity.MINOR),
        event(EventKind.DISTRESS, null, null, "S3.5")).message())
        .isEqualTo("A gap on S3.5. Raised to critical by what happened: distress (date not"
            + " recorded).");
  }

  @Test
  void raisedGapsRankBeforeFindingsAboutEventsAndThoseBeforeTheRest() {
    Finding rest = gap("S1.2", Severity.MAJOR);
    Finding aboutEvents = new Finding.Builder().from(gap("S3.5", Severity.MAJOR))
        .evidence(List.of(Evidence.of("/events/0/kind", "distress"))).build();
    Finding raised = new Finding.Builder().from(gap("S2.6", Severity.MAJOR))
        .raisedBy(List.of("/events/0")).build();
    List<Finding> findings = new ArrayList<>(List.of(rest, aboutEvents, raised));
    findings.sort(Comparator.comparing(EventWeight::rank));
    assertThat(findings).containsExactly(raised, aboutEvents, rest);
  }
}
