package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.ADVISORY;
import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Benefit;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the payment model (issue 14), each input beside what the rule says, assessed on
 * 2026-06-01 (Carer's Allowance earnings limit £204.00 a week from 2026-04-01).
 */
class PaymentModelExamplesTest {

  private static final String CA = "£204.00 a week from 2026-04-01 (Carers UK; local carers'"
      + " organisations, carersuk.org; reported)";

  private static Payment responded(PaymentResponse response) {
    return new Payment.Builder().response(response).build();
  }

  private static Payment payroll(String hourly, String perWeek) {
    return new Payment.Builder().method(PaymentMethod.PAYROLL).hourlyRate(new BigDecimal(hourly))
        .perWeek(new BigDecimal(perWeek)).build();
  }

  private static Participant carer(Payment payment) {
    return new Participant.Builder().ref("P01").role(Role.CARER)
        .livedExperience(Recorded.present(LivedExperience.CARER))
        .benefits(Recorded.present(Set.of(Benefit.CARERS_ALLOWANCE)))
        .payment(Recorded.present(payment)).build();
  }

  private static Initiative withAdvice(Fact advice, Participant... people) {
    return running().addParticipants(people).addParticipants(commissioner("S01").build())
        .arrangements(new Arrangements.Builder().welfareBenefitsAdvice(
            Provision.of(advice, java.util.Optional.empty())).build()).build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        // unpaid-in-volunteer-group ------------------------------------------------------------
        finds("an all-volunteer group of two unpaid peers",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.absent()).build(),
                serviceUser("P02").payment(Recorded.absent()).build())
                .arrangements(new Arrangements.Builder().paidStaff(Fact.ABSENT).build()).build(),
            gap("unpaid-in-volunteer-group", ADVISORY,
                "No paid staff take part: 2 participants with lived experience (P01, P02) give"
                    + " their time as volunteers in an all-volunteer group. Cover their"
                    + " expenses, and seek payment for involvement when the group works with or"
                    + " for services.")
                .at("/arrangements/paidStaff", "absent")
                .at("/participants/0/payment", "absent")
                .at("/participants/1/payment", "absent")
                .elements("S2.6").remedy("C4.2")),
        passes("unpaid-in-volunteer-group", "a volunteer group whose members are paid a fee",
            () -> running().addParticipants(serviceUser("P01")
                    .payment(Recorded.present(fee("20.00"))).build())
                .arrangements(new Arrangements.Builder().paidStaff(Fact.ABSENT).build()).build()),
        notApplicable("unpaid-in-volunteer-group", "paid staff take part",
            () -> running().addParticipants(commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.absent()).build()).build(),
            "Paid staff take part, or whether they do is not recorded."),
        // payment-declined-without-advice --------------------------------------------------------
        finds("declined without benefits advice",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                responded(PaymentResponse.DECLINED_WITHOUT_ADVICE))).build()).build(),
            gap("payment-declined-without-advice", MAJOR,
                "Participant P01 declined payment without independent welfare benefits advice.")
                .at("/participants/0/payment/response", "declined-without-advice")
                .elements("S2.6").remedy("C4.2", "C4.1")),
        passes("payment-declined-without-advice", "declined after advice",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                responded(PaymentResponse.DECLINED_AFTER_ADVICE))).build()).build()),
        notApplicable("payment-declined-without-advice", "no response to an offer recorded",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(fee("20.00"))).build()).build(),
            "No participant's response to an offer of payment is recorded."),
        // payment-declined-after-advice --------------------------------------------------------
        finds("declined after benefits advice: information",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                responded(PaymentResponse.DECLINED_AFTER_ADVICE))).build()).build(),
            gap("payment-declined-after-advice", ADVISORY,
                "Participant P01 declined payment after independent welfare benefits advice:"
                    + " their informed choice, not a gap. Keep the offer open.")
                .at("/participants/0/payment/response", "declined-after-advice")
                .elements("S2.6").remedy("C4.2")),
        passes("payment-declined-after-advice", "accepted payment",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                new Payment.Builder().response(PaymentResponse.ACCEPTED)
                    .method(PaymentMethod.FEE).build())).build()).build()),
        notApplicable("payment-declined-after-advice", "no response to an offer recorded",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(fee("20.00"))).build()).build(),
            "No participant's response to an offer of payment is recorded."),
        // payment-late -----------------------------------------------------------------------------
        finds("payments months late",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                new Payment.Builder().method(PaymentMethod.FEE)
                    .timeliness(PaymentTimeliness.LATE).build())).build()).build(),
            gap("payment-late", MAJOR, "Payments reach participant P01 late.")
                .at("/participants/0/payment/timeliness", "late")
                .elements("S1.2", "S2.6").remedy("C4.2")),
        passes("payment-late", "payments on time",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                new Payment.Builder().method(PaymentMethod.FEE)
                    .timeliness(PaymentTimeliness.ON_TIME).build())).build()).build()),
        notApplicable("payment-late", "nobody paid",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.absent())
                .build()).build(),
            "No participant is recorded as paid."),
        // participant-expenses-not-covered --------------------------------------------------------
        finds("a participant's own expenses not covered",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                new Payment.Builder().method(PaymentMethod.FEE).expensesCovered(Fact.ABSENT)
                    .build())).build()).build(),
            gap("participant-expenses-not-covered", MINOR, "Participant P01 is recorded as"
                + " having their expenses not covered.")
                .at("/participants/0/payment/expensesCovered", "absent")
                .elements("S2.6").remedy("C4.2")),
        passes("participant-expenses-not-covered", "expenses covered",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                new Payment.Builder().method(PaymentMethod.FEE).expensesCovered(Fact.PRESENT)
                    .build())).build()).build()),
        finds("participant-expenses-not-covered: whether anyone brings lived experience not"
                + " recorded",
            () -> running().addParticipants(new Participant.Builder().ref("C01")
                .role(Role.COMMUNITY_MEMBER).build()).build(),
            notRecorded("participant-expenses-not-covered", MINOR, "The initiative records no"
                + " lived-experience partner, and for 1 of 1 participants (C01) whether they"
                + " bring lived experience is not recorded.")
                .at("/participants/0/livedExperience", "not recorded")
                .elements("S2.6").remedy("C4.2")),
        notApplicable("participant-expenses-not-covered", "only staff without lived experience",
            () -> running().addParticipants(commissioner("S01").build()).build(),
            "No participant takes part as a lived-experience partner."),
        // benefit-earnings-limit --------------------------------------------------------------------
        finds("a carer paid £30 for 8 hours a week with no advice",
            () -> withAdvice(Fact.ABSENT, carer(payroll("30.00", "8"))),
            gap("benefit-earnings-limit", CRITICAL, "Participant P01 receives Carer's Allowance"
                + " and is expected to be paid £240.00 a week (£30.00 × 8 hours), over the"
                + " Carer's Allowance earnings limit (net of allowable deductions) of " + CA
                + ". Arrange independent benefits advice before payment: options include"
                + " expenses only, fewer hours in a week, or paying their organisation.")
                .at("/participants/0/benefits", "carers-allowance")
                .at("/participants/0/payment/perWeek", "8")
                .at("/arrangements/welfareBenefitsAdvice", "absent")
                .elements("S2.6", "S3.8").remedy("C4.2", "C4.4")),
        finds("a carer paid but the time per week not recorded",
            () -> withAdvice(Fact.ABSENT, carer(new Payment.Builder()
                .method(PaymentMethod.PAYROLL).hourlyRate(new BigDecimal("30.00")).build())),
            notRecorded("benefit-earnings-limit", CRITICAL, "Participant P01 receives a benefit"
                + " with an earnings limit; the rate or the time expected each week is not"
                + " recorded, so the weekly payment cannot be checked against the limit.")
                .at("/participants/0/payment/perWeek", "not recorded")
                .elements("S2.6", "S3.8").remedy("C4.2", "C4.4")),
        passes("benefit-earnings-limit", "a carer paid £25 for 8 hours, under the limit",
            () -> withAdvice(Fact.ABSENT, carer(payroll("25.00", "8")))),
        notApplicable("benefit-earnings-limit", "nobody's benefits recorded",
            () -> withAdvice(Fact.ABSENT, serviceUser("P01")
                .payment(Recorded.present(payroll("30.00", "8"))).build()),
            "No participant is recorded as receiving a benefit with an earnings limit."),
        // benefit-earnings-limit-information ------------------------------------------------------------
        finds("the same carer with independent advice",
            () -> withAdvice(Fact.PRESENT, carer(payroll("30.00", "8"))),
            gap("benefit-earnings-limit-information", ADVISORY, "Participant P01 receives Carer's"
                + " Allowance and is expected to be paid £240.00 a week (£30.00 × 8 hours), over"
                + " the Carer's Allowance earnings limit (net of allowable deductions) of " + CA
                + ". Independent benefits advice is recorded.")
                .at("/participants/0/benefits", "carers-allowance")
                .at("/participants/0/payment/perWeek", "8")
                .at("/arrangements/welfareBenefitsAdvice", "present")
                .elements("S2.6").remedy("C4.2")),
        finds("benefit-earnings-limit-information: the time per week not recorded",
            () -> withAdvice(Fact.PRESENT, carer(new Payment.Builder()
                .method(PaymentMethod.PAYROLL).hourlyRate(new BigDecimal("30.00")).build())),
            notRecorded("benefit-earnings-limit-information", ADVISORY, "Participant P01 receives a"
                + " benefit with an earnings limit; the rate or the time expected each week is"
                + " not recorded, so the weekly payment cannot be checked against the limit.")
                .at("/participants/0/payment/perWeek", "not recorded")
                .elements("S2.6").remedy("C4.2")),
        passes("benefit-earnings-limit-information", "a carer under the limit, with advice",
            () -> withAdvice(Fact.PRESENT, carer(payroll("25.00", "8")))),
        notApplicable("benefit-earnings-limit-information", "nobody's benefits recorded",
            () -> withAdvice(Fact.PRESENT, serviceUser("P01")
                .payment(Recorded.present(payroll("30.00", "8"))).build()),
            "No participant is recorded as receiving a benefit with an earnings limit."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
