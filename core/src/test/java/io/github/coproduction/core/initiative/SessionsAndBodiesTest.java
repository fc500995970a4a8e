package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sessions and bodies on their own: whether a session's attendance is recorded, how early its
 * papers were sent, the typed error for each malformed reference, a body's members and how a
 * body is found by id.
 */
class SessionsAndBodiesTest {

  private static Session.Builder session() {
    return new Session.Builder().date(LocalDate.parse("2026-03-10")).kind(SessionKind.MEETING);
  }

  @Test
  void attendanceIsRecordedByAttendeesOrByBodies() {
    assertThat(session().build().attendanceRecorded()).isFalse();
    assertThat(session().addDecisions("0").build().attendanceRecorded())
        .as("decisions alone say nothing about who came").isFalse();
    assertThat(session().addAttendees("P01").build().attendanceRecorded()).isTrue();
    assertThat(session().addBodies("board").build().attendanceRecorded()).isTrue();
  }

  @Test
  void papersNoticeIsTheDaysBetweenSendingAndTheSession() {
    assertThat(session().build().papersNoticeDays()).isEmpty();
    assertThat(session().papersSent(LocalDate.parse("2026-03-03")).build().papersNoticeDays())
        .contains(7);
    assertThat(session().papersSent(LocalDate.parse("2026-03-10")).build().papersNoticeDays())
        .contains(0);
    assertThat(session().papersSent(LocalDate.parse("2026-03-12")).build().papersNoticeDays())
        .as("sent after the session").contains(-2);
  }

  @Test
  void eachMalformedReferenceInASessionIsATypedErrorAtItsPlace() {
    assertThatThrownBy(() -> session().addAttendees("P01", "P 02").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/attendees/1");
          assertThat(e.problem()).startsWith("a participant reference");
        });
    assertThatThrownBy(() -> session().addBodies("board", "the board").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/bodies/1");
          assertThat(e.problem()).startsWith("a body id");
        });
    assertThatThrownBy(() -> session().addDecisions("0", "budget?").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/decisions/1");
          assertThat(e.problem()).startsWith("a decision id or index");
        });
  }

  @Test
  void aBodyHasAtLeastOneMemberWhenItsSizeIsRecorded() {
    assertThat(new Body.Builder().id("board").name("Board").members(1).build().members())
        .contains(1);
    assertThatThrownBy(() -> new Body.Builder().id("board").name("Board").members(0).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/members");
          assertThat(e.problem()).contains("at least 1", "was 0");
        });
    assertThatThrownBy(() -> new Body.Builder().id("the board").name("Board").build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.pointer()).isEqualTo("/id"));
    assertThatThrownBy(() -> new Body.Builder().id("board").name(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.pointer()).isEqualTo("/name"));
  }

  @Test
  void aBodyIsFoundByItsId() {
    Body board = new Body.Builder().id("board").name("Board")
        .roles(Set.of(Role.SENIOR_MANAGER)).build();
    Body forum = new Body.Builder().id("forum").name("Forum")
        .roles(Set.of(Role.SERVICE_USER)).build();
    Power power = new Power.Builder().addBodies(board, forum).build();
    assertThat(power.body("forum")).isEqualTo(Optional.of(forum));
    assertThat(power.body("board")).isEqualTo(Optional.of(board));
    assertThat(power.body("council")).isEmpty();
  }
}
