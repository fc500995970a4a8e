package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.ADVISORY;
import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.paidIn;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whose time is unpaid on the record, and whether paid staff take part (S2.6, S3.3): paid staff
 * known from a staff rate alone; a declined offer that keeps expenses is not unpaid time, an
 * accepted offer of expenses only is; an all-volunteer group counts only its lived-experience
 * partners whose time is recorded as unpaid.
 */
class UnpaidTimeTest {

  private static final String VOLUNTEERS_P01 = "No paid staff take part: 1 participant with"
      + " lived experience (P01) give their time as volunteers in an all-volunteer group. Cover"
      + " their expenses, and seek payment for involvement when the group works with or for"
      + " services.";

  private static Payment declinedKeepingExpenses() {
    return new Payment.Builder().response(PaymentResponse.DECLINED_AFTER_ADVICE)
        .method(PaymentMethod.EXPENSES_ONLY).build();
  }

  private static Arrangements volunteerGroup() {
    return new Arrangements.Builder().paidStaff(Fact.ABSENT).build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        // paid staff take part: known from a staff rate, with no member of staff listed --------
        finds("an unpaid service user where only the staff hourly rate shows paid staff",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.absent()).build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
                .build(),
            gap("unpaid-lived-experience", CRITICAL,
                "Participant P01 brings lived experience and is recorded as unpaid, beside paid"
                    + " staff.")
                .at("/participants/0/payment", "absent")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        finds("an unpaid service user where only the staff rates by grade show paid staff",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.absent()).build())
                .arrangements(new Arrangements.Builder()
                    .putStaffRates("band-5", new BigDecimal("32.00")).build())
                .build(),
            gap("unpaid-lived-experience", CRITICAL,
                "Participant P01 brings lived experience and is recorded as unpaid, beside paid"
                    + " staff.")
                .at("/participants/0/payment", "absent")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),

        // a declined offer is not unpaid time; expenses only, accepted, is ----------------------
        passes("unpaid-lived-experience",
            "a service user who declined payment after advice and claims expenses only",
            () -> running().addParticipants(commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(declinedKeepingExpenses())).build())
                .build()),
        finds("a service user who accepted an offer of expenses only",
            () -> running().addParticipants(commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                    .response(PaymentResponse.ACCEPTED).method(PaymentMethod.EXPENSES_ONLY)
                    .build())).build())
                .build(),
            gap("unpaid-lived-experience", CRITICAL,
                "Participant P01 brings lived experience and is paid expenses only, which leaves"
                    + " their time unpaid, beside paid staff.")
                .at("/participants/1/payment/method", "expenses-only")
                .elements("S2.6", "S3.3", "C4").remedy("C4.1", "C4.2")),
        passes("unpaid-in-volunteer-group",
            "an all-volunteer group whose one partner declined payment and claims expenses only",
            () -> running().addParticipants(
                serviceUser("P01").payment(Recorded.present(declinedKeepingExpenses())).build())
                .arrangements(volunteerGroup()).build()),

        // an all-volunteer group counts its unpaid lived-experience partners, and only them -----
        finds("an all-volunteer group: one partner unpaid, one whose payment is not recorded",
            () -> running().addParticipants(
                    serviceUser("P01").payment(Recorded.absent()).build(),
                    serviceUser("P02").payment(Recorded.notRecorded()).build())
                .arrangements(volunteerGroup()).build(),
            gap("unpaid-in-volunteer-group", ADVISORY, VOLUNTEERS_P01)
                .at("/arrangements/paidStaff", "absent")
                .at("/participants/0/payment", "absent")
                .elements("S2.6").remedy("C4.2")),
        finds("an all-volunteer group: one partner unpaid, one community member without lived"
                + " experience unpaid",
            () -> running().addParticipants(
                    serviceUser("P01").payment(Recorded.absent()).build(),
                    new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER)
                        .livedExperience(Recorded.present(LivedExperience.NONE))
                        .payment(Recorded.absent()).build())
                .arrangements(volunteerGroup()).build(),
            gap("unpaid-in-volunteer-group", ADVISORY, VOLUNTEERS_P01)
                .at("/arrangements/paidStaff", "absent")
                .at("/participants/0/payment", "absent")
                .elements("S2.6").remedy("C4.2")),
        finds("an all-volunteer group: one partner unpaid, one paid a fee",
            () -> running().addParticipants(
                    serviceUser("P01").payment(Recorded.absent()).build(),
                    serviceUser("P02").payment(Recorded.present(fee("20.00"))).build())
                .arrangements(volunteerGroup()).build(),
            gap("unpaid-in-volunteer-group", ADVISORY, VOLUNTEERS_P01)
                .at("/arrangements/paidStaff", "absent")
                .at("/participants/0/payment", "absent")
                .elements("S2.6").remedy("C4.2")),
        finds("an all-volunteer group: one partner on expenses only",
            () -> running().addParticipants(
                    serviceUser("P01").payment(Recorded.present(
                        paidIn(PaymentMethod.EXPENSES_ONLY))).build())
                .arrangements(volunteerGroup()).build(),
            gap("unpaid-in-volunteer-group", ADVISORY, VOLUNTEERS_P01)
                .at("/arrangements/paidStaff", "absent")
                .at("/participants/0/payment/method", "expenses-only")
                .elements("S2.6").remedy("C4.2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
