package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Cause;
import io.github.coproduction.core.initiative.CauseKind;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.EventKind;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What happened: a person harmed, something in the way, systems checked but still in the way. */
class EventRulesTest {

  static final Participant PEER_RESEARCHER = new Participant.Builder().ref("PR1")
      .role(Role.PEER_RESEARCHER).livedExperience(Recorded.present(LivedExperience.SERVICE_USER))
      .build();

  static Event delay() {
    return new Event.Builder().date(LocalDate.parse("2025-09-01"))
        .until(LocalDate.parse("2026-03-01")).kind(EventKind.DELAY).addAffected("PR1")
        .cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM)).build();
  }

  static Event distress() {
    return new Event.Builder().date(LocalDate.parse("2026-01-15")).kind(EventKind.DISTRESS)
        .addAffected("PR1").cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM)).build();
  }

  static Initiative.Builder withPeerResearcher() {
    return running().addParticipants(PEER_RESEARCHER);
  }

  static Arrangements systemsChecked() {
    return new Arrangements.Builder().systemsReviewed(Provision.present()).build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        // person-harmed ----------------------------------------------------------------------
        finds("distress caused by an institutional system",
            () -> withPeerResearcher().addEvents(distress()).build(),
            gap("person-harmed", CRITICAL, "Distress on 2026-01-15, caused by an institutional"
                + " system, affected PR1 (event 1, bearing on S3.5, S1.2).")
                .at("/events/0", "distress")
                .elements("S3.5", "S1.2").remedy("C4.4", "C4.2")),
        finds("harm with the elements recorded, nobody named",
            () -> running().addEvents(new Event.Builder().date(LocalDate.parse("2026-02-01"))
                .kind(EventKind.HARM).addElements("S3.5").build()).build(),
            gap("person-harmed", CRITICAL, "Harm to a person on 2026-02-01 (event 1, bearing on"
                + " S3.5).")
                .at("/events/0", "harm")
                .elements("S3.5").remedy("C4.4", "C4.2")),
        finds("harm caused by a person's role, the second event recorded",
            () -> withPeerResearcher().addEvents(delay(), new Event.Builder()
                .date(LocalDate.parse("2026-02-01")).kind(EventKind.HARM).addElements("S3.5")
                .cause(new Cause.Builder().kind(CauseKind.ROLE).role(Role.COMMISSIONER).build())
                .build()).build(),
            gap("person-harmed", CRITICAL, "Harm to a person on 2026-02-01, caused by a person's"
                + " role (commissioner) (event 2, bearing on S3.5).")
                .at("/events/1", "harm")
                .elements("S3.5").remedy("C4.4", "C4.2")),
        // An event that ends the day it began took place on one day.
        finds("distress over one day, its end recorded",
            () -> withPeerResearcher().addEvents(new Event.Builder()
                .date(LocalDate.parse("2026-01-15")).until(LocalDate.parse("2026-01-15"))
                .kind(EventKind.DISTRESS).addAffected("PR1").build()).build(),
            gap("person-harmed", CRITICAL, "Distress on 2026-01-15, affected PR1 (event 1,"
                + " bearing on S3.5).")
                .at("/events/0", "distress")
                .elements("S3.5").remedy("C4.4", "C4.2")),
        passes("person-harmed", "a delay harms nobody by itself",
            () -> withPeerResearcher().addEvents(delay()).build()),

        // something-got-in-the-way -----------------------------------------------------------
        finds("a six-month delay caused by research approvals",
            () -> withPeerResearcher().addEvents(delay()).build(),
            gap("something-got-in-the-way", MAJOR, "A delay from 2025-09-01 to 2026-03-01,"
                + " caused by an institutional system, affected PR1 (event 1, bearing on S1.2).")
                .at("/events/0", "delay")
                .elements("S1.2").remedy("C4.2", "C6.1")),
        finds("a late payment, its usual element payment (S2.6)",
            () -> withPeerResearcher().addEvents(new Event.Builder()
                .date(LocalDate.parse("2026-04-30")).kind(EventKind.LATE_PAYMENT)
                .addAffected("PR1").build()).build(),
            gap("something-got-in-the-way", MAJOR, "A late payment on 2026-04-30, affected PR1"
                + " (event 1, bearing on S2.6).")
                .at("/events/0", "late-payment")
                .elements("S2.6").remedy("C4.2", "C6.1")),
        passes("something-got-in-the-way", "only distress recorded, which person-harmed weighs",
            () -> withPeerResearcher().addEvents(distress()).build()),
        notApplicable("something-got-in-the-way", "nothing recorded as happening",
            () -> withPeerResearcher().build(), "No events are recorded."),
        notApplicable("person-harmed", "nothing recorded as happening",
            () -> withPeerResearcher().build(), "No events are recorded."),

        // systems-checked-but-in-the-way -----------------------------------------------------
        finds("checked, but a delay caused by an institutional system still got in the way",
            () -> withPeerResearcher().arrangements(systemsChecked()).addEvents(delay()).build(),
            gap("systems-checked-but-in-the-way", MAJOR, "The initiative records its systems and"
                + " processes as checked for barriers, but an institutional system still got in"
                + " the way: a delay from 2025-09-01 to 2026-03-01.")
                .at("/arrangements/systemsReviewed", "present")
                .at("/events/0", "delay")
                .elements("S1.2", "C4").remedy("C4.2")),
        passes("systems-checked-but-in-the-way", "checked, and a conflict with no system cause",
            () -> withPeerResearcher().arrangements(systemsChecked())
                .addEvents(new Event.Builder().date(LocalDate.parse("2026-02-01"))
                    .kind(EventKind.CONFLICT).build()).build()),
        finds("checked, but institutional systems got in the way twice",
            () -> withPeerResearcher().arrangements(systemsChecked())
                .addEvents(delay(), distress()).build(),
            gap("systems-checked-but-in-the-way", MAJOR, "The initiative records its systems and"
                + " processes as checked for barriers, but an institutional system still got in"
                + " the way: a delay from 2025-09-01 to 2026-03-01; distress on 2026-01-15.")
                .at("/arrangements/systemsReviewed", "present")
                .at("/events/0", "delay")
                .at("/events/1", "distress")
                .elements("S1.2", "C4").remedy("C4.2")),
        passes("systems-checked-but-in-the-way", "checked, and a delay caused by a decision",
            () -> withPeerResearcher().arrangements(systemsChecked())
                .addEvents(new Event.Builder().date(LocalDate.parse("2026-02-01"))
                    .kind(EventKind.DELAY).cause(Cause.of(CauseKind.DECISION)).build()).build()),
        notApplicable("systems-checked-but-in-the-way", "systems never checked",
            () -> withPeerResearcher().addEvents(delay()).build(),
            "Systems are not recorded as checked for barriers."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
