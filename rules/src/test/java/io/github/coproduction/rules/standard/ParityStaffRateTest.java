package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.RateUnit;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.reference.ReferenceData;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleStatus;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity of payment (S2.6, S3.3): how a payment's rate is said, which staff rate it is compared
 * with, and when a profile's rate reference stands in for a staff rate that is not recorded (only
 * a figure in force on the assessment date, with a known amount, given per hour).
 */
class ParityStaffRateTest {

  private static final String RULE = "payment-below-parity";

  private static Payment.Builder feeOf(String rate, RateUnit per) {
    return new Payment.Builder().method(PaymentMethod.FEE).rate(new BigDecimal(rate)).per(per);
  }

  static Stream<Example> examples() {
    return Stream.of(
        finds("a session rate whose length is not recorded",
            () -> running().addParticipants(serviceUser("P01")
                    .payment(Recorded.present(feeOf("40", RateUnit.SESSION).build())).build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build(),
            notRecorded(RULE, MAJOR, "Participant P01 is paid £40.00 a session; how many hours a"
                + " session lasts is not recorded, so it cannot be compared with staff time.")
                .at("/participants/0/payment/hoursPerUnit", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("a payment at a grade whose staff rate is not recorded, beside the one staff rate",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                    new Payment.Builder().method(PaymentMethod.PAYROLL)
                        .hourlyRate(new BigDecimal("20.00")).grade("band-5").build())).build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00"))
                    .putStaffRates("band-7", new BigDecimal("45.00")).build())
                .build(),
            notRecorded(RULE, MAJOR, "The staff hourly rate for the same time is not recorded,"
                + " so parity of payment for P01 cannot be checked.")
                .at("/arrangements/staffRates/band-5", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("a rate recorded per hour, below the staff rate",
            () -> running().addParticipants(serviceUser("P01")
                    .payment(Recorded.present(feeOf("20.00", RateUnit.HOUR).build())).build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build(),
            gap(RULE, MAJOR, "Participant P01 is paid £20.00 an hour, below the staff rate of"
                + " £25.00 for the same time (tolerance 1%).")
                .at("/participants/0/payment/rate", "20.00")
                .at("/arrangements/staffHourlyRate", "25.00")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("an hourly rate with a day recorded beside it is still an hourly rate",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                    new Payment.Builder().method(PaymentMethod.FEE)
                        .hourlyRate(new BigDecimal("20.00")).per(RateUnit.DAY).build())).build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build(),
            gap(RULE, MAJOR, "Participant P01 is paid £20.00 an hour, below the staff rate of"
                + " £25.00 for the same time (tolerance 1%).")
                .at("/participants/0/payment/hourlyRate", "20.00")
                .at("/arrangements/staffHourlyRate", "25.00")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }

  // --- the profile's rate reference ---------------------------------------------------------------

  /** A profile whose rate reference is one figure of the organisation's own rates file. */
  private static Assessor withRateReference(String figureLine) {
    ReferenceData own = ReferenceData.standard().overriddenBy(ReferenceData.read("own.txt",
        new StringReader("figure | amount | per | effective | status | source | address\n"
            + figureLine + "\n")));
    return Assessor.builder().profile(new Profile.Builder().name("own-rate")
        .referenceData(own).rateReference("our-involvement-rate").build()).build();
  }

  /** A service user paid a £20.00 fee an hour, and no staff rate recorded. */
  private static Initiative paidTwentyNoStaffRate() {
    return running().addParticipants(serviceUser("P01")
        .payment(Recorded.present(fee("20.00"))).build()).build();
  }

  private static void assertFinds(Assessor assessor, RuleStatus status, ExpectedFinding expected) {
    Assessment a = assessor.assess(paidTwentyNoStaffRate(), ASSESSED_ON);
    assertThat(a.findings().stream().filter(f -> f.rule().equals(RULE))
        .map(ExpectedFinding::of)).containsExactly(expected);
    assertThat(a.rule(RULE).status()).isEqualTo(status);
  }

  private static final ExpectedFinding NO_STAFF_RATE = notRecorded(RULE, MAJOR,
      "The staff hourly rate for the same time is not recorded, so parity of payment for P01"
          + " cannot be checked.")
      .at("/arrangements/staffHourlyRate", "not recorded")
      .elements("S2.6", "S3.3").remedy("C4.1", "C4.2");

  @Test
  void anHourlyRateReferenceInForceStandsInForTheStaffRate() {
    assertFinds(withRateReference("our-involvement-rate | 25.00 | hour | 2026-01-01 | confirmed"
            + " | Our funder | funder.example"), RuleStatus.GAP,
        gap(RULE, MAJOR, "Participant P01 is paid £20.00 an hour, below the profile's rate"
            + " reference our-involvement-rate (£25.00 an hour from 2026-01-01 (Our funder,"
            + " funder.example; confirmed)) of £25.00 for the same time (tolerance 1%).")
            .at("/participants/0/payment/hourlyRate", "20.00")
            .at("/profile/rateReference", "25.00")
            .elements("S2.6", "S3.3").remedy("C4.1", "C4.2"));
  }

  @Test
  void aRateReferenceNotYetInForceIsNotUsed() {
    // takes effect the day after the assessment date
    assertFinds(withRateReference("our-involvement-rate | 25.00 | hour | 2026-06-02 | confirmed"
        + " | Our funder | funder.example"), RuleStatus.NOT_RECORDED, NO_STAFF_RATE);
  }

  @Test
  void aRateReferenceWhoseAmountIsUnknownIsNotUsed() {
    // the research profile names NIHR's hourly rate, whose amount no source confirms
    assertThat(Profile.research().referenceData()
        .inForce(Profile.NIHR_PAYMENT_GUIDANCE, ASSESSED_ON)).hasValueSatisfying(
            f -> assertThat(f.amount()).isEmpty());
    assertFinds(Assessor.builder().profile(Profile.research()).build(),
        RuleStatus.NOT_RECORDED, NO_STAFF_RATE);
  }

  @Test
  void aRateReferenceGivenPerWeekIsNotComparedWithAnHourlyPayment() {
    assertFinds(withRateReference("our-involvement-rate | 25.00 | week | 2026-01-01 | confirmed"
        + " | Our funder | funder.example"), RuleStatus.NOT_RECORDED, NO_STAFF_RATE);
  }
}
