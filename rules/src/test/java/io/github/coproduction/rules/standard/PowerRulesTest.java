package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.core.initiative.SessionKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Power judged on the evidence: partners, decisions, sessions and the evidenced rung, input
 * beside finding, for every rule issue 11 added or changed.
 */
class PowerRulesTest {

  private static Decision decision(String subject, String... madeBy) {
    return new Decision.Builder().subject(subject).addMadeBy(madeBy).build();
  }

  private static Session session(String date, SessionKind kind, List<String> decisions,
      String... attendees) {
    return new Session.Builder().date(LocalDate.parse(date)).kind(kind).addAttendees(attendees)
        .decisions(decisions).build();
  }

  private static Participant seniorManagerWithLivedExperience(String ref) {
    return new Participant.Builder().ref(ref).role(Role.SENIOR_MANAGER)
        .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).build();
  }

  /** A service user flagged as deciding, among staff who made every recorded decision. */
  private static Initiative.Builder flaggedButOutside() {
    return running()
        .addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT).build(),
            commissioner("S01").build())
        .power(new Power.Builder().addDecisions(decision("Service model", "S01"),
            decision("Budget", "S01")).build());
  }

  /** Partners at every session and in every decision, paid at the staff rate, ongoing. */
  private static Initiative.Builder genuinelyOngoing() {
    return running()
        .addParticipants(serviceUser("P01").payment(Recorded.present(fee("25.00")))
                .decisionMaker(Fact.PRESENT).build(),
            new Participant.Builder().ref("P02").role(Role.CARER)
                .livedExperience(Recorded.present(LivedExperience.CARER))
                .payment(Recorded.present(fee("25.00"))).decisionMaker(Fact.PRESENT).build(),
            commissioner("S01").build())
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
        .power(new Power.Builder()
            .problemDefinedBy(Recorded.present(EnumSet.of(Role.SERVICE_USER, Role.COMMISSIONER)))
            .addDecisions(decision("Service model", "P01", "P02", "S01"),
                new Decision.Builder().subject("Budget").area(DecisionArea.BUDGET)
                    .addMadeBy("P02", "S01").build())
            .build())
        .sessions(List.of(
            session("2026-01-12", SessionKind.WORKSHOP, List.of("0"), "P01", "P02", "S01"),
            session("2026-02-09", SessionKind.MEETING, List.of("1"), "P02", "S01"),
            session("2026-03-09", SessionKind.WORKSHOP, List.of(), "P01", "P02", "S01")))
        .continuity(Recorded.present(Continuity.ONGOING));
  }

  static Stream<Example> examples() {
    return Stream.of(
        // no-lived-experience: staff with lived experience are shown, not counted ------------
        finds("a senior manager with lived experience and no partner",
            () -> running().addParticipants(seniorManagerWithLivedExperience("S01"),
                commissioner("S02").build()).build(),
            gap("no-lived-experience", MAJOR,
                "The initiative has no lived-experience partner: none of the 2 participants takes"
                    + " part as a service user, carer, peer worker or for a user-led or"
                    + " peer-support organisation. Staff with lived experience (S01) bring"
                    + " something valuable, but they are not partners.")
                .at("/participants", "2 participants, no lived-experience partner")
                .at("/participants/0/role", "senior-manager")
                .elements("S3.7", "S3.3", "C1", "C4").remedy("C4.1", "C1.2")),
        passes("no-lived-experience", "a peer worker among staff",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("PW1").role(Role.PEER_WORKER).build()).build()),

        // tokenism on the evidence -----------------------------------------------------------
        finds("a service user flagged as deciding, every decision made by staff",
            () -> flaggedButOutside().build(),
            gap("tokenism", MAJOR,
                "Partners took part in 0 of 2 recorded decisions: they are absent from all of"
                    + " them. That P01 is flagged as a decision-maker does not change it.")
                .at("/participants/0/decisionMaker", "present")
                .at("/power/decisions/0", "made without partners")
                .at("/power/decisions/1", "made without partners")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        // Flagged partners are named in the order of their references, not of the record.
        finds("two service users flagged as deciding, every decision made by staff",
            () -> running()
                .addParticipants(serviceUser("P02").decisionMaker(Fact.PRESENT).build(),
                    serviceUser("P01").decisionMaker(Fact.PRESENT).build(),
                    commissioner("S01").build())
                .power(new Power.Builder().addDecisions(decision("Service model", "S01"),
                    decision("Budget", "S01")).build())
                .build(),
            gap("tokenism", MAJOR,
                "Partners took part in 0 of 2 recorded decisions: they are absent from all of"
                    + " them. That P01, P02 are flagged as decision-makers does not change it.")
                .at("/participants/1/decisionMaker", "present")
                .at("/participants/0/decisionMaker", "present")
                .at("/power/decisions/0", "made without partners")
                .at("/power/decisions/1", "made without partners")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        finds("one service user among eight people",
            () -> running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT)
                    .build(), commissioner("S01").build(), commissioner("S02").build(),
                commissioner("S03").build(), commissioner("S04").build(),
                commissioner("S05").build(), commissioner("S06").build(),
                commissioner("S07").build()).build(),
            gap("tokenism", MAJOR,
                "1 of 8 participants is a partner: a token share of the group (below 25%).")
                .at("/participants", "1 of 8 participants are partners")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        finds("the budget decided by staff only",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder().addDecisions(decision("Service model", "P01", "S01"),
                    new Decision.Builder().subject("Budget").area(DecisionArea.BUDGET)
                        .addMadeBy("S01").build()).build())
                .build(),
            gap("tokenism", MAJOR,
                "A decision on the budget (\"Budget\") was kept to staff.")
                .at("/power/decisions/1/area", "budget")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        finds("decisions made by a board whose members are not recorded",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder()
                    .addBodies(new Body.Builder().id("board").name("Programme board").build())
                    .addDecisions(new Decision.Builder().subject("Service model").body("board")
                        .build()).build())
                .build(),
            notRecorded("tokenism", MAJOR,
                "Whether partners take part in decisions is not recorded: whether partners took"
                    + " part in 1 of 1 recorded decisions.")
                .at("/power/decisions", "partners not recorded")
                .elements("S2.7", "S1.1", "S3.3").remedy("C4.1", "C3.6")),
        passes("tokenism", "decisions made by a board with service users on it",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder()
                    .addBodies(new Body.Builder().id("board").name("Programme board")
                        .addRoles(Role.SERVICE_USER, Role.COMMISSIONER).members(6).build())
                    .addDecisions(new Decision.Builder().subject("Service model").body("board")
                        .build()).build())
                .build()),

        // decision-maker-not-evidenced -------------------------------------------------------
        finds("a partner flagged as deciding, in none of the recorded decisions",
            () -> flaggedButOutside().build(),
            gap("decision-maker-not-evidenced", MAJOR,
                "P01 is flagged as a decision-maker but took part in none of the 2 recorded"
                    + " decisions.")
                .at("/participants/0/decisionMaker", "present")
                .at("/power/decisions", "2 decisions, none with P01")
                .elements("S2.7", "S3.1").remedy("C4.1", "C2.3")),
        finds("a partner flagged as deciding; the deciding board recorded only by name",
            () -> running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT)
                    .build(), commissioner("S01").build())
                .power(new Power.Builder()
                    .addBodies(new Body.Builder().id("board").name("Programme board").build())
                    .addDecisions(new Decision.Builder().subject("Service model").body("board")
                        .build()).build())
                .build(),
            notRecorded("decision-maker-not-evidenced", MAJOR,
                "Whether P01, flagged as decision-makers, took part in the recorded decisions is"
                    + " not recorded: the bodies that made them are recorded only by role.")
                .at("/participants/0/decisionMaker", "present")
                .elements("S2.7", "S3.1").remedy("C4.1", "C2.3")),
        passes("decision-maker-not-evidenced", "a partner flagged as deciding and named in a"
                + " decision",
            () -> running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT)
                    .build(), commissioner("S01").build())
                .power(new Power.Builder().addDecisions(decision("Budget", "P01", "S01"))
                    .build())
                .build()),
        notApplicable("decision-maker-not-evidenced", "no decision recorded",
            () -> running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT)
                .build()).build(),
            "No decision is recorded to check the decisionMaker flags against."),
        notApplicable("decision-maker-not-evidenced", "no partner flagged as deciding",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder().addDecisions(decision("Budget", "S01")).build())
                .build(),
            "No partner is flagged as a decision-maker."),

        // one-off-exercise: the sessions outweigh the declaration ----------------------------
        finds("calls itself ongoing: one workshop, then staff-only decisions",
            () -> running()
                .addParticipants(serviceUser("P01").build(), commissioner("S01").build(),
                    commissioner("S02").build())
                .power(new Power.Builder().addDecisions(decision("Service model", "S01", "S02"))
                    .build())
                .sessions(List.of(
                    session("2026-01-12", SessionKind.WORKSHOP, List.of(), "P01", "S01", "S02"),
                    session("2026-02-09", SessionKind.BOARD, List.of("0"), "S01", "S02")))
                .continuity(Recorded.present(Continuity.ONGOING))
                .build(),
            gap("one-off-exercise", MAJOR,
                "The initiative calls itself ongoing, but the sessions show a one-off: partners"
                    + " took part in only one of 2 recorded sessions, and staff-only sessions or"
                    + " decisions followed.")
                .at("/continuity", "ongoing")
                .at("/sessions/0", "2026-01-12, with partners")
                .at("/sessions/1", "2026-02-09, staff only")
                .at("/power/decisions/0", "made without partners")
                .elements("C3", "C2").remedy("C3.6", "C2.1")),
        finds("declared a one-off: one workshop, then staff-only decisions",
            () -> running()
                .addParticipants(serviceUser("P01").build(), commissioner("S01").build(),
                    commissioner("S02").build())
                .power(new Power.Builder().addDecisions(decision("Service model", "S01", "S02"))
                    .build())
                .sessions(List.of(
                    session("2026-01-12", SessionKind.WORKSHOP, List.of(), "P01", "S01", "S02"),
                    session("2026-02-09", SessionKind.BOARD, List.of("0"), "S01", "S02")))
                .continuity(Recorded.present(Continuity.ONE_OFF))
                .build(),
            gap("one-off-exercise", MAJOR,
                "The sessions show a one-off exercise: partners took part in only one of 2"
                    + " recorded sessions, and staff-only sessions or decisions followed.")
                .at("/continuity", "one-off")
                .at("/sessions/0", "2026-01-12, with partners")
                .at("/sessions/1", "2026-02-09, staff only")
                .at("/power/decisions/0", "made without partners")
                .elements("C3", "C2").remedy("C3.6", "C2.1")),
        passes("one-off-exercise", "genuinely ongoing: partners at every session and decision",
            () -> genuinelyOngoing().build()),
        passes("one-off-exercise", "continuity not declared, but partners at three sessions",
            () -> genuinelyOngoing().continuity(Recorded.notRecorded()).build()),

        // papers-late ------------------------------------------------------------------------
        finds("papers sent two days before a session with partners",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-10"))
                    .kind(SessionKind.MEETING).addAttendees("P01", "S01")
                    .papersSent(LocalDate.parse("2026-03-08")).build())
                .build(),
            gap("papers-late", MINOR,
                "Papers for 1 of 1 sessions with partners were sent fewer than 5 days before.")
                .at("/sessions/0/papersSent", "2026-03-08 (2 days before 2026-03-10)")
                .elements("S3.1", "C4").remedy("C4.2", "C4.3")),
        finds("when papers were sent not recorded",
            () -> running().addParticipants(serviceUser("P01").build())
                .addSessions(session("2026-03-10", SessionKind.MEETING, List.of(), "P01"))
                .build(),
            notRecorded("papers-late", MINOR,
                "When papers were sent is not recorded for 1 of 1 sessions with partners.")
                .at("/sessions/0/papersSent", "not recorded")
                .elements("S3.1", "C4").remedy("C4.2", "C4.3")),
        passes("papers-late", "papers sent exactly five days before",
            () -> running().addParticipants(serviceUser("P01").build())
                .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-10"))
                    .kind(SessionKind.WORKSHOP).addAttendees("P01")
                    .papersSent(LocalDate.parse("2026-03-05")).build())
                .build()),
        passes("papers-late", "papers sent a week before",
            () -> running().addParticipants(serviceUser("P01").build())
                .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-10"))
                    .kind(SessionKind.WORKSHOP).addAttendees("P01")
                    .papersSent(LocalDate.parse("2026-03-03")).build())
                .build()),
        notApplicable("papers-late", "no sessions recorded",
            () -> running().addParticipants(serviceUser("P01").build()).build(),
            "No sessions are recorded."),
        notApplicable("papers-late", "only staff-only sessions",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .addSessions(session("2026-03-10", SessionKind.BOARD, List.of(), "S01"))
                .build(),
            "No recorded session had partners taking part."),

        // limits-not-stated: "everything is open" against staff-only decisions ---------------
        finds("everything stated open, but a decision made by staff only",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder().notOpenToCoproduction(Recorded.present(List.of()))
                    .addDecisions(decision("Service model", "S01")).build())
                .build(),
            gap("limits-not-stated", MINOR,
                "The initiative states that everything is open to co-production, but 1 of 1"
                    + " recorded decisions were made without partners: what was not open was"
                    + " never said.")
                .at("/power/notOpenToCoproduction", "[]")
                .at("/power/decisions/0", "made without partners")
                .elements("S2.4", "S3.1", "C2").remedy("C2.3")),
        passes("limits-not-stated", "everything stated open, every decision made with partners",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder().notOpenToCoproduction(Recorded.present(List.of()))
                    .addDecisions(decision("Service model", "P01", "S01")).build())
                .build()),

        passes("limits-not-stated", "the limits stated, and a decision made by staff only",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder()
                    .notOpenToCoproduction(Recorded.present(List.of("The contract length")))
                    .addDecisions(decision("Contract length", "S01")).build())
                .build()),
        passes("limits-not-stated", "everything stated open, and only staff take part",
            () -> running().addParticipants(commissioner("S01").build(),
                    commissioner("S02").build())
                .power(new Power.Builder().notOpenToCoproduction(Recorded.present(List.of()))
                    .addDecisions(decision("Service model", "S01", "S02")).build())
                .build()),

        // coproduction-washing: the claim against the evidenced rung -------------------------
        finds("co-design claimed by the rung recorded, the problem defined by staff",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .claimsCoproduction(Fact.ABSENT)
                .power(new Power.Builder()
                    .problemDefinedBy(Recorded.present(EnumSet.of(Role.COMMISSIONER)))
                    .addDecisions(decision("Service model", "P01", "S01")).build())
                .ladder(new LadderPosition.Builder()
                    .current(Recorded.present(LadderRung.CO_DESIGN)).build())
                .build(),
            gap("coproduction-washing", MAJOR, "The initiative claims Co-design but its record"
                + " evidences Engagement: The problem was defined without partners.")
                .at("/ladder/current", "co-design")
                .at("/power/problemDefinedBy", "[commissioner]")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("co-production claimed with no rung recorded, the problem defined by staff",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .claimsCoproduction(Fact.PRESENT)
                .power(new Power.Builder()
                    .problemDefinedBy(Recorded.present(EnumSet.of(Role.COMMISSIONER)))
                    .addDecisions(decision("Service model", "P01", "S01")).build())
                .build(),
            gap("coproduction-washing", MAJOR, "The initiative claims Co-production but its"
                + " record evidences Engagement: The problem was defined without partners. (no"
                + " rung is recorded)")
                .at("/claimsCoproduction", "present")
                .at("/power/problemDefinedBy", "[commissioner]")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("co-production claimed, co-design evidenced, the rest not recorded",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .claimsCoproduction(Fact.PRESENT)
                .power(new Power.Builder()
                    .problemDefinedBy(Recorded.present(EnumSet.of(Role.SERVICE_USER)))
                    .addDecisions(decision("Service model", "P01", "S01")).build())
                .ladder(new LadderPosition.Builder()
                    .current(Recorded.present(LadderRung.CO_PRODUCTION)).build())
                .build(),
            notRecorded("coproduction-washing", MAJOR, "The initiative claims Co-production; its"
                + " record evidences Co-design, and the record does not show the rest: Whether"
                + " co-production continues is not recorded. How partner P01 is paid is not"
                + " recorded.")
                .at("/claimsCoproduction", "present")
                .at("/ladder/current", "co-production")
                .at("/continuity", "not recorded")
                .at("/participants/0/payment", "not recorded")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("co-production claimed with no partner at all, no rung recorded",
            () -> running().addParticipants(seniorManagerWithLivedExperience("S01"))
                .claimsCoproduction(Fact.PRESENT).build(),
            gap("coproduction-washing", MAJOR,
                "The initiative claims Co-production with no lived-experience partner: None of"
                    + " the 1 participants takes part as a lived-experience partner. Staff with"
                    + " lived experience (S01) are not partners.")
                .at("/claimsCoproduction", "present")
                .at("/participants", "1 participants, no partner")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("co-production claimed, every decision made by staff",
            () -> flaggedButOutside().claimsCoproduction(Fact.PRESENT)
                .ladder(new LadderPosition.Builder()
                    .current(Recorded.present(LadderRung.CO_PRODUCTION)).build())
                .build(),
            gap("coproduction-washing", MAJOR,
                "The initiative claims Co-production but its record evidences Consultation: None"
                    + " of the 2 recorded decisions was made with partners. Partners took part in"
                    + " 0 of 2 recorded decisions, fewer than 50%.")
                .at("/claimsCoproduction", "present")
                .at("/ladder/current", "co-production")
                .at("/power/decisions/0", "made without partners")
                .at("/power/decisions/1", "made without partners")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        passes("coproduction-washing", "co-production claimed and evidenced",
            () -> genuinelyOngoing().claimsCoproduction(Fact.PRESENT)
                .ladder(new LadderPosition.Builder()
                    .current(Recorded.present(LadderRung.CO_PRODUCTION)).build())
                .build()),
        passes("coproduction-washing", "co-design claimed, co-design evidenced",
            () -> running().addParticipants(serviceUser("P01").build(),
                    commissioner("S01").build())
                .power(new Power.Builder()
                    .problemDefinedBy(Recorded.present(EnumSet.of(Role.SERVICE_USER)))
                    .addDecisions(decision("Service model", "P01", "S01")).build())
                .ladder(new LadderPosition.Builder()
                    .current(Recorded.present(LadderRung.CO_DESIGN)).build())
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
