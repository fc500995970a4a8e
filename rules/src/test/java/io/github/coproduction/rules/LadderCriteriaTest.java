package io.github.coproduction.rules;

import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.RateUnit;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.core.initiative.SessionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each criterion of the engagement ladder, one way of meeting or missing it at a time, judged on
 * an initiative recorded as a practitioner would record it; and the criteria left between the
 * evidenced rung and the claim.
 */
class LadderCriteriaTest {

  // The criteria, in the order LadderEvidence lists them (lowest rung first).
  static final int PARTNERS_TAKE_PART = 0;
  static final int PARTNERS_DECIDE = 1;
  static final int MOST_DECISIONS = 3;
  static final int NOT_TOKEN_SHARE = 4;
  static final int CONTINUITY = 5;
  static final int PAYMENT = 6;
  static final int BUDGET_AND_MODEL_OF_CARE = 7;

  /** The ladder evidence of an initiative under the default thresholds. */
  static LadderEvidence evidence(Initiative i) {
    return LadderEvidence.of(i, PowerBalance.of(i), PowerThresholds.defaults());
  }

  /** One criterion, by its place in {@link LadderEvidence#criteria()}. */
  static RungCriterion criterion(Initiative i, int which) {
    return evidence(i).criteria().get(which);
  }

  /** The criterion's judgement and reason, as one line to compare. */
  static String judged(RungCriterion c) {
    return c.met() + ": " + c.reason();
  }

  private static Decision decision(String subject, DecisionArea area, String... madeBy) {
    return new Decision.Builder().subject(subject).area(area).addMadeBy(madeBy).build();
  }

  private static Decision decision(String subject, String... madeBy) {
    return new Decision.Builder().subject(subject).addMadeBy(madeBy).build();
  }

  private static Session meeting(String date, String... attendees) {
    return new Session.Builder().date(LocalDate.parse(date)).kind(SessionKind.MEETING)
        .addAttendees(attendees).build();
  }

  private static Participant.Builder staff(String ref, Role role) {
    return new Participant.Builder().ref(ref).role(role);
  }

  // The claim --------------------------------------------------------------------------------

  @Test
  void anInitiativeThatClaimsNoRungHasNothingUnmetUpToItsClaim() {
    LadderEvidence e = evidence(running().addParticipants(serviceUser("P01").build()).build());
    assertThat(e.claim()).isEmpty();
    assertThat(e.criteria()).extracting(RungCriterion::met).contains(Fact.NOT_RECORDED);
    assertThat(e.unmetUpToClaim()).isEmpty();
  }

  @Test
  void theCriteriaUnmetUpToAClaimLeaveOutThoseTheRecordShowsMet() {
    // One service user, nothing else: partners take part, are no token share, and no decision
    // is kept to staff; the rest the record does not show.
    LadderEvidence e = evidence(running().claimsCoproduction(Fact.PRESENT)
        .addParticipants(serviceUser("P01").build()).build());
    List<RungCriterion> c = e.criteria();
    assertThat(e.evidenced()).isEqualTo(Recorded.present(LadderRung.CONSULTATION));
    assertThat(e.unmetUpToClaim())
        .containsExactly(c.get(1), c.get(2), c.get(3), c.get(5), c.get(6));
  }

  @Test
  void theCriteriaUnmetUpToAnEngagementClaimStopAtEngagement() {
    LadderEvidence e = evidence(running()
        .ladder(new LadderPosition.Builder().current(Recorded.present(LadderRung.ENGAGEMENT))
            .target(Recorded.notRecorded()).build())
        .addParticipants(serviceUser("P01").build()).build());
    assertThat(e.unmetUpToClaim()).containsExactly(e.criteria().get(PARTNERS_DECIDE));
  }

  // Partners take part (Consultation) ------------------------------------------------------

  @Test
  void participantsWhoMayOrMayNotBePartnersLeaveTheRungNotRecorded() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
        staff("C01", Role.COMMUNITY_MEMBER).build()).build();
    LadderEvidence e = evidence(i);
    assertThat(judged(e.criteria().get(PARTNERS_TAKE_PART))).isEqualTo("NOT_RECORDED: No"
        + " participant is recorded as taking part as a lived-experience partner; for C01 it is"
        + " not recorded.");
    assertThat(e.evidenced().isNotRecorded()).isTrue();
  }

  // Partners decide (Engagement) -------------------------------------------------------------

  @Test
  void aDecisionOfABoardWhoseMembersAreNotRecordedLeavesPartnersDecidingNotRecorded() {
    Initiative i = running()
        .addParticipants(serviceUser("P01").build(), commissioner("S01").build())
        .power(new Power.Builder()
            .addBodies(new Body.Builder().id("board").name("Programme board").build())
            .addDecisions(new Decision.Builder().subject("Budget").body("board").build())
            .build())
        .build();
    RungCriterion c = criterion(i, PARTNERS_DECIDE);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: For 1 of 1 recorded decisions, whether"
        + " partners took part is not recorded.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/power/decisions", "partners not recorded"));
  }

  @Test
  void aPartnerDeclaredADecisionMakerDecidesWhenNoDecisionIsRecorded() {
    Initiative i = running().addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT)
        .build(), serviceUser("P02").decisionMaker(Fact.ABSENT).build(),
        commissioner("S01").build()).build();
    assertThat(judged(criterion(i, PARTNERS_DECIDE))).isEqualTo("PRESENT: No decision is"
        + " recorded; partners P01 are declared decision-makers.");
    assertThat(evidence(i).evidenced()).isEqualTo(Recorded.present(LadderRung.ENGAGEMENT));
  }

  @Test
  void staffDeclaredDecisionMakersDoNotMakePartnersDecide() {
    // The commissioner is declared a decision-maker; the only partner is recorded as not one.
    Initiative i = running().addParticipants(commissioner("S01").build(),
        serviceUser("P01").decisionMaker(Fact.ABSENT).build()).build();
    RungCriterion c = criterion(i, PARTNERS_DECIDE);
    assertThat(judged(c)).isEqualTo("ABSENT: No decision is recorded, and every partner is"
        + " recorded as outside where decisions are made.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/power/decisions", "not recorded"));
    assertThat(evidence(i).evidenced()).isEqualTo(Recorded.present(LadderRung.CONSULTATION));
  }

  @Test
  void aPartnerWhoseSeatAtDecisionsIsNotRecordedLeavesPartnersDecidingNotRecorded() {
    // Whichever partner is recorded first.
    Participant outside = serviceUser("P01").decisionMaker(Fact.ABSENT).build();
    Participant unknown = serviceUser("P02").build();
    for (List<Participant> people : List.of(List.of(outside, unknown), List.of(unknown, outside))) {
      Initiative i = running().addAllParticipants(people).build();
      assertThat(judged(criterion(i, PARTNERS_DECIDE))).isEqualTo("NOT_RECORDED: No decision is"
          + " recorded, and no partner is declared a decision-maker.");
    }
  }

  @Test
  void staffAloneWithNoDecisionRecordedLeavePartnersDecidingNotRecorded() {
    Initiative i = running().addParticipants(commissioner("S01").build()).build();
    assertThat(judged(criterion(i, PARTNERS_DECIDE))).isEqualTo("NOT_RECORDED: No decision is"
        + " recorded, and no partner is declared a decision-maker.");
  }

  // Continuity (Co-production) ---------------------------------------------------------------

  /** A partner and a commissioner, with the continuity and sessions given. */
  private static Initiative withSessions(Recorded<Continuity> continuity, Session... sessions) {
    return running().continuity(continuity)
        .addParticipants(serviceUser("P01").build(), commissioner("S01").build())
        .addSessions(sessions).build();
  }

  @Test
  void sessionsThatStopBringingPartnersOutweighADeclarationOfOngoingWork() {
    RungCriterion c = criterion(withSessions(Recorded.present(Continuity.ONGOING),
        meeting("2026-01-10", "P01", "S01"), meeting("2026-02-10", "S01")), CONTINUITY);
    assertThat(judged(c)).isEqualTo("ABSENT: The sessions show partners at 1 session, followed"
        + " by staff-only sessions or decisions.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/sessions", "1 of 2 sessions with partners"));
  }

  @Test
  void continuityRecordedAsAbsentIsAOneOff() {
    RungCriterion c = criterion(withSessions(Recorded.absent()), CONTINUITY);
    assertThat(judged(c)).isEqualTo("ABSENT: Co-production is recorded as a one-off exercise.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/continuity", "absent"));
  }

  @Test
  void aOneOffIsNotContinuityEvenWithPartnersAtEverySession() {
    RungCriterion c = criterion(withSessions(Recorded.present(Continuity.ONE_OFF),
        meeting("2026-01-10", "P01", "S01"), meeting("2026-02-10", "P01", "S01")), CONTINUITY);
    assertThat(judged(c)).isEqualTo("ABSENT: Co-production is recorded as a one-off exercise.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/continuity", "one-off"));
  }

  @Test
  void partnersAtTwoSessionsShowContinuityWhetherOrNotItIsDeclared() {
    for (Recorded<Continuity> declared : List.of(Recorded.present(Continuity.ONGOING),
        Recorded.<Continuity>notRecorded())) {
      RungCriterion c = criterion(withSessions(declared, meeting("2026-01-10", "P01", "S01"),
          meeting("2026-02-10", "P01")), CONTINUITY);
      assertThat(judged(c)).isEqualTo("PRESENT: Partners took part in 2 of 2 recorded sessions.");
    }
  }

  @Test
  void ongoingWorkWithNoSessionRecordedIsTakenAtItsWord() {
    RungCriterion c = criterion(withSessions(Recorded.present(Continuity.ONGOING)), CONTINUITY);
    assertThat(judged(c)).isEqualTo("PRESENT: Co-production is recorded as ongoing; no sessions"
        + " are recorded.");
  }

  @Test
  void ongoingWorkWhoseSessionsShowNeitherWayIsTakenAtItsWord() {
    // One session with partners, nothing after it: the sessions neither show nor contradict it.
    RungCriterion c = criterion(withSessions(Recorded.present(Continuity.ONGOING),
        meeting("2026-01-10", "P01", "S01")), CONTINUITY);
    assertThat(judged(c)).isEqualTo("PRESENT: Co-production is recorded as ongoing.");
  }

  @Test
  void continuityNeitherDeclaredNorShownIsNotRecorded() {
    RungCriterion c = criterion(withSessions(Recorded.notRecorded()), CONTINUITY);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: Whether co-production continues is not"
        + " recorded.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/continuity", "not recorded"));
  }

  // Payment (Co-production) ------------------------------------------------------------------

  private static Initiative.Builder staffRate25() {
    return running().arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00"))
        .build());
  }

  @Test
  void staffWhosePayIsNotRecordedDoNotHoldBackParity() {
    Initiative i = staffRate25().addParticipants(
        serviceUser("P01").payment(Recorded.present(fee("25.00"))).build(),
        staff("S01", Role.SENIOR_MANAGER).build()).build();
    assertThat(judged(criterion(i, PAYMENT))).isEqualTo("PRESENT: Every partner is paid in"
        + " money, and none below the staff rate.");
  }

  @Test
  void withNoPartnerParityOfPaymentCannotBeShown() {
    Initiative i = staffRate25().addParticipants(commissioner("S01").build()).build();
    RungCriterion c = criterion(i, PAYMENT);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: No partner is recorded, so parity of payment"
        + " cannot be shown.");
    assertThat(c.evidence()).isEmpty();
  }

  @Test
  void aPartnerPaidBelowTheStaffRateIsCitedByTheRateAsRecorded() {
    // P01 is paid by the hour, P02 by the session of four hours: 12.5 an hour.
    Payment perSession = new Payment.Builder().method(PaymentMethod.FEE)
        .rate(new BigDecimal("50")).per(RateUnit.SESSION).hoursPerUnit(new BigDecimal("4"))
        .build();
    Initiative i = staffRate25().addParticipants(
        serviceUser("P01").payment(Recorded.present(fee("10.00"))).build(),
        serviceUser("P02").payment(Recorded.present(perSession)).build()).build();
    RungCriterion c = criterion(i, PAYMENT);
    assertThat(judged(c)).isEqualTo("ABSENT: Partners P01, P02 are unpaid, paid in kind or"
        + " paid below the staff rate.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value).containsExactly(
        tuple("/participants/0/payment/hourlyRate", "10.00"),
        tuple("/arrangements/staffHourlyRate", "25.00"),
        tuple("/participants/1/payment/rate", "12.5"));
  }

  @Test
  void oneOrSeveralPartnersWhosePayIsNotRecordedAreNamed() {
    Initiative one = staffRate25().addParticipants(serviceUser("P01").build(),
        serviceUser("P02").payment(Recorded.present(fee("25.00"))).build()).build();
    assertThat(judged(criterion(one, PAYMENT)))
        .isEqualTo("NOT_RECORDED: How partner P01 is paid is not recorded.");
    Initiative two = staffRate25().addParticipants(serviceUser("P02").build(),
        serviceUser("P01").build()).build();
    RungCriterion c = criterion(two, PAYMENT);
    assertThat(judged(c))
        .isEqualTo("NOT_RECORDED: How partners P01, P02 are paid is not recorded.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value).containsExactly(
        tuple("/participants/1/payment", "not recorded"),
        tuple("/participants/0/payment", "not recorded"));
  }

  // The budget and the model of care (Co-production) ----------------------------------------

  @Test
  void onlyBudgetAndModelOfCareDecisionsMadeWithoutPartnersAreKeptToStaff() {
    Initiative i = running()
        .addParticipants(serviceUser("P01").build(), commissioner("S01").build())
        .power(new Power.Builder().addDecisions(
            decision("Room bookings", DecisionArea.OTHER, "S01"),
            decision("Annual budget", DecisionArea.BUDGET, "S01"),
            decision("Opening hours", "S01"),
            decision("Care pathway", DecisionArea.MODEL_OF_CARE, "P01", "S01"),
            decision("Crisis team", DecisionArea.MODEL_OF_CARE, "S01")).build())
        .build();
    RungCriterion c = criterion(i, BUDGET_AND_MODEL_OF_CARE);
    assertThat(judged(c)).isEqualTo("ABSENT: 2 decisions on the budget or the model of care were"
        + " kept to staff.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value).containsExactly(
        tuple("/power/decisions/1/area", "budget"),
        tuple("/power/decisions/4/area", "model-of-care"));
  }

  @Test
  void staffOnlyDecisionsOnOtherMattersOrOfNoRecordedAreaKeepNothingToStaff() {
    Initiative i = running()
        .addParticipants(serviceUser("P01").build(), commissioner("S01").build())
        .power(new Power.Builder().addDecisions(
            decision("Room bookings", DecisionArea.OTHER, "S01"),
            decision("Opening hours", "S01"),
            decision("Annual budget", DecisionArea.BUDGET, "P01", "S01")).build())
        .build();
    assertThat(judged(criterion(i, BUDGET_AND_MODEL_OF_CARE))).isEqualTo("PRESENT: No decision"
        + " on the budget or the model of care is recorded as kept to staff.");
  }
}
