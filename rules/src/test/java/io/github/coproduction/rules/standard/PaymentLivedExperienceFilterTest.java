package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.paidIn;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payment rules speak for people who bring lived experience, and only for them. A salaried
 * member of staff recorded as unpaid, on vouchers, below the staff rate, or paid a fee without
 * benefits advice is never reported, whatever else the initiative records. Behaviour only: each
 * test assesses a whole initiative with the standard rules and reads the payment findings, so
 * the tests stand however the rules are written.
 */
class PaymentLivedExperienceFilterTest {

  private static final List<String> PAYMENT_RULES = List.of("unpaid-lived-experience",
      "vouchers-instead-of-payment", "payment-below-parity", "payment-without-benefits-advice");

  /** A service user paid a fee at the staff rate: nothing for the payment rules to report. */
  private static Participant paidFairly() {
    return serviceUser("P01").payment(Recorded.present(fee("25.00"))).build();
  }

  /** A salaried member of staff without lived experience, paid as given. */
  private static Participant staff(Recorded<Payment> payment) {
    return new Participant.Builder().ref("S01").role(Role.FRONT_LINE_STAFF)
        .livedExperience(Recorded.present(LivedExperience.NONE)).payment(payment).build();
  }

  private static Arrangements fairArrangements() {
    return new Arrangements.Builder().staffHourlyRate(rate("25.00"))
        .welfareBenefitsAdvice(Provision.present()).build();
  }

  private static List<Finding> paymentFindings(Initiative initiative) {
    Assessment a = Assessor.standard().assess(initiative, ASSESSED_ON);
    return a.findings().stream().filter(f -> PAYMENT_RULES.contains(f.rule())).toList();
  }

  @Test
  void staffRecordedAsUnpaidIsNotReported() {
    assertThat(paymentFindings(running().addParticipants(paidFairly(), staff(Recorded.absent()))
        .arrangements(fairArrangements()).build())).isEmpty();
  }

  @Test
  void staffWhosePaymentIsNotRecordedIsNotReported() {
    assertThat(paymentFindings(running().addParticipants(paidFairly(),
        staff(Recorded.notRecorded())).arrangements(fairArrangements()).build())).isEmpty();
  }

  @Test
  void staffOnVouchersOrExpensesOnlyIsNotReported() {
    for (PaymentMethod method : List.of(PaymentMethod.VOUCHER, PaymentMethod.EXPENSES_ONLY)) {
      assertThat(paymentFindings(running().addParticipants(paidFairly(),
              staff(Recorded.present(paidIn(method)))).arrangements(fairArrangements()).build()))
          .as("staff paid in %s", method).isEmpty();
    }
  }

  @Test
  void staffPaidAFeeBelowTheStaffRateIsNotReported() {
    assertThat(paymentFindings(running().addParticipants(paidFairly(),
        staff(Recorded.present(fee("9.00")))).arrangements(fairArrangements()).build())).isEmpty();
  }

  @Test
  void staffPaidAFeeWithoutBenefitsAdviceIsNotReported() {
    // the person with lived experience is paid expenses only, which leaves their time unpaid:
    // nobody with lived experience is paid, so benefits advice is not for this rule to ask about
    Initiative initiative = running().addParticipants(
            serviceUser("P01").payment(Recorded.present(paidIn(PaymentMethod.EXPENSES_ONLY)))
                .build(),
            staff(Recorded.present(fee("25.00"))))
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00"))
            .welfareBenefitsAdvice(Provision.absent()).build())
        .build();
    assertThat(paymentFindings(initiative)).extracting(Finding::rule)
        .containsExactly("unpaid-lived-experience");
    assertThat(Assessor.standard().assess(initiative, ASSESSED_ON)
        .rule("payment-without-benefits-advice").detail()).hasValue(
            "No participant with lived experience is recorded as paid in money or vouchers.");
  }

  @Test
  void staffPaidAFeeIsNotCountedAmongThePeopleWhoNeedBenefitsAdvice() {
    Initiative initiative = running().addParticipants(paidFairly(),
            staff(Recorded.present(fee("25.00"))))
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00"))
            .welfareBenefitsAdvice(Provision.absent()).build())
        .build();
    assertThat(paymentFindings(initiative)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("payment-without-benefits-advice");
      assertThat(f.message()).isEqualTo("The initiative pays 1 participant with lived experience"
          + " (P01) and offers no independent welfare benefits advice.");
    });
  }

  @Test
  void oneParticipantIsCountedInTheSingularWhenAdviceIsNotRecorded() {
    Initiative initiative = running().addParticipants(paidFairly())
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build())
        .build();
    assertThat(paymentFindings(initiative)).singleElement().extracting(Finding::message)
        .isEqualTo("The initiative pays 1 participant with lived experience (P01); whether"
            + " welfare benefits advice is offered is not recorded.");
  }

  @Test
  void theSamePaymentsAreReportedForAPersonWithLivedExperience() {
    // the control: each payment above, given to a carer, is reported
    Participant carer = new Participant.Builder().ref("C01").role(Role.CARER)
        .livedExperience(Recorded.present(LivedExperience.CARER))
        .payment(Recorded.present(fee("9.00"))).build();
    assertThat(paymentFindings(running().addParticipants(paidFairly(), carer)
        .arrangements(fairArrangements()).build())).extracting(Finding::rule)
        .containsExactly("payment-below-parity");
    Participant unpaidCarer = new Participant.Builder().ref("C01").role(Role.CARER)
        .livedExperience(Recorded.present(LivedExperience.CARER))
        .payment(Recorded.absent()).build();
    assertThat(paymentFindings(running().addParticipants(paidFairly(), unpaidCarer)
        .arrangements(fairArrangements()).build())).extracting(Finding::rule)
        .containsExactly("unpaid-lived-experience");
  }
}
