package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.RuleResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties with an expected result computed without the rules: the payment rules speak for
 * people with lived experience, so what anyone else is paid never changes a payment finding or a
 * payment rule's result, and what a person with lived experience is paid is the only payment
 * that can.
 */
class PaymentIndependenceProperties {

  private static final List<String> PAYMENT_RULES = List.of("unpaid-lived-experience",
      "vouchers-instead-of-payment", "payment-below-parity", "payment-without-benefits-advice");
  private static final LocalDate ON = LocalDate.parse("2026-06-01");
  private static final Assessor ASSESSOR = Assessor.standard();

  @TestFactory
  Stream<DynamicTest> thePaymentOfSomeoneWithoutLivedExperienceNeverChangesAPaymentFinding() {
    return Seeds.property("payment of someone without lived experience", random -> {
      Initiative i = Generators.initiative(random);
      List<Participant> changed = new ArrayList<>(i.participants());
      boolean any = false;
      for (int k = 0; k < changed.size(); k++) {
        Participant p = changed.get(k);
        if (!p.hasLivedExperience()) {
          changed.set(k, new Participant.Builder().from(p).payment(anyPayment(random)).build());
          any = true;
        }
      }
      Initiative other = new Initiative.Builder().from(i).participants(changed).build();
      assertThat(payment(ASSESSOR.assess(other, ON)))
          .as("payment findings and results, %d participants changed", any ? 1 : 0)
          .isEqualTo(payment(ASSESSOR.assess(i, ON)));
    });
  }

  /** The payment rules' findings and results, in order. */
  private static List<Object> payment(Assessment a) {
    List<Object> out = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (PAYMENT_RULES.contains(f.rule())) {
        out.add(f);
      }
    }
    for (RuleResult r : a.rules()) {
      if (PAYMENT_RULES.contains(r.rule())) {
        out.add(r);
      }
    }
    return out;
  }

  private static Recorded<Payment> anyPayment(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Recorded.absent();
      case 1 -> Recorded.notRecorded();
      case 2 -> Recorded.present(new Payment.Builder().method(PaymentMethod.VOUCHER).build());
      case 3 -> Recorded.present(new Payment.Builder().method(PaymentMethod.FEE)
          .hourlyRate(new BigDecimal("1.00")).build());
      case 4 -> Recorded.present(new Payment.Builder().method(PaymentMethod.FEE).build());
      default -> Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED)
          .hourlyRate(new BigDecimal("40.00")).build());
    };
  }
}
