package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.Recorded;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expenses and late payment (S1.2, S2.6): expenses refunded late are late payment even when the
 * person's time is unpaid; a participant's own expenses not covered are reported only for a
 * lived-experience partner whose payment is recorded.
 */
class ExpensesAndLatenessTest {

  static Stream<Example> examples() {
    return Stream.of(
        finds("expenses only, refunded late",
            () -> running().addParticipants(serviceUser("P01").payment(Recorded.present(
                new Payment.Builder().method(PaymentMethod.EXPENSES_ONLY)
                    .timeliness(PaymentTimeliness.LATE).build())).build()).build(),
            gap("payment-late", MAJOR, "Payments reach participant P01 late.")
                .at("/participants/0/payment/timeliness", "late")
                .elements("S1.2", "S2.6").remedy("C4.2")),
        passes("participant-expenses-not-covered",
            "a commissioner's expenses not covered, the partner's covered",
            () -> running().addParticipants(
                commissioner("S01").payment(Recorded.present(new Payment.Builder()
                    .method(PaymentMethod.SALARIED).hourlyRate(new BigDecimal("25.00"))
                    .expensesCovered(Fact.ABSENT).build())).build(),
                serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                    .method(PaymentMethod.FEE).hourlyRate(new BigDecimal("25.00"))
                    .expensesCovered(Fact.PRESENT).build())).build())
                .build()),
        passes("participant-expenses-not-covered",
            "one partner unpaid, another whose expenses cover is not recorded",
            () -> running().addParticipants(
                serviceUser("P01").payment(Recorded.absent()).build(),
                serviceUser("P02").payment(Recorded.present(fee("25.00"))).build())
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
