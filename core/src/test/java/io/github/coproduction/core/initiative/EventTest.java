package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An event on its own: the elements it bears on, its summary in words, whether a person was
 * harmed, and each check with its pointer and message.
 */
class EventTest {

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.pointer() + ": " + e.problem());
    return e;
  }

  private static Event.Builder delay() {
    return new Event.Builder().kind(EventKind.DELAY);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  // --- the elements it bears on ------------------------------------------------------------------

  @Test
  void anEventBearsOnTheUsualElementsOfItsKind() {
    assertThat(delay().build().bearsOn()).containsExactly("S1.2");
    assertThat(new Event.Builder().kind(EventKind.LATE_PAYMENT).build().bearsOn())
        .containsExactly("S2.6");
  }

  @Test
  void aCauseAddsItsUsualElementsWithoutRepeats() {
    assertThat(new Event.Builder().kind(EventKind.LATE_PAYMENT)
        .cause(Cause.of(CauseKind.DECISION)).build().bearsOn())
        .containsExactly("S2.6", "S2.7");
    // a delay caused by an institutional system bears on S1.2 once
    assertThat(delay().cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM)).build().bearsOn())
        .containsExactly("S1.2");
  }

  @Test
  void recordedElementsReplaceTheUsualOnes() {
    assertThat(delay().cause(Cause.of(CauseKind.ROLE)).addElements("C3", "S2.1").build()
        .bearsOn()).containsExactly("C3", "S2.1");
  }

  @Test
  void onlyHarmAndDistressHarmAPerson() {
    for (EventKind kind : EventKind.values()) {
      assertThat(new Event.Builder().kind(kind).build().harmsPerson()).as(kind.name())
          .isEqualTo(kind == EventKind.HARM || kind == EventKind.DISTRESS);
    }
  }

  // --- its summary -------------------------------------------------------------------------------

  @Test
  void aSummarySaysWhenAndWhat() {
    assertThat(delay().date(day("2024-05-01")).until(day("2024-11-01")).build().summary())
        .isEqualTo("a delay from 2024-05-01 to 2024-11-01");
    assertThat(new Event.Builder().kind(EventKind.DISTRESS).date(day("2024-06-01")).build()
        .summary()).isEqualTo("distress on 2024-06-01");
    assertThat(delay().build().summary()).isEqualTo("a delay (date not recorded)");
  }

  @Test
  void anEventEndingTheDayItBeganIsSummarisedAsOneDay() {
    assertThat(delay().date(day("2024-05-01")).until(day("2024-05-01")).build().summary())
        .isEqualTo("a delay on 2024-05-01");
  }

  @Test
  void aSummaryLeavesOutTheDescriptionAndWhoWasAffected() {
    Event e = new Event.Builder().kind(EventKind.HARM).date(day("2024-06-01"))
        .addAffected("P01").description("P01 was shouted at in the meeting").build();
    assertThat(e.summary()).isEqualTo("harm to a person on 2024-06-01");
    assertThat(e.toString()).doesNotContain("shouted");
  }

  // --- checks ------------------------------------------------------------------------------------

  @Test
  void anEndDateNeedsAStartDate() {
    ValidationException e = invalid(() -> delay().until(day("2024-11-01")).build());
    assertThat(e.pointer()).isEqualTo("/until");
    assertThat(e.problem()).isEqualTo("an event with an end date needs its date too");
  }

  @Test
  void anEventCannotEndBeforeItBegan() {
    ValidationException e = invalid(() -> delay().date(day("2024-05-01"))
        .until(day("2024-04-30")).build());
    assertThat(e.pointer()).isEqualTo("/until");
    assertThat(e.problem()).isEqualTo("an event cannot end (2024-04-30) before it began"
        + " (2024-05-01)");
    assertThat(delay().date(day("2024-05-01")).until(day("2024-05-01")).build().until())
        .contains(day("2024-05-01"));
  }

  @Test
  void theAffectedAreNamedByCodesPointedAtByPlace() {
    ValidationException e = invalid(() -> delay().addAffected("P01", "Jane Smith").build());
    assertThat(e.pointer()).isEqualTo("/affected/1");
    assertThat(e.problem()).startsWith("a participant reference must be a pseudonymous code")
        .endsWith("but was \"Jane Smith\"");
    assertThat(delay().addAffected("P01", "P02").build().affected()).containsExactly("P01",
        "P02");
  }

  @Test
  void recordedElementsAreConditionsOrChangesPointedAtByPlace() {
    ValidationException e = invalid(() -> delay().addElements("S1.2", "S9.9").build());
    assertThat(e.pointer()).isEqualTo("/elements/1");
    assertThat(e.problem()).isEqualTo("a framework element must be a condition (S1.1 to S3.8)"
        + " or a change (C1 to C6), but was \"S9.9\"");
  }

  @Test
  void aCausingDecisionIsNamedByACode() {
    ValidationException e = invalid(() -> new Cause.Builder().kind(CauseKind.DECISION)
        .decision("the budget").build());
    assertThat(e.pointer()).isEqualTo("/decision");
    assertThat(e.problem()).startsWith("a decision id or index must be a pseudonymous code");
  }

  @Test
  void aDescriptionIsNotBlank() {
    ValidationException e = invalid(() -> delay().description("  ").build());
    assertThat(e.pointer()).isEqualTo("/description");
    assertThat(e.problem()).isEqualTo("an event's description must not be blank");
  }
}
