package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.ADVISORY;
import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Support for everyone taking part: emotional support, timetable, training, staff, champions. */
class SupportRulesTest {

  static Stream<Example> examples() {
    return Stream.of(
        // no-emotional-support ---------------------------------------------------------------
        finds("a service user taking part with no emotional support",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder()
                    .emotionalSupport(Provision.absent("Not in the budget")).build())
                .build(),
            gap("no-emotional-support", CRITICAL,
                "The initiative offers no emotional or psychological support to the people with"
                    + " lived experience taking part.")
                .at("/arrangements/emotionalSupport", "absent")
                .elements("S3.5", "C4").remedy("C4.4")),
        finds("a service user taking part, emotional support not recorded",
            () -> running().addParticipants(serviceUser("P01").build()).build(),
            notRecorded("no-emotional-support", CRITICAL,
                "Whether the initiative offers emotional and psychological support is not"
                    + " recorded.")
                .at("/arrangements/emotionalSupport", "not recorded")
                .elements("S3.5", "C4").remedy("C4.4")),
        passes("no-emotional-support", "a peer support worker after each session",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder().emotionalSupport(
                    Provision.present("Peer support worker after each session")).build())
                .build()),
        notApplicable("no-emotional-support", "only staff, and no emotional support",
            () -> running().addParticipants(commissioner("S01").build())
                .arrangements(new Arrangements.Builder()
                    .emotionalSupport(Provision.absent()).build())
                .build(),
            "No participant takes part as a lived-experience partner."),

        finds("no-emotional-support: no participants recorded, so whether it applies is not recorded",
            () -> running().arrangements(new Arrangements.Builder().emotionalSupport(Provision.absent()).build()).build(),
            notRecorded("no-emotional-support", CRITICAL, "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S3.5", "C4").remedy("C4.4")),
        finds("no-emotional-support: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .arrangements(new Arrangements.Builder().emotionalSupport(Provision.absent()).build()).build(),
            notRecorded("no-emotional-support", CRITICAL,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S3.5", "C4").remedy("C4.4")),
        notApplicable("no-emotional-support", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("S02").role(Role.FRONT_LINE_STAFF)
                    .livedExperience(Recorded.absent()).build()).arrangements(new Arrangements.Builder().emotionalSupport(Provision.absent()).build()).build(),
            "No participant takes part as a lived-experience partner."),
        // fixed-timetable --------------------------------------------------------------------
        finds("a fixed timetable",
            () -> running().arrangements(new Arrangements.Builder()
                .timetableFlexibility(Provision.absent()).build()).build(),
            gap("fixed-timetable", MINOR,
                "The initiative's timetable has no flexibility for fluctuating mental health.")
                .at("/arrangements/timetableFlexibility", "absent")
                .elements("S3.4", "C4").remedy("C4.3")),
        finds("timetable flexibility not recorded",
            () -> running().build(),
            notRecorded("fixed-timetable", MINOR,
                "Whether the timetable allows for fluctuating mental health is not recorded.")
                .at("/arrangements/timetableFlexibility", "not recorded")
                .elements("S3.4", "C4").remedy("C4.3")),
        passes("fixed-timetable", "a flexible timetable",
            () -> running().arrangements(new Arrangements.Builder()
                .timetableFlexibility(Provision.present()).build()).build()),

        // no-training ------------------------------------------------------------------------
        finds("no training or development offered",
            () -> running().arrangements(new Arrangements.Builder()
                .trainingAndDevelopment(Provision.absent()).build()).build(),
            gap("no-training", MINOR,
                "The initiative offers no training or development in co-production.")
                .at("/arrangements/trainingAndDevelopment", "absent")
                .elements("C5", "S3.6", "S3.7").remedy("C5.2", "C5.3")),
        finds("training not recorded",
            () -> running().build(),
            notRecorded("no-training", MINOR,
                "Whether training or development in co-production is offered is not recorded.")
                .at("/arrangements/trainingAndDevelopment", "not recorded")
                .elements("C5", "S3.6", "S3.7").remedy("C5.2", "C5.3")),
        passes("no-training", "training offered",
            () -> running().arrangements(new Arrangements.Builder()
                .trainingAndDevelopment(Provision.present()).build()).build()),

        // staff-concerns-unheard -------------------------------------------------------------
        finds("staff never asked about their concerns",
            () -> running().arrangements(new Arrangements.Builder()
                .staffConcernsHeard(Provision.absent()).build()).build(),
            gap("staff-concerns-unheard", MINOR,
                "The initiative never asked staff about their experiences, fears and concerns.")
                .at("/arrangements/staffConcernsHeard", "absent")
                .elements("S3.6", "C3").remedy("C3.1", "C3.2")),
        finds("staff concerns not recorded",
            () -> running().build(),
            notRecorded("staff-concerns-unheard", MINOR,
                "Whether staff were asked about their fears and concerns is not recorded.")
                .at("/arrangements/staffConcernsHeard", "not recorded")
                .elements("S3.6", "C3").remedy("C3.1", "C3.2")),
        passes("staff-concerns-unheard", "staff concerns heard",
            () -> running().arrangements(new Arrangements.Builder()
                .staffConcernsHeard(Provision.present()).build()).build()),

        // no-champions -----------------------------------------------------------------------
        finds("no champions",
            () -> running().arrangements(new Arrangements.Builder()
                .champions(Provision.absent()).build()).build(),
            gap("no-champions", ADVISORY, "The initiative has no co-production champions.")
                .at("/arrangements/champions", "absent")
                .elements("C3").remedy("C3.4")),
        finds("champions not recorded",
            () -> running().build(),
            notRecorded("no-champions", ADVISORY,
                "Whether the initiative has co-production champions is not recorded.")
                .at("/arrangements/champions", "not recorded")
                .elements("C3").remedy("C3.4")),
        passes("no-champions", "champions found and supported",
            () -> running().arrangements(new Arrangements.Builder()
                .champions(Provision.present()).build()).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
