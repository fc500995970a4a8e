package io.github.coproduction.rules;

import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.core.initiative.SessionKind;
import io.github.coproduction.core.initiative.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The balance of power computed from small records: who decides (named, by role, by attending the
 * session that took the decision, or only possibly through a body), which decisions and sessions
 * had partners, and the flags with no decision recorded.
 */
class PowerBalanceTest {

  private static Participant carer(String ref) {
    return new Participant.Builder().ref(ref).role(Role.CARER)
        .livedExperience(Recorded.present(LivedExperience.CARER)).build();
  }

  /** A community member whose lived experience is not recorded: partnership unknown. */
  private static Participant communityMember(String ref) {
    return new Participant.Builder().ref(ref).role(Role.COMMUNITY_MEMBER).build();
  }

  private static Body body(String id, Role... roles) {
    return new Body.Builder().id(id).name("Body " + id).addRoles(roles).build();
  }

  private static Decision.Builder decision(String subject) {
    return new Decision.Builder().subject(subject);
  }

  private static Session.Builder session(String date) {
    return new Session.Builder().date(LocalDate.parse(date)).kind(SessionKind.MEETING);
  }

  /** A service user flagged as deciding, and a commissioner (also flagged). */
  private static Initiative.Builder flaggedPartnerAndCommissioner() {
    return running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT).build(),
        commissioner("S01").build());
  }

  @Test
  void theDocumentedExampleHoldsAsWritten() {
    Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING)
        .addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER)
            .decisionMaker(Fact.PRESENT).build())
        .addParticipants(new Participant.Builder().ref("S01").role(Role.SENIOR_MANAGER).build())
        .power(new Power.Builder().addDecisions(new Decision.Builder()
            .subject("Budget").addMadeBy("S01").build()).build())
        .build();
    PowerBalance b = PowerBalance.of(i);
    assertThat(b.partners()).containsExactly("P01");
    assertThat(b.decisionsWithoutPartners()).containsExactly(0);
    assertThat(b.flaggedButNotDeciding()).containsExactly("P01");
  }

  @Test
  void withNoDecisionRecordedTheFlagsNameTheDecisionMakers() {
    PowerBalance b = PowerBalance.of(running().addParticipants(
            serviceUser("P01").decisionMaker(Fact.PRESENT).build(),
            commissioner("S01").build(),
            commissioner("S02").decisionMaker(Fact.ABSENT).build(),
            communityMember("C01"))
        .build());
    assertThat(b.decisionMakersFromDecisions()).isFalse();
    assertThat(b.decisions()).isZero();
    assertThat(b.decisionMakers()).containsExactly("P01", "S01");
    assertThat(b.partnerDecisionMakers()).containsExactly("P01");
    assertThat(b.decisionMakerSharePercent()).isEqualTo(OptionalInt.of(50));
    assertThat(b.decisionSharePercent()).isEmpty();
    assertThat(b.flaggedButNotDeciding()).isEmpty();
    assertThat(b.flaggedUnconfirmed()).isEmpty();
    assertThat(b.partners()).containsExactly("P01");
    assertThat(b.partnershipNotRecorded()).containsExactly("C01");
    assertThat(b.participantSharePercent()).isEqualTo(OptionalInt.of(25));
  }

  @Test
  void withDecisionsRecordedTheFlagsNoLongerNameTheDecisionMakers() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addDecisions(decision("Budget").addMadeBy("S01").build())
            .build())
        .build());
    assertThat(b.decisionMakersFromDecisions()).isTrue();
    assertThat(b.decisionMakers()).containsExactly("S01");
    assertThat(b.partnerDecisionMakers()).isEmpty();
    assertThat(b.decisionMakerSharePercent()).isEqualTo(OptionalInt.of(0));
    assertThat(b.flaggedButNotDeciding()).containsExactly("P01");
    assertThat(b.decisionsWithoutPartners()).containsExactly(0);
    assertThat(b.decisionsNotKnown()).isZero();
  }

  @Test
  void aPartnerNamedInADecisionMakesIt() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder()
            .addDecisions(decision("Service model").addMadeBy("P01", "S01").build()).build())
        .build());
    assertThat(b.decisionMakers()).containsExactly("P01", "S01");
    assertThat(b.partnerDecisionMakers()).containsExactly("P01");
    assertThat(b.decisionsWithPartners()).containsExactly(0);
    assertThat(b.flaggedButNotDeciding()).isEmpty();
    assertThat(b.flaggedUnconfirmed()).isEmpty();
  }

  @Test
  void aDecisionMadeInRolesIsMadeWithPartnersOnlyWhenOneRoleIsAPartnerRole() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder()
            .addDecisions(decision("Service model")
                .addRoles(Role.SENIOR_MANAGER, Role.SERVICE_USER).build())
            .addDecisions(decision("Budget").addRoles(Role.COMMISSIONER).build())
            .build())
        .build());
    assertThat(b.decisionsWithPartners()).containsExactly(0);
    assertThat(b.decisionsWithoutPartners()).containsExactly(1);
    assertThat(b.decisionSharePercent()).isEqualTo(OptionalInt.of(50));
    assertThat(b.decisionMakers()).containsExactly("P01", "S01");
    assertThat(b.partnerDecisionMakers()).containsExactly("P01");
  }

  @Test
  void aDecisionTakenAtASessionIsMadeByThoseWhoAttended() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .addParticipants(commissioner("S02").build())
        .power(new Power.Builder().addBodies(body("board"))
            .addDecisions(decision("Budget").id("budget").body("board").build())
            .addDecisions(decision("Contract").addMadeBy("S02").build())
            .build())
        .addSessions(session("2026-03-01").addAttendees("P01", "S01").addDecisions("budget")
            .build())
        .addSessions(session("2026-04-01").addAttendees("S02").addDecisions("1").build())
        .build());
    assertThat(b.decisionsWithPartners()).containsExactly(0);
    assertThat(b.decisionsWithoutPartners()).containsExactly(1);
    assertThat(b.decisionMakers()).containsExactly("P01", "S01", "S02");
    assertThat(b.partnerDecisionMakers()).containsExactly("P01");
    assertThat(b.flaggedUnconfirmed()).isEmpty();
    assertThat(b.sessionsWithPartners()).containsExactly(0);
    assertThat(b.staffOnlySessionsAfterPartners()).containsExactly(1);
  }

  @Test
  void aSessionWithNoAttendanceRecordedLeavesAStaffDecisionMadeWithoutPartners() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder()
            .addDecisions(decision("Budget").addMadeBy("S01").build()).build())
        .addSessions(session("2026-03-01").addDecisions("0").build())
        .build());
    assertThat(b.decisionsWithoutPartners()).containsExactly(0);
    assertThat(b.decisionsNotKnown()).isZero();
    assertThat(b.sessions()).isEqualTo(1);
    assertThat(b.sessionsWithPartners()).isEmpty();
    assertThat(b.staffOnlySessionsAfterPartners()).isEmpty();
  }

  @Test
  void aSessionAttendedByBodiesHasPartnersWhenABodyHasAPartnerRole() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addBodies(body("panel", Role.SERVICE_USER, Role.COMMISSIONER),
            body("board", Role.COMMISSIONER)).build())
        .addSessions(session("2026-03-01").addBodies("panel").build())
        .addSessions(session("2026-04-01").addBodies("board").build())
        .build());
    assertThat(b.sessionsWithPartners()).containsExactly(0);
    assertThat(b.staffOnlySessionsAfterPartners()).containsExactly(1);
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.ABSENT);
  }

  @Test
  void aFlaggedPartnerWhoseRoleSitsOnTheDecidingBodyIsUnconfirmed() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .addParticipants(new Participant.Builder().from(carer("P02"))
            .decisionMaker(Fact.PRESENT).build())
        .power(new Power.Builder().addBodies(body("panel", Role.SERVICE_USER))
            .addDecisions(decision("Service model").body("panel").build()).build())
        .build());
    assertThat(b.flaggedUnconfirmed()).containsExactly("P01");
    assertThat(b.flaggedButNotDeciding()).containsExactly("P02");
    assertThat(b.decisionMakers()).isEmpty();
    assertThat(b.decisionMakerSharePercent()).isEmpty();
    assertThat(b.decisionsWithPartners()).containsExactly(0);
  }

  @Test
  void aBodyWithNoRolesRecordedMayIncludeAnyFlaggedPartner() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addBodies(body("forum"))
            .addDecisions(decision("Service model").body("forum").build()).build())
        .build());
    assertThat(b.flaggedUnconfirmed()).containsExactly("P01");
    assertThat(b.flaggedButNotDeciding()).isEmpty();
    assertThat(b.decisionsNotKnown()).isEqualTo(1);
  }

  @Test
  void aLaterDecisionWithoutThePartnerDoesNotUndoAnEarlierPossibleOne() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addBodies(body("forum"))
            .addDecisions(decision("Service model").body("forum").build())
            .addDecisions(decision("Budget").addMadeBy("S01").build())
            .build())
        .build());
    assertThat(b.flaggedUnconfirmed()).containsExactly("P01");
    assertThat(b.flaggedButNotDeciding()).isEmpty();
    assertThat(b.decisionMakers()).containsExactly("S01");
  }

  @Test
  void aBodyAtTheSessionMakesAFlaggedPartnerUnconfirmedWhenTheDecisionNamesNoBody() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addBodies(body("panel", Role.SERVICE_USER))
            .addDecisions(decision("Budget").addMadeBy("S01").build()).build())
        .addSessions(session("2026-03-01").addAttendees("S01").addBodies("panel")
            .addDecisions("0").build())
        .build());
    assertThat(b.flaggedUnconfirmed()).containsExactly("P01");
    assertThat(b.flaggedButNotDeciding()).isEmpty();
    assertThat(b.decisionMakers()).containsExactly("S01");
    assertThat(b.decisionsWithPartners()).containsExactly(0);
    assertThat(b.sessionsWithPartners()).containsExactly(0);
  }

  @Test
  void staffOnlySessionsCountOnlyAfterTheLastDatedSessionWithPartners() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .addParticipants(communityMember("C01"))
        .addSessions(session("2026-03-01").addAttendees("P01").build())
        .addSessions(session("2026-02-01").addAttendees("S01").build())
        .addSessions(session("2026-05-01").addAttendees("P01", "S01").build())
        .addSessions(session("2026-02-15").addAttendees("P01").build())
        .addSessions(session("2026-04-15").addAttendees("S01").build())
        .addSessions(session("2026-05-10").addAttendees("C01").build())
        .addSessions(session("2026-05-20").addAttendees("S01").build())
        .build());
    assertThat(b.sessions()).isEqualTo(7);
    assertThat(b.sessionsWithPartners()).containsExactly(0, 2, 3);
    assertThat(b.staffOnlySessionsAfterPartners()).containsExactly(6);
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.PRESENT);
  }

  @Test
  void withNoSessionWithPartnersEveryStaffOnlySessionCounts() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .addSessions(session("2026-03-01").addAttendees("S01").build())
        .addSessions(session("2026-04-01").build())
        .addSessions(session("2026-02-01").addAttendees("S01").build())
        .build());
    assertThat(b.sessionsWithPartners()).isEmpty();
    assertThat(b.staffOnlySessionsAfterPartners()).containsExactly(0, 2);
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.ABSENT);
  }

  @Test
  void continuityIsNotRecordedWhenNoSessionIsRecordedEvenAfterAStaffOnlyDecision() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addDecisions(decision("Budget").addMadeBy("S01").build())
            .build())
        .build());
    assertThat(b.sessions()).isZero();
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.NOT_RECORDED);
  }

  @Test
  void partnersAtExactlyTwoSessionsEvidenceContinuity() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .addSessions(session("2026-03-01").addAttendees("P01").build())
        .addSessions(session("2026-04-01").addAttendees("P01", "S01").build())
        .build());
    assertThat(b.sessionsWithPartners()).containsExactly(0, 1);
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.PRESENT);
  }

  @Test
  void partnersAtOneSessionWithNothingAfterLeaveContinuityNotRecorded() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .addSessions(session("2026-03-01").addAttendees("S01").build())
        .addSessions(session("2026-04-01").addAttendees("P01", "S01").build())
        .build());
    assertThat(b.sessionsWithPartners()).containsExactly(1);
    assertThat(b.staffOnlySessionsAfterPartners()).isEmpty();
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.NOT_RECORDED);
  }

  @Test
  void partnersAtOneSessionAndAStaffOnlyDecisionMeanNoContinuity() {
    PowerBalance b = PowerBalance.of(flaggedPartnerAndCommissioner()
        .power(new Power.Builder().addDecisions(decision("Budget").addMadeBy("S01").build())
            .build())
        .addSessions(session("2026-03-01").addAttendees("P01", "S01").build())
        .build());
    assertThat(b.staffOnlySessionsAfterPartners()).isEmpty();
    assertThat(b.decisionsWithoutPartners()).containsExactly(0);
    assertThat(b.continuityFromSessions()).isEqualTo(Fact.ABSENT);
  }

  @Test
  void referencesAreSortedWhateverOrderParticipantsAreRecordedIn() {
    PowerBalance b = PowerBalance.of(running().addParticipants(carer("P02"),
            serviceUser("P01").build(), communityMember("C02"), communityMember("C01"))
        .build());
    assertThat(b.partners()).isEqualTo(List.of("P01", "P02"));
    assertThat(b.partnershipNotRecorded()).isEqualTo(List.of("C01", "C02"));
  }
}
