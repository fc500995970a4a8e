package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Benefit;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.RateUnit;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.reference.FigureStatus;
import io.github.coproduction.core.reference.ReferenceData;
import io.github.coproduction.core.reference.ReferenceFigure;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Benefits with an earnings limit (S2.6, S3.8), assessed on 2026-06-01: who is checked (a benefit
 * with a limit, a payment that reaches the person), how the weekly payment is said by its unit,
 * which part of a payment is missing, and a limit whose amount the reference data does not know.
 */
class BenefitEarningsLimitTest {

  private static final String RULE = "benefit-earnings-limit";

  private static final String CA = "£204.00 a week from 2026-04-01 (Carers UK; local carers'"
      + " organisations, carersuk.org; reported)";

  private static final String ARRANGE = " Arrange independent benefits advice before payment:"
      + " options include expenses only, fewer hours in a week, or paying their organisation.";

  /** A carer on the benefit given, paid as given; benefits advice not recorded. */
  private static Initiative carerOn(Benefit benefit, Recorded<Payment> payment) {
    return running().addParticipants(new Participant.Builder().ref("P01").role(Role.CARER)
        .livedExperience(Recorded.present(LivedExperience.CARER))
        .benefits(Recorded.present(Set.of(benefit))).payment(payment).build()).build();
  }

  private static Recorded<Payment> payroll(Payment.Builder b) {
    return Recorded.present(b.method(PaymentMethod.PAYROLL).build());
  }

  static Stream<Example> examples() {
    return Stream.of(
        notApplicable(RULE, "a carer on Universal Credit only, paid £240 a week",
            () -> carerOn(Benefit.UNIVERSAL_CREDIT, payroll(new Payment.Builder()
                .hourlyRate(new BigDecimal("30.00")).perWeek(new BigDecimal("8")))),
            "No participant is recorded as receiving a benefit with an earnings limit."),
        passes(RULE, "a carer on Carer's Allowance who declined payment after advice",
            () -> carerOn(Benefit.CARERS_ALLOWANCE, Recorded.present(new Payment.Builder()
                .response(PaymentResponse.DECLINED_AFTER_ADVICE).build()))),
        passes(RULE, "a carer on Carer's Allowance recorded as unpaid",
            () -> carerOn(Benefit.CARERS_ALLOWANCE, Recorded.absent())),
        finds("a carer paid through payroll for 8 hours a week at a rate not recorded",
            () -> carerOn(Benefit.CARERS_ALLOWANCE,
                payroll(new Payment.Builder().perWeek(new BigDecimal("8")))),
            notRecorded(RULE, CRITICAL, "Participant P01 receives a benefit with an earnings"
                + " limit; the rate or the time expected each week is not recorded, so the"
                + " weekly payment cannot be checked against the limit.")
                .at("/participants/0/payment/rate", "not recorded")
                .elements("S2.6", "S3.8").remedy("C4.2", "C4.4")),
        finds("a carer paid £150 a day for 2 days a week",
            () -> carerOn(Benefit.CARERS_ALLOWANCE, payroll(new Payment.Builder()
                .rate(new BigDecimal("150.00")).per(RateUnit.DAY)
                .hoursPerUnit(new BigDecimal("7.5")).perWeek(new BigDecimal("2")))),
            gap(RULE, CRITICAL, "Participant P01 receives Carer's Allowance and is expected to be"
                + " paid £300.00 a week (£150.00 × 2 days), over the Carer's Allowance earnings"
                + " limit (net of allowable deductions) of " + CA + "." + ARRANGE)
                .at("/participants/0/benefits", "carers-allowance")
                .at("/participants/0/payment/perWeek", "2")
                .at("/arrangements/welfareBenefitsAdvice", "not recorded")
                .elements("S2.6", "S3.8").remedy("C4.2", "C4.4")),
        finds("a carer paid £30 an hour for 8 hours a week, a day recorded beside the hourly rate",
            () -> carerOn(Benefit.CARERS_ALLOWANCE, payroll(new Payment.Builder()
                .hourlyRate(new BigDecimal("30.00")).per(RateUnit.DAY)
                .perWeek(new BigDecimal("8")))),
            gap(RULE, CRITICAL, "Participant P01 receives Carer's Allowance and is expected to be"
                + " paid £240.00 a week (£30.00 × 8 hours), over the Carer's Allowance earnings"
                + " limit (net of allowable deductions) of " + CA + "." + ARRANGE)
                .at("/participants/0/benefits", "carers-allowance")
                .at("/participants/0/payment/perWeek", "8")
                .at("/arrangements/welfareBenefitsAdvice", "not recorded")
                .elements("S2.6", "S3.8").remedy("C4.2", "C4.4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }

  @Test
  void aLimitInForceWithoutAKnownAmountIsNamedNotGuessed() {
    // the only Carer's Allowance figure takes effect in April 2026, its amount unconfirmed
    ReferenceData unknown = ReferenceData.of("unknown-ca", List.of(
        new ReferenceFigure.Builder().id("carers-allowance-earnings-limit").per("week")
            .effective(LocalDate.parse("2026-04-01")).status(FigureStatus.UNCONFIRMED)
            .source("not confirmed by any source").build()));
    Assessor assessor = Assessor.builder().profile(new Profile.Builder().name("unknown-ca")
        .referenceData(unknown).build()).build();
    Assessment a = assessor.assess(carerOn(Benefit.CARERS_ALLOWANCE, payroll(new Payment.Builder()
        .hourlyRate(new BigDecimal("30.00")).perWeek(new BigDecimal("8")))), ASSESSED_ON);
    assertThat(a.findings().stream().filter(f -> f.rule().equals(RULE))
        .map(ExpectedFinding::of)).containsExactly(notRecorded(RULE, CRITICAL,
            "The Carer's Allowance earnings limit (net of allowable deductions) in force on"
                + " 2026-06-01 is not known to the reference data (amount unknown from"
                + " 2026-04-01 (not confirmed by any source; unconfirmed)); load your"
                + " organisation's rates file with it.")
        .at("/reference/carers-allowance-earnings-limit", "not recorded")
        .elements("S2.6", "S3.8").remedy("C4.2", "C4.4"));
    assertThat(a.rule(RULE).status()).isEqualTo(RuleStatus.NOT_RECORDED);
  }
}
