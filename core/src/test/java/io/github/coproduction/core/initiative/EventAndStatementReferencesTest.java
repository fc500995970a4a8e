package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The references events and statements make to the rest of the record: who was affected, the
 * decision that caused an event, who made a statement; each one that names nothing recorded is a
 * typed error pointing at it.
 */
class EventAndStatementReferencesTest {

  private static Initiative.Builder initiative() {
    return new Initiative.Builder().id("board").title("Programme board").stage(Stage.RUNNING)
        .addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build())
        .addParticipants(new Participant.Builder().ref("S01").role(Role.COMMISSIONER).build())
        .power(new Power.Builder().addDecisions(new Decision.Builder().id("budget")
            .subject("The budget").addMadeBy("S01").build()).build());
  }

  private static Event.Builder delay() {
    return new Event.Builder().kind(EventKind.DELAY).date(LocalDate.parse("2026-03-02"));
  }

  private static Statement statement(String by) {
    return new Statement.Builder().by(by).kind(StatementKind.EXCLUSION)
        .quote("We were told after it was decided.").addElements("S3.3").build();
  }

  private static ValidationException invalid(Initiative.Builder b) {
    ValidationException e = catchThrowableOfType(ValidationException.class, b::build);
    assertThat(e).as("a ValidationException").isNotNull();
    return e;
  }

  @Test
  void eventsNameRecordedParticipantsAndDecisions() {
    Initiative i = initiative()
        .addEvents(delay().addAffected("P01", "S01").build())
        .addEvents(delay().cause(new Cause.Builder().kind(CauseKind.DECISION).decision("budget")
            .build()).build())
        .addEvents(delay().cause(new Cause.Builder().kind(CauseKind.DECISION).decision("0")
            .build()).build())
        .addStatements(statement("P01")).build();
    assertThat(i.events()).hasSize(3);
    assertThat(i.statements()).hasSize(1);
  }

  @Test
  void anEventAffectingSomeoneNotRecordedPointsAtTheReference() {
    ValidationException e = invalid(initiative().addEvents(delay().build())
        .addEvents(delay().addAffected("P01", "P02").build()));
    assertThat(e.pointer()).isEqualTo("/events/1/affected/1");
    assertThat(e.problem()).isEqualTo("no participant with reference \"P02\" in /participants;"
        + " a group is recorded as one participant with members");
  }

  @Test
  void anEventCausedByADecisionNotRecordedPointsAtTheCause() {
    ValidationException e = invalid(initiative().addEvents(delay().build())
        .addEvents(delay().cause(new Cause.Builder().kind(CauseKind.DECISION)
            .decision("staffing").build()).build()));
    assertThat(e.pointer()).isEqualTo("/events/1/cause/decision");
    assertThat(e.problem()).isEqualTo("no decision with id or index \"staffing\" in"
        + " /power/decisions (1 recorded)");
    assertThat(invalid(initiative().addEvents(delay().cause(new Cause.Builder()
        .kind(CauseKind.DECISION).decision("1").build()).build())).pointer())
        .isEqualTo("/events/0/cause/decision");
  }

  @Test
  void aStatementBySomeoneNotRecordedPointsAtItsAuthor() {
    ValidationException e = invalid(initiative().addStatements(statement("P01"))
        .addStatements(statement("P09")));
    assertThat(e.pointer()).isEqualTo("/statements/1/by");
    assertThat(e.problem()).isEqualTo("no participant with reference \"P09\" in /participants;"
        + " a group is recorded as one participant with members");
  }
}
