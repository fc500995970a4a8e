package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Vision;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lived experience, power and decisions, the vision, one-offs: input beside finding. */
class PeopleRulesTest {

  static Stream<Example> examples() {
    return Stream.of(
        // no-lived-experience ----------------------------------------------------------------
        finds("two staff, both recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                commissioner("S02").build()).build(),
            gap("no-lived-experience", MAJOR,
                "The initiative has no lived-experience partner: none of the 2 participants takes"
                    + " part as a service user, carer, peer worker or for a user-led or"
                    + " peer-support organisation.")
                .at("/participants", "2 participants, no lived-experience partner")
                .elements("S3.7", "S3.3", "C1", "C4").remedy("C4.1", "C1.2")),
        finds("one staff without, one participant whose lived experience is not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build()).build(),
            notRecorded("no-lived-experience", MAJOR,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S3.7", "S3.3", "C1", "C4").remedy("C4.1", "C1.2")),
        finds("no participants recorded",
            () -> running().build(),
            notRecorded("no-lived-experience", MAJOR,
                "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S3.7", "S3.3", "C1", "C4").remedy("C4.1", "C1.2")),
        passes("no-lived-experience", "a service user among staff",
            () -> running().addParticipants(commissioner("S01").build(),
                serviceUser("P01").build()).build()),

        // tokenism ---------------------------------------------------------------------------
        finds("two service users, neither where decisions are made",
            () -> running()
                .addParticipants(commissioner("S01").build(),
                    serviceUser("P01").decisionMaker(Fact.ABSENT).build(),
                    serviceUser("P02").decisionMaker(Fact.ABSENT).build())
                .power(new Power.Builder().addDecisions(new Decision.Builder()
                    .subject("Service specification").addMadeBy("S01").build()).build())
                .build(),
            gap("tokenism", MAJOR,
                "Partners took part in 0 of 1 recorded decisions: they are absent from all of"
                    + " them.")
                .at("/power/decisions/0", "made without partners")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        finds("a service user whose seat at decisions is not recorded",
            () -> running().addParticipants(serviceUser("P01").build()).build(),
            notRecorded("tokenism", MAJOR,
                "Whether partners take part in decisions is not recorded: no decision is"
                    + " recorded, and whether partners sit where decisions are made is not"
                    + " recorded for P01.")
                .at("/participants/0/decisionMaker", "not recorded")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        passes("tokenism", "a service user who sits where decisions are made",
            () -> running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT)
                .build()).build()),
        passes("tokenism", "a service user not flagged as a decision maker but named in a decision",
            () -> running()
                .addParticipants(commissioner("S01").build(),
                    serviceUser("P01").decisionMaker(Fact.ABSENT).build())
                .power(new Power.Builder().addDecisions(new Decision.Builder()
                    .subject("Budget allocation").addMadeBy("S01", "P01").build()).build())
                .build()),
        notApplicable("tokenism", "only staff",
            () -> running().addParticipants(commissioner("S01").build()).build(),
            "No participant takes part as a lived-experience partner."),

        finds("tokenism: no participants recorded, so whether it applies is not recorded",
            () -> running().build(),
            notRecorded("tokenism", MAJOR, "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        finds("tokenism: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .build(),
            notRecorded("tokenism", MAJOR,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        notApplicable("tokenism", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("S02").role(Role.FRONT_LINE_STAFF)
                    .livedExperience(Recorded.absent()).build()).build(),
            "No participant takes part as a lived-experience partner."),
        // problem-defined-without-lived-experience -------------------------------------------
        finds("the problem defined by managers and commissioners only",
            () -> running().power(new Power.Builder().problemDefinedBy(Recorded.present(
                EnumSet.of(Role.COMMISSIONER, Role.SENIOR_MANAGER))).build()).build(),
            gap("problem-defined-without-lived-experience", MAJOR,
                "The problem the initiative addresses was defined by senior manager, commissioner"
                    + " only, without service users or carers.")
                .at("/power/problemDefinedBy", "[senior-manager, commissioner]")
                .elements("S2.7", "S1.1").remedy("C1.1", "C4.1")),
        finds("recorded that no service user or carer defined the problem",
            () -> running().power(new Power.Builder().problemDefinedBy(Recorded.absent())
                .build()).build(),
            gap("problem-defined-without-lived-experience", MAJOR,
                "The problem the initiative addresses was defined without service users or"
                    + " carers.")
                .at("/power/problemDefinedBy", "absent")
                .elements("S2.7", "S1.1").remedy("C1.1", "C4.1")),
        finds("who defined the problem not recorded",
            () -> running().build(),
            notRecorded("problem-defined-without-lived-experience", MAJOR,
                "Who defined the problem the initiative addresses is not recorded.")
                .at("/power/problemDefinedBy", "not recorded")
                .elements("S2.7", "S1.1").remedy("C1.1", "C4.1")),
        passes("problem-defined-without-lived-experience", "carers and a commissioner defined it",
            () -> running().power(new Power.Builder().problemDefinedBy(Recorded.present(
                EnumSet.of(Role.CARER, Role.COMMISSIONER))).build()).build()),
        passes("problem-defined-without-lived-experience", "a user-led organisation defined it",
            () -> running().power(new Power.Builder().problemDefinedBy(Recorded.present(
                EnumSet.of(Role.USER_LED_ORGANISATION))).build()).build()),

        // vision-not-informed-by-lived-experience --------------------------------------------
        finds("a vision recorded as not informed by lived experience",
            () -> running().vision(new Vision.Builder()
                .informedByLivedExperience(Fact.ABSENT).build()).build(),
            gap("vision-not-informed-by-lived-experience", MAJOR,
                "The vision and strategy the initiative serves are recorded as not informed by"
                    + " service user and carer realities and lived experiences.")
                .at("/vision/informedByLivedExperience", "absent")
                .elements("C1", "S3.7").remedy("C1.2")),
        finds("whether the vision is informed by lived experience not recorded",
            () -> running().build(),
            notRecorded("vision-not-informed-by-lived-experience", MAJOR,
                "Whether the vision and strategy are informed by lived experience is not"
                    + " recorded.")
                .at("/vision/informedByLivedExperience", "not recorded")
                .elements("C1", "S3.7").remedy("C1.2")),
        passes("vision-not-informed-by-lived-experience", "a vision informed by lived experience",
            () -> running().vision(new Vision.Builder()
                .informedByLivedExperience(Fact.PRESENT).build()).build()),

        // vision-not-co-produced -------------------------------------------------------------
        finds("a vision recorded as not co-produced",
            () -> running().vision(new Vision.Builder().coProduced(Fact.ABSENT).build()).build(),
            gap("vision-not-co-produced", MINOR,
                "The vision and strategy the initiative serves are recorded as not co-produced.")
                .at("/vision/coProduced", "absent")
                .elements("C1").remedy("C1.1")),
        finds("whether the vision was co-produced not recorded",
            () -> running().build(),
            notRecorded("vision-not-co-produced", MINOR,
                "Whether the vision and strategy were co-produced is not recorded.")
                .at("/vision/coProduced", "not recorded")
                .elements("C1").remedy("C1.1")),
        passes("vision-not-co-produced", "a co-produced vision",
            () -> running().vision(new Vision.Builder().coProduced(Fact.PRESENT).build())
                .build()),

        // one-off-exercise -------------------------------------------------------------------
        finds("a one-off exercise",
            () -> running().continuity(Recorded.present(Continuity.ONE_OFF)).build(),
            gap("one-off-exercise", MAJOR,
                "The initiative is a one-off exercise: co-production is not recorded as continuing"
                    + " beyond it.")
                .at("/continuity", "one-off")
                .elements("C3", "C2").remedy("C3.6", "C2.1")),
        finds("recorded that co-production does not continue",
            () -> running().continuity(Recorded.absent()).build(),
            gap("one-off-exercise", MAJOR,
                "The initiative is a one-off exercise: co-production is not recorded as continuing"
                    + " beyond it.")
                .at("/continuity", "absent")
                .elements("C3", "C2").remedy("C3.6", "C2.1")),
        finds("continuity not recorded",
            () -> running().build(),
            notRecorded("one-off-exercise", MAJOR,
                "Whether co-production continues beyond this initiative is not recorded.")
                .at("/continuity", "not recorded")
                .elements("C3", "C2").remedy("C3.6", "C2.1")),
        passes("one-off-exercise", "co-production continues",
            () -> running().continuity(Recorded.present(Continuity.ONGOING)).build()),

        // no-lived-experience, again: a carer counts as lived experience ---------------------
        passes("no-lived-experience", "a carer among staff",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("carer-1").role(Role.CARER)
                    .livedExperience(Recorded.present(LivedExperience.CARER)).build()).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
