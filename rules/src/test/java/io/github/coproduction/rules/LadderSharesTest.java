package io.github.coproduction.rules;

import static io.github.coproduction.rules.LadderCriteriaTest.MOST_DECISIONS;
import static io.github.coproduction.rules.LadderCriteriaTest.NOT_TOKEN_SHARE;
import static io.github.coproduction.rules.LadderCriteriaTest.criterion;
import static io.github.coproduction.rules.LadderCriteriaTest.evidence;
import static io.github.coproduction.rules.LadderCriteriaTest.judged;
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
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The partners' share of the recorded decisions (most, at the 50% threshold) and of the
 * participants (no token share, at the 25% threshold), exactly at each threshold and just below
 * it, with and without the people or decisions the record cannot place; and the rung that follows.
 */
class LadderSharesTest {

  // Decisions --------------------------------------------------------------------------------

  /**
   * A service user and a commissioner, with decisions made with the partner, decisions of a
   * board whose members are not recorded, and decisions the commissioner made alone, in that
   * order.
   */
  private static Initiative decisions(int withPartners, int notKnown, int staffOnly) {
    Power.Builder power = new Power.Builder()
        .addBodies(new Body.Builder().id("board").name("Programme board").build());
    int n = 0;
    for (int k = 0; k < withPartners; k++) {
      power.addDecisions(new Decision.Builder().subject("Decision " + ++n).addMadeBy("P01", "S01")
          .build());
    }
    for (int k = 0; k < notKnown; k++) {
      power.addDecisions(new Decision.Builder().subject("Decision " + ++n).body("board").build());
    }
    for (int k = 0; k < staffOnly; k++) {
      power.addDecisions(new Decision.Builder().subject("Decision " + ++n).addMadeBy("S01")
          .build());
    }
    return running().addParticipants(serviceUser("P01").build(), commissioner("S01").build())
        .power(power.build()).build();
  }

  @Test
  void withNoDecisionRecordedThePartnersShareCannotBeShown() {
    RungCriterion c = criterion(decisions(0, 0, 0), MOST_DECISIONS);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: No decision is recorded, so the partners'"
        + " share of decisions cannot be shown.");
  }

  @Test
  void partnersInHalfTheDecisionsTakePartInMost() {
    assertThat(judged(criterion(decisions(1, 0, 1), MOST_DECISIONS)))
        .isEqualTo("PRESENT: Partners took part in 1 of 2 recorded decisions.");
  }

  @Test
  void partnersInOneDecisionOfThreeTakePartInTooFew() {
    RungCriterion c = criterion(decisions(1, 0, 2), MOST_DECISIONS);
    assertThat(judged(c)).isEqualTo("ABSENT: Partners took part in 1 of 3 recorded decisions,"
        + " fewer than 50%.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value).containsExactly(
        tuple("/power/decisions/1", "made without partners"),
        tuple("/power/decisions/2", "made without partners"));
  }

  @Test
  void decisionsNotPlacedThatWouldExactlyMakeHalfLeaveTheShareNotRecorded() {
    RungCriterion c = criterion(decisions(1, 1, 2), MOST_DECISIONS);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: Partners took part in 1 of 4 recorded"
        + " decisions; for 1 it is not recorded.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/power/decisions", "partners not recorded"));
  }

  @Test
  void decisionsNotPlacedThatCouldNotMakeHalfLeaveTooFew() {
    assertThat(judged(criterion(decisions(1, 1, 3), MOST_DECISIONS)))
        .isEqualTo("ABSENT: Partners took part in 1 of 5 recorded decisions, fewer than 50%.");
  }

  // Participants -----------------------------------------------------------------------------

  /**
   * Service users, community members whose lived experience is not recorded, and front-line
   * staff, in that order.
   */
  private static Initiative participants(int partners, int notKnown, int staff) {
    List<Participant> people = new ArrayList<>();
    for (int k = 1; k <= partners; k++) {
      people.add(serviceUser("P0" + k).build());
    }
    for (int k = 1; k <= notKnown; k++) {
      people.add(new Participant.Builder().ref("C0" + k).role(Role.COMMUNITY_MEMBER).build());
    }
    for (int k = 1; k <= staff; k++) {
      people.add(new Participant.Builder().ref("S0" + k).role(Role.FRONT_LINE_STAFF).build());
    }
    return running().addAllParticipants(people).build();
  }

  @Test
  void withNoParticipantRecordedThePartnersShareCannotBeShown() {
    RungCriterion c = criterion(participants(0, 0, 0), NOT_TOKEN_SHARE);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: The participants are not recorded.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/participants", "not recorded"));
  }

  @Test
  void onePartnerInFourIsNoTokenShare() {
    assertThat(judged(criterion(participants(1, 0, 3), NOT_TOKEN_SHARE)))
        .isEqualTo("PRESENT: 1 of 4 participants is a partner.");
  }

  @Test
  void onePartnerInFiveIsATokenShare() {
    RungCriterion c = criterion(participants(1, 0, 4), NOT_TOKEN_SHARE);
    assertThat(judged(c)).isEqualTo("ABSENT: 1 of 5 participants is a partner, a token share"
        + " (below 25%).");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/participants", "1 of 5 participants is a partner"));
  }

  @Test
  void twoPartnersInNineAreATokenShare() {
    RungCriterion c = criterion(participants(2, 0, 7), NOT_TOKEN_SHARE);
    assertThat(judged(c)).isEqualTo("ABSENT: 2 of 9 participants are partners, a token share"
        + " (below 25%).");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/participants", "2 of 9 participants are partners"));
  }

  @Test
  void participantsNotPlacedThatWouldExactlyMakeAQuarterLeaveTheShareNotRecorded() {
    RungCriterion c = criterion(participants(1, 1, 6), NOT_TOKEN_SHARE);
    assertThat(judged(c)).isEqualTo("NOT_RECORDED: 1 of 8 participants is a partner; for 1 it"
        + " is not recorded.");
    assertThat(c.evidence()).extracting(Evidence::pointer, Evidence::value)
        .containsExactly(tuple("/participants", "partnership not recorded"));
  }

  @Test
  void participantsNotPlacedThatCouldNotMakeAQuarterLeaveATokenShare() {
    assertThat(judged(criterion(participants(1, 1, 7), NOT_TOKEN_SHARE)))
        .isEqualTo("ABSENT: 1 of 9 participants is a partner, a token share (below 25%).");
  }

  // The rung ---------------------------------------------------------------------------------

  /**
   * A service user paid at the staff rate who defined the problem, in one of the two decisions,
   * among the staff given; ongoing.
   */
  private static Initiative exactlyAtBothThresholds(int staff) {
    List<Participant> people = new ArrayList<>();
    people.add(serviceUser("P01").payment(Recorded.present(fee("25.00"))).build());
    for (int k = 1; k <= staff; k++) {
      people.add(commissioner("S0" + k).build());
    }
    return running().addAllParticipants(people)
        .continuity(Recorded.present(Continuity.ONGOING))
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
        .power(new Power.Builder()
            .problemDefinedBy(Recorded.present(EnumSet.of(Role.SERVICE_USER)))
            .addDecisions(new Decision.Builder().subject("Service model")
                    .area(DecisionArea.MODEL_OF_CARE).addMadeBy("P01", "S01").build(),
                new Decision.Builder().subject("Room bookings").area(DecisionArea.OTHER)
                    .addMadeBy("S01").build())
            .build())
        .build();
  }

  @Test
  void aPartnerInHalfTheDecisionsAndAQuarterOfTheGroupEvidencesCoproduction() {
    LadderEvidence e = evidence(exactlyAtBothThresholds(3));
    assertThat(e.criteria()).extracting(RungCriterion::met).containsOnly(Fact.PRESENT);
    assertThat(e.evidenced()).isEqualTo(Recorded.present(LadderRung.CO_PRODUCTION));
  }

  @Test
  void oneMoreStaffMemberMakesThePartnerATokenAndHoldsTheRungAtEngagement() {
    LadderEvidence e = evidence(exactlyAtBothThresholds(4));
    assertThat(e.evidenced()).isEqualTo(Recorded.present(LadderRung.ENGAGEMENT));
    assertThat(e.criteria().get(NOT_TOKEN_SHARE).met()).isEqualTo(Fact.ABSENT);
  }
}
