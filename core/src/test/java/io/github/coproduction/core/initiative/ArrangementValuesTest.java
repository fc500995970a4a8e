package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Arrangements and provisions as values: equal exactly when every recorded fact is equal (so that
 * comparing two records, or a record with what was read back, cannot miss a change), the state
 * predicates, the staff rate's lower bound; and the names redaction gives bodies.
 */
class ArrangementValuesTest {

  private static Arrangements.Builder base() {
    return new Arrangements.Builder().expenses(Provision.present())
        .staffHourlyRate(Recorded.present(new BigDecimal("21.50")))
        .budget(Recorded.present(new Budget.Builder().amount(new BigDecimal("12000")).build()));
  }

  @Test
  void arrangementsAreEqualExactlyWhenEveryFactIs() {
    Arrangements a = base().build();
    assertThat(a).isEqualTo(base().build()).hasSameHashCodeAs(base().build());
    assertThat(a).isNotEqualTo(base().expenses(Provision.absent()).build());
    assertThat(a).isNotEqualTo(base().staffHourlyRate(Recorded.present(new BigDecimal("21.49")))
        .build());
    assertThat(a).isNotEqualTo(base().budget(Recorded.notRecorded()).build());
    assertThat(a).isNotEqualTo(Provision.present()).isNotEqualTo(null);
  }

  @Test
  void provisionsAreEqualByStateAndNote() {
    assertThat(Provision.present("weekly")).isEqualTo(Provision.present("weekly"))
        .hasSameHashCodeAs(Provision.present("weekly"));
    assertThat(Provision.present("weekly")).isNotEqualTo(Provision.present("monthly"))
        .isNotEqualTo(Provision.absent("weekly")).isNotEqualTo(Provision.present());
    assertThat(Provision.present()).isNotEqualTo("present").isNotEqualTo(null);
    assertThat(Provision.present().hashCode()).isNotEqualTo(Provision.absent().hashCode());
  }

  @Test
  void eachProvisionIsInExactlyOneState() {
    for (Provision p : new Provision[] {Provision.present(), Provision.absent(),
        Provision.notRecorded()}) {
      assertThat(p.isPresent()).isEqualTo(p.fact() == Fact.PRESENT);
      assertThat(p.isAbsent()).isEqualTo(p.fact() == Fact.ABSENT);
      assertThat(p.isNotRecorded()).isEqualTo(p.fact() == Fact.NOT_RECORDED);
    }
  }

  @Test
  void aStaffRateOfZeroIsAcceptedAndANegativeOneIsATypedError() {
    assertThat(base().staffHourlyRate(Recorded.present(BigDecimal.ZERO)).build()
        .staffHourlyRate().get()).isZero();
    assertThatThrownBy(() -> base().staffHourlyRate(Recorded.present(new BigDecimal("-0.01")))
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.pointer()).isEqualTo("/staffHourlyRate"));
  }

  @Test
  void redactionNamesBodiesByTheirPlaceCountingFromOne() {
    Initiative i = new Initiative.Builder().id("board").title("Programme board")
        .stage(Stage.RUNNING)
        .addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build())
        .power(new Power.Builder()
            .addBodies(new Body.Builder().id("board").name("Trust programme board").build())
            .addBodies(new Body.Builder().id("forum").name("Carers' forum").build()).build())
        .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-02"))
            .kind(SessionKind.MEETING).addBodies("forum").build())
        .build();
    Initiative redacted = Redaction.redact(i);
    assertThat(redacted.power().bodies()).extracting(Body::name)
        .containsExactly("body 1", "body 2");
    assertThat(redacted.power().bodies()).extracting(Body::id).containsExactly("board", "forum");
  }
}
