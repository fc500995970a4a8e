package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.salary;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who is paid for involvement, and so needs independent welfare benefits advice (S2.6): a
 * lived-experience partner paid a fee, through payroll or in vouchers. A partner on a salary is
 * paid as staff are, and one on expenses only is not paid at all.
 */
class PaidForInvolvementTest {

  private static final String RULE = "payment-without-benefits-advice";

  private static Assessment assessPaidIn(Payment payment) {
    Initiative i = running().addParticipants(serviceUser("P01")
            .payment(Recorded.present(payment)).build())
        .arrangements(new Arrangements.Builder().welfareBenefitsAdvice(Provision.absent())
            .build())
        .build();
    return Assessor.standard().assess(i, ASSESSED_ON);
  }

  @ParameterizedTest(name = "paid by {0}")
  @EnumSource(value = PaymentMethod.class, names = {"FEE", "PAYROLL"})
  void aPartnerPaidInMoneyForInvolvementNeedsBenefitsAdvice(PaymentMethod method) {
    Assessment a = assessPaidIn(new Payment.Builder().method(method)
        .hourlyRate(new BigDecimal("25.00")).build());
    assertThat(a.findings().stream().filter(f -> f.rule().equals(RULE))
        .map(ExpectedFinding::of)).containsExactly(gap(RULE, CRITICAL,
            "The initiative pays 1 participant with lived experience (P01) and offers no"
                + " independent welfare benefits advice.")
        .at("/arrangements/welfareBenefitsAdvice", "absent")
        .elements("S2.6").remedy("C4.2", "C4.1"));
  }

  @Test
  void aPartnerThankedInVouchersNeedsBenefitsAdviceToo() {
    Assessment a = assessPaidIn(new Payment.Builder().method(PaymentMethod.VOUCHER).build());
    assertThat(a.findings().stream().filter(f -> f.rule().equals(RULE))
        .map(ExpectedFinding::of)).containsExactly(gap(RULE, CRITICAL,
            "The initiative pays 1 participant with lived experience (P01) and offers no"
                + " independent welfare benefits advice. Vouchers count: they are taxable and"
                + " may count as earnings.")
        .at("/arrangements/welfareBenefitsAdvice", "absent")
        .elements("S2.6").remedy("C4.2", "C4.1"));
  }

  @Test
  void aPartnerOnASalaryIsPaidAsStaffAreNotForInvolvement() {
    // a peer support worker employed on a salary, bringing lived experience
    RuleResult result = assessPaidIn(salary("25.00")).rule(RULE);
    assertThat(result.status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    assertThat(result.detail()).hasValue(
        "No participant with lived experience is recorded as paid in money or vouchers.");
  }
}
