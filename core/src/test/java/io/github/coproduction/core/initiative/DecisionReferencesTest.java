package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.ValidationException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * How sessions name decisions (by id, or by index when the reference is digits only), and the
 * typed error, with its JSON Pointer, for each reference in sessions and decisions that names
 * nothing recorded.
 */
class DecisionReferencesTest {

  private static Initiative.Builder withDecisions(Decision... decisions) {
    return new Initiative.Builder().id("board").title("Programme board").stage(Stage.RUNNING)
        .addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build())
        .addParticipants(new Participant.Builder().ref("S01").role(Role.COMMISSIONER).build())
        .power(new Power.Builder().addDecisions(decisions)
            .addBodies(new Body.Builder().id("board").name("Board").build()).build());
  }

  private static Decision decision(String id) {
    Decision.Builder d = new Decision.Builder().subject("Decision " + id).addMadeBy("S01");
    return (id.isEmpty() ? d : d.id(id)).build();
  }

  private static Session.Builder session() {
    return new Session.Builder().date(LocalDate.parse("2026-03-02")).kind(SessionKind.MEETING);
  }

  @Test
  void aSessionNamesADecisionByItsIdBeforeItsIndex() {
    // decision 0 has the id "1": "1" means it, not the decision at index 1
    Initiative i = withDecisions(decision("1"), decision("budget"), decision("")).build();
    assertThat(i.decisionIndex("1")).isEqualTo(OptionalInt.of(0));
    assertThat(i.decisionIndex("budget")).isEqualTo(OptionalInt.of(1));
    assertThat(i.decisionIndex("2")).isEqualTo(OptionalInt.of(2));
    assertThat(i.decisionIndex("0")).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void anIndexNamesADecisionOnlyWhenItIsDigitsAndInRange() {
    Initiative i = withDecisions(decision(""), decision(""), decision("")).build();
    assertThat(i.decisionIndex("02")).isEqualTo(OptionalInt.of(2));
    assertThat(i.decisionIndex("000000002")).as("nine digits").isEqualTo(OptionalInt.of(2));
    assertThat(i.decisionIndex("0000000002")).as("ten digits").isEmpty();
    assertThat(i.decisionIndex("3")).as("one past the last").isEmpty();
    assertThat(i.decisionIndex("")).isEmpty();
    assertThat(i.decisionIndex("-1")).isEmpty();
    // the characters either side of '0' and '9'
    assertThat(i.decisionIndex("/")).isEmpty();
    assertThat(i.decisionIndex("1:")).isEmpty();
    assertThat(i.decisionIndex("budget")).isEmpty();
  }

  @Test
  void aDecisionsIdAndBodyAreCodes() {
    assertThatThrownBy(() -> new Decision.Builder().subject("Budget").addMadeBy("S01")
        .id("the budget").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/id");
          assertThat(e.problem()).startsWith("a decision id must be a pseudonymous code");
        });
    assertThatThrownBy(() -> new Decision.Builder().subject("Budget").body("the board").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/body");
          assertThat(e.problem()).startsWith("a body id must be a pseudonymous code");
        });
  }

  @Test
  void theDigitNineNamesTheTenthDecision() {
    Decision[] ten = new Decision[10];
    java.util.Arrays.setAll(ten, k -> decision(""));
    Initiative i = withDecisions(ten).build();
    assertThat(i.decisionIndex("9")).isEqualTo(OptionalInt.of(9));
    assertThat(i.decisionIndex("09")).isEqualTo(OptionalInt.of(9));
    assertThat(i.decisionIndex("10")).isEmpty();
  }

  @Test
  void aSessionMayNameAttendeesBodiesAndDecisionsThatAreRecorded() {
    Initiative i = withDecisions(decision("budget"))
        .addSessions(session().addAttendees("P01", "S01").addBodies("board")
            .addDecisions("budget", "0").build())
        .build();
    assertThat(i.sessions().get(0).decisions()).containsExactly("budget", "0");
  }

  @Test
  void aSessionAttendeeWhoIsNotAParticipantIsATypedError() {
    assertThatThrownBy(() -> withDecisions().addSessions(session()
        .addAttendees("P01", "P99").build()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/sessions/0/attendees/1");
          assertThat(e.problem()).contains("\"P99\"", "/participants");
        });
  }

  @Test
  void aSessionBodyThatIsNotRecordedIsATypedError() {
    assertThatThrownBy(() -> withDecisions().addSessions(session().build(),
        session().addBodies("board", "council").build()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/sessions/1/bodies/1");
          assertThat(e.problem()).contains("\"council\"", "/power/bodies");
        });
  }

  @Test
  void aSessionDecisionThatIsNotRecordedIsATypedError() {
    assertThatThrownBy(() -> withDecisions(decision("budget")).addSessions(session()
        .addDecisions("budget", "1").build()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/sessions/0/decisions/1");
          assertThat(e.problem()).contains("\"1\"", "1 recorded");
        });
  }

  @Test
  void aDecisionIdUsedTwiceIsATypedErrorNamingTheFirst() {
    assertThatThrownBy(() -> withDecisions(decision("budget"), decision(""),
        decision("budget")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/power/decisions/2/id");
          assertThat(e.problem()).contains("/power/decisions/0/id");
        });
  }

  @Test
  void aDecisionByABodyThatIsNotRecordedIsATypedError() {
    assertThatThrownBy(() -> withDecisions(decision(""),
        new Decision.Builder().subject("Model").addMadeBy("S01").body("council").build()).build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.pointer()).isEqualTo("/power/decisions/1/body"));
  }

  @Test
  void aDecisionMadeBySomeoneWhoIsNotAParticipantIsATypedError() {
    assertThatThrownBy(() -> withDecisions(new Decision.Builder().subject("Model")
        .addMadeBy("P01", "X9").build()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/power/decisions/0/madeBy/1");
          assertThat(e.problem()).contains("\"X9\"");
        });
  }

  @Test
  void staffWithLivedExperienceAreStaffWhoseLivedExperienceIsRecorded() {
    assertThat(person(Role.SENIOR_MANAGER, Recorded.present(LivedExperience.SERVICE_USER))
        .isStaffWithLivedExperience()).isTrue();
    assertThat(person(Role.SENIOR_MANAGER, Recorded.present(LivedExperience.NONE))
        .isStaffWithLivedExperience()).isFalse();
    assertThat(person(Role.SENIOR_MANAGER, Recorded.absent()).isStaffWithLivedExperience())
        .isFalse();
    assertThat(person(Role.SERVICE_USER, Recorded.present(LivedExperience.SERVICE_USER))
        .isStaffWithLivedExperience()).as("a partner, not staff").isFalse();
  }

  private static Participant person(Role role, Recorded<LivedExperience> lived) {
    return new Participant.Builder().ref("X01").role(role).livedExperience(lived).build();
  }
}
