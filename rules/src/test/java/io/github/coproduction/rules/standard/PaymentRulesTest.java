package io.github.coproduction.rules.standard;

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
import static io.github.coproduction.rules.testing.Inputs.feeAtUnknownRate;
import static io.github.coproduction.rules.testing.Inputs.paidIn;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Condition S2.6, payment and welfare benefits: each input beside what the rule says. */
class PaymentRulesTest {

  private static final String NOBODY_LIVED =
      "No participant takes part as a lived-experience partner.";

  static Stream<Example> examples() {
    return Stream.of(
        // unpaid-lived-experience ------------------------------------------------------------
        finds("a service user recorded as unpaid beside a salaried commissioner",
            () -> running().addParticipants(
                commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.absent()).build()).build(),
            gap("unpaid-lived-experience", CRITICAL,
                "Participant P01 brings lived experience and is recorded as unpaid, beside paid"
                    + " staff.")
                .at("/participants/1/payment", "absent")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        finds("a service user whose payment is not recorded",
            () -> running().addParticipants(serviceUser("P01").build()).build(),
            notRecorded("unpaid-lived-experience", CRITICAL,
                "Whether participant P01 is offered payment, and how they are paid, is not"
                    + " recorded.")
                .at("/participants/0/payment", "not recorded")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        finds("no participants recorded at all",
            () -> running().build(),
            notRecorded("unpaid-lived-experience", CRITICAL,
                "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        passes("unpaid-lived-experience", "a service user paid a fee",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(fee("25.00"))).build()).build()),
        notApplicable("unpaid-lived-experience", "only staff without lived experience",
            () -> running().addParticipants(commissioner("S01").build()).build(),
            NOBODY_LIVED),

        finds("unpaid-lived-experience: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .build(),
            notRecorded("unpaid-lived-experience", CRITICAL,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        notApplicable("unpaid-lived-experience", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("S02").role(Role.FRONT_LINE_STAFF)
                    .livedExperience(Recorded.absent()).build()).build(),
            "No participant takes part as a lived-experience partner."),
        // vouchers-instead-of-payment --------------------------------------------------------
        finds("a service user thanked with vouchers",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(paidIn(PaymentMethod.VOUCHER))).build()).build(),
            gap("vouchers-instead-of-payment", MAJOR,
                "Participant P01 brings lived experience and is given vouchers instead of payment:"
                    + " not parity with paid staff, and vouchers are taxable and may count as"
                    + " earnings, so they need benefits advice too.")
                .at("/participants/0/payment/method", "voucher")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        // expenses only leaves the person's time unpaid: unpaid-lived-experience, not vouchers
        finds("a carer given expenses only beside a salaried commissioner",
            () -> running().addParticipants(new Participant.Builder().ref("carer-2")
                .role(Role.CARER).livedExperience(Recorded.present(LivedExperience.CARER))
                .payment(Recorded.present(paidIn(PaymentMethod.EXPENSES_ONLY))).build(),
                commissioner("S01").build()).build(),
            gap("unpaid-lived-experience", CRITICAL,
                "Participant carer-2 brings lived experience and is paid expenses only, which"
                    + " leaves their time unpaid, beside paid staff.")
                .at("/participants/0/payment/method", "expenses-only")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        passes("vouchers-instead-of-payment", "a carer given expenses only (another rule's gap)",
            () -> running().addParticipants(new Participant.Builder().ref("carer-2")
                .role(Role.CARER).livedExperience(Recorded.present(LivedExperience.CARER))
                .payment(Recorded.present(paidIn(PaymentMethod.EXPENSES_ONLY))).build()).build()),
        passes("vouchers-instead-of-payment", "a service user paid a fee",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(fee("25.00"))).build()).build()),
        passes("vouchers-instead-of-payment", "a service user unpaid (another rule's gap)",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.absent())
                .build()).build()),
        notApplicable("vouchers-instead-of-payment", "only staff without lived experience",
            () -> running().addParticipants(commissioner("S01").build()).build(),
            NOBODY_LIVED),

        finds("vouchers-instead-of-payment: no participants recorded, so whether it applies is not recorded",
            () -> running().build(),
            notRecorded("vouchers-instead-of-payment", MAJOR, "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("vouchers-instead-of-payment: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .build(),
            notRecorded("vouchers-instead-of-payment", MAJOR,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        notApplicable("vouchers-instead-of-payment", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("S02").role(Role.FRONT_LINE_STAFF)
                    .livedExperience(Recorded.absent()).build()).build(),
            "No participant takes part as a lived-experience partner."),
        // payment-below-parity ---------------------------------------------------------------
        finds("a fee of half the staff rate",
            () -> running()
                .addParticipants(serviceUser("P01").payment(Recorded.present(fee("12.5")))
                    .build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build(),
            gap("payment-below-parity", MAJOR,
                "Participant P01 is paid \u00a312.50 an hour, below the staff rate of \u00a325.00"
                    + " for the same time (tolerance 1%).")
                .at("/participants/0/payment/hourlyRate", "12.5")
                .at("/arrangements/staffHourlyRate", "25.00")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("a fee but no staff rate to compare it with",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(fee("20.00"))).build()).build(),
            notRecorded("payment-below-parity", MAJOR,
                "The staff hourly rate for the same time is not recorded, so parity of payment"
                    + " for P01 cannot be checked.")
                .at("/arrangements/staffHourlyRate", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("a fee whose rate is not recorded",
            () -> running()
                .addParticipants(serviceUser("P01").payment(Recorded.present(feeAtUnknownRate()))
                    .build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build(),
            notRecorded("payment-below-parity", MAJOR,
                "Participant P01 is paid at a rate that is not recorded.")
                .at("/participants/0/payment/hourlyRate", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        passes("payment-below-parity", "a fee equal to the staff rate, written at another scale",
            () -> running()
                .addParticipants(serviceUser("P01").payment(Recorded.present(fee("25")))
                    .build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build()),
        notApplicable("payment-below-parity", "nobody with lived experience is paid a fee",
            () -> running().addParticipants(serviceUser("P01")
                .payment(Recorded.present(paidIn(PaymentMethod.VOUCHER))).build()).build(),
            "No participant with lived experience is recorded as paid a fee or through payroll."),
        notApplicable("payment-below-parity", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build()).build(),
            NOBODY_LIVED),
        finds("payment-below-parity: no participants recorded, so whether it applies is not recorded",
            () -> running().build(),
            notRecorded("payment-below-parity", MAJOR, "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),
        finds("payment-below-parity: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .build(),
            notRecorded("payment-below-parity", MAJOR,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S2.6", "S3.3").remedy("C4.1", "C4.2")),

        // payment-without-benefits-advice ----------------------------------------------------
        finds("a paid service user and no benefits advice",
            () -> running()
                .addParticipants(serviceUser("P01").payment(Recorded.present(fee("25.00")))
                    .build())
                .arrangements(new Arrangements.Builder()
                    .welfareBenefitsAdvice(Provision.absent()).build())
                .build(),
            gap("payment-without-benefits-advice", CRITICAL,
                "The initiative pays 1 participant with lived experience (P01) and offers no"
                    + " independent welfare benefits advice.")
                .at("/arrangements/welfareBenefitsAdvice", "absent")
                .elements("S2.6").remedy("C4.2", "C4.1")),
        finds("two paid, one in vouchers, and advice not recorded",
            () -> running().addParticipants(
                serviceUser("P01").payment(Recorded.present(fee("25.00"))).build(),
                serviceUser("P02").payment(Recorded.present(paidIn(PaymentMethod.VOUCHER)))
                    .build()).build(),
            notRecorded("payment-without-benefits-advice", CRITICAL,
                "The initiative pays 2 participants with lived experience (P01, P02); whether"
                    + " welfare benefits advice is offered is not recorded.")
                .at("/arrangements/welfareBenefitsAdvice", "not recorded")
                .elements("S2.6").remedy("C4.2", "C4.1")),
        passes("payment-without-benefits-advice", "a paid service user with advice offered",
            () -> running()
                .addParticipants(serviceUser("P01").payment(Recorded.present(fee("25.00")))
                    .build())
                .arrangements(new Arrangements.Builder()
                    .welfareBenefitsAdvice(Provision.present()).build())
                .build()),
        notApplicable("payment-without-benefits-advice", "a service user who is not paid",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.absent())
                .build()).build(),
            "No participant with lived experience is recorded as paid in money or vouchers."),
        notApplicable("payment-without-benefits-advice", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build()).build(),
            NOBODY_LIVED),
        finds("payment-without-benefits-advice: no participants recorded, so whether it applies is not recorded",
            () -> running().build(),
            notRecorded("payment-without-benefits-advice", CRITICAL,
                "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.6").remedy("C4.2", "C4.1")),

        // no-payment-policy ------------------------------------------------------------------
        finds("lived experience and no payment policy",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder()
                    .paymentPolicy(Provision.absent("Finance have not agreed one")).build())
                .build(),
            gap("no-payment-policy", MAJOR,
                "The initiative has no payment policy for people with lived experience.")
                .at("/arrangements/paymentPolicy", "absent")
                .elements("S2.6", "S1.2").remedy("C4.2")),
        finds("lived experience and the payment policy not recorded",
            () -> running().addParticipants(serviceUser("P01").build()).build(),
            notRecorded("no-payment-policy", MAJOR, "The initiative's payment policy is not recorded.")
                .at("/arrangements/paymentPolicy", "not recorded")
                .elements("S2.6", "S1.2").remedy("C4.2")),
        passes("no-payment-policy", "a payment policy in place",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder().paymentPolicy(Provision.present())
                    .build())
                .build()),
        notApplicable("no-payment-policy", "only staff, and no payment policy",
            () -> running().addParticipants(commissioner("S01").build())
                .arrangements(new Arrangements.Builder().paymentPolicy(Provision.absent())
                    .build())
                .build(),
            NOBODY_LIVED),

        finds("no-payment-policy: no participants recorded, so whether it applies is not recorded",
            () -> running().arrangements(new Arrangements.Builder().paymentPolicy(Provision.absent()).build()).build(),
            notRecorded("no-payment-policy", MAJOR, "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.6", "S1.2").remedy("C4.2")),
        finds("no-payment-policy: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .arrangements(new Arrangements.Builder().paymentPolicy(Provision.absent()).build()).build(),
            notRecorded("no-payment-policy", MAJOR,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S2.6", "S1.2").remedy("C4.2")),
        notApplicable("no-payment-policy", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("S02").role(Role.FRONT_LINE_STAFF)
                    .livedExperience(Recorded.absent()).build()).arrangements(new Arrangements.Builder().paymentPolicy(Provision.absent()).build()).build(),
            "No participant takes part as a lived-experience partner."),
        // expenses-not-covered ---------------------------------------------------------------
        finds("lived experience and expenses not refunded",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder().expenses(Provision.absent()).build())
                .build(),
            gap("expenses-not-covered", MINOR,
                "The initiative does not refund out-of-pocket expenses.")
                .at("/arrangements/expenses", "absent")
                .elements("S2.6").remedy("C4.2")),
        finds("lived experience and expenses not recorded",
            () -> running().addParticipants(serviceUser("P01").build()).build(),
            notRecorded("expenses-not-covered", MINOR,
                "Whether the initiative refunds expenses is not recorded.")
                .at("/arrangements/expenses", "not recorded")
                .elements("S2.6").remedy("C4.2")),
        passes("expenses-not-covered", "expenses refunded",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder().expenses(Provision.present()).build())
                .build()),
        notApplicable("expenses-not-covered", "only staff, and expenses not refunded",
            () -> running().addParticipants(commissioner("S01").build())
                .arrangements(new Arrangements.Builder().expenses(Provision.absent()).build())
                .build(),
            NOBODY_LIVED),
        finds("expenses-not-covered: no participants recorded, so whether it applies is not recorded",
            () -> running().arrangements(new Arrangements.Builder().expenses(Provision.absent()).build()).build(),
            notRecorded("expenses-not-covered", MINOR, "The initiative's participants are not recorded.")
                .at("/participants", "not recorded")
                .elements("S2.6").remedy("C4.2")),
        finds("expenses-not-covered: nobody with lived experience, one participant's not recorded",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
                .arrangements(new Arrangements.Builder().expenses(Provision.absent()).build()).build(),
            notRecorded("expenses-not-covered", MINOR,
                "The initiative records no lived-experience partner, and for 1 of 2 participants"
                    + " (C01) whether they bring lived experience is not recorded.")
                .at("/participants/1/livedExperience", "not recorded")
                .elements("S2.6").remedy("C4.2")),
        notApplicable("expenses-not-covered", "every participant recorded without lived experience",
            () -> running().addParticipants(commissioner("S01").build(),
                new Participant.Builder().ref("S02").role(Role.FRONT_LINE_STAFF)
                    .livedExperience(Recorded.absent()).build()).arrangements(new Arrangements.Builder().expenses(Provision.absent()).build()).build(),
            "No participant takes part as a lived-experience partner."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
