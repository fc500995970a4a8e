package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;
import static io.github.coproduction.rules.standard.Subjects.participant;
import static io.github.coproduction.rules.standard.Subjects.refs;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Condition S2.6, payment and welfare benefits, and parity of time (S3.3). */
final class PaymentRules {

  private PaymentRules() {}

  static final Rule UNPAID_LIVED_EXPERIENCE = Rule.of(describe(
      "unpaid-lived-experience",
      "Unpaid lived experience",
      "A participant with lived experience is recorded as unpaid",
      Severity.CRITICAL,
      List.of("S2.6", "S3.3", "C4"),
      "Co-production brings people together as equals. Asking people with lived experience to"
          + " give their time unpaid beside staff who are paid for theirs breaks parity and"
          + " exploits their expertise.",
      "Pay people with lived experience for their time, under a payment policy agreed before"
          + " involvement starts, and make sure payment systems do not get in their way.",
      List.of("C4.1", "C4.2")),
      PaymentRules::unpaid);

  static final Rule VOUCHERS_INSTEAD_OF_PAYMENT = Rule.of(describe(
      "vouchers-instead-of-payment",
      "Vouchers instead of payment",
      "A participant with lived experience is thanked with vouchers or expenses instead of"
          + " payment",
      Severity.MAJOR,
      List.of("S2.6", "S3.3"),
      "Vouchers and expenses alone do not value lived experience as equal to the paid time of"
          + " staff.",
      "Pay people with lived experience for their time in money, at parity with staff.",
      List.of("C4.1", "C4.2")),
      PaymentRules::vouchers);

  static final Rule PAYMENT_BELOW_PARITY = Rule.of(describe(
      "payment-below-parity",
      "Payment below parity",
      "A participant with lived experience is paid less than staff for the same time",
      Severity.MAJOR,
      List.of("S2.6", "S3.3"),
      "Equality and parity mean valuing lived experience as highly as professional expertise:"
          + " paying less for the same time says otherwise.",
      "Pay people with lived experience at least the staff rate for the same time.",
      List.of("C4.1", "C4.2")),
      PaymentRules::parity);

  static final Rule PAYMENT_WITHOUT_BENEFITS_ADVICE = Rule.of(describe(
      "payment-without-benefits-advice",
      "Payment without benefits advice",
      "People are paid for involvement with no independent welfare benefits advice",
      Severity.CRITICAL,
      List.of("S2.6"),
      "Payment can put people's welfare benefits at risk. The framework pairs payment with"
          + " welfare benefits: without independent advice the risk falls on the people paid.",
      "Offer independent welfare benefits advice to everyone offered payment, before they are"
          + " paid.",
      List.of("C4.2", "C4.1")),
      PaymentRules::benefitsAdvice);

  static final Rule NO_PAYMENT_POLICY = Rule.of(describe(
      "no-payment-policy",
      "No payment policy",
      "There is no payment policy for people with lived experience",
      Severity.MAJOR,
      List.of("S2.6", "S1.2"),
      "Without a policy agreed before involvement starts, payment depends on goodwill and"
          + " institutional systems get in the way.",
      "Agree a payment policy, at parity with staff time, before involvement starts.",
      List.of("C4.2")),
      input -> Subjects.unlessLivedExperience(input.initiative()).orElseGet(() ->
          Subjects.resolved(input, "/arrangements/paymentPolicy",
              "The initiative has no payment policy for people with lived experience.",
              "The initiative's payment policy is not recorded.")));

  static final Rule EXPENSES_NOT_COVERED = Rule.of(describe(
      "expenses-not-covered",
      "Expenses not covered",
      "Out-of-pocket expenses are not refunded",
      Severity.MINOR,
      List.of("S2.6"),
      "Nobody should be left out of pocket for taking part.",
      "Refund travel, care and other out-of-pocket expenses promptly.",
      List.of("C4.2")),
      input -> Subjects.unlessLivedExperience(input.initiative()).orElseGet(() ->
          Subjects.resolved(input, "/arrangements/expenses",
              "The initiative does not refund out-of-pocket expenses.",
              "Whether the initiative refunds expenses is not recorded.")));

  private static final Outcome NO_FEES = Outcome.notApplicable("No participant with lived"
      + " experience is recorded as paid a fee.");
  private static final Outcome NO_FEES_OR_VOUCHERS = Outcome.notApplicable("No participant with"
      + " lived experience is recorded as paid a fee or vouchers.");

  static List<Rule> all() {
    return List.of(UNPAID_LIVED_EXPERIENCE, VOUCHERS_INSTEAD_OF_PAYMENT, PAYMENT_BELOW_PARITY,
        PAYMENT_WITHOUT_BENEFITS_ADVICE, NO_PAYMENT_POLICY, EXPENSES_NOT_COVERED);
  }

  private static Outcome unpaid(RuleInput input) {
    Initiative i = input.initiative();
    Optional<Outcome> na = Subjects.unlessLivedExperience(i);
    if (na.isPresent()) {
      return na.get();
    }
    List<Observation> found = new ArrayList<>();
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (!p.hasLivedExperience()) {
        continue;
      }
      String pointer = participant(n) + "/payment";
      if (p.payment().isAbsent()) {
        found.add(Observation.gap("Participant " + p.ref() + " brings lived experience and is"
            + " recorded as unpaid.", Evidence.of(pointer, ABSENT)));
      } else if (p.payment().isNotRecorded()) {
        found.add(Observation.notRecorded("Participant " + p.ref() + " brings lived experience;"
            + " whether they are paid is not recorded.", Evidence.of(pointer, NOT_RECORDED)));
      }
    }
    return Outcome.of(found);
  }

  private static Outcome vouchers(RuleInput input) {
    Initiative i = input.initiative();
    Optional<Outcome> na = Subjects.unlessLivedExperience(i);
    if (na.isPresent()) {
      return na.get();
    }
    List<Observation> found = new ArrayList<>();
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      PaymentMethod method = method(p);
      if (method != null && !method.isMoney() && p.hasLivedExperience()) {
        String how = method == PaymentMethod.VOUCHER ? "vouchers" : "expenses only";
        found.add(Observation.gap("Participant " + p.ref() + " brings lived experience and is"
            + " given " + how + " instead of payment.",
            Evidence.of(participant(n) + "/payment/method", Subjects.kebab(method))));
      }
    }
    return Outcome.of(found);
  }

  private static Outcome parity(RuleInput input) {
    Initiative i = input.initiative();
    List<Participant> participants = i.participants();
    List<Participant> paidFees = new ArrayList<>();
    List<Integer> paidFeesAt = new ArrayList<>();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (method(p) == PaymentMethod.FEE && p.hasLivedExperience()) {
        paidFees.add(p);
        paidFeesAt.add(n);
      }
    }
    if (paidFees.isEmpty()) {
      // nobody to compare: not applicable only if the record says who brings lived experience
      return Subjects.unlessLivedExperience(i).orElse(NO_FEES);
    }
    Recorded<BigDecimal> staffRate = i.arrangements().staffHourlyRate();
    if (!staffRate.isPresent()) {
      return Outcome.notRecorded("The staff hourly rate for the same time is not recorded, so"
          + " parity of payment for " + refs(paidFees) + " cannot be checked.",
          Evidence.of("/arrangements/staffHourlyRate", Subjects.value(staffRate.fact())));
    }
    List<Observation> found = new ArrayList<>();
    for (int k = 0; k < paidFees.size(); k++) {
      Participant p = paidFees.get(k);
      String pointer = participant(paidFeesAt.get(k)) + "/payment/hourlyRate";
      Optional<BigDecimal> rate = p.payment().get().hourlyRate();
      if (rate.isEmpty()) {
        found.add(Observation.notRecorded("Participant " + p.ref() + " is paid a fee at a rate"
            + " that is not recorded.", Evidence.of(pointer, NOT_RECORDED)));
      } else if (rate.get().compareTo(staffRate.get()) < 0) {
        found.add(Observation.gap("Participant " + p.ref() + " is paid "
            + money(rate.get()) + " an hour, below the staff rate of " + money(staffRate.get())
            + " for the same time.",
            Evidence.of(pointer, rate.get().toPlainString()),
            Evidence.of("/arrangements/staffHourlyRate", staffRate.get().toPlainString())));
      }
    }
    return Outcome.of(found);
  }

  private static Outcome benefitsAdvice(RuleInput input) {
    Initiative i = input.initiative();
    List<Participant> paid = new ArrayList<>();
    for (Participant p : i.participants()) {
      PaymentMethod method = method(p);
      if ((method == PaymentMethod.FEE || method == PaymentMethod.VOUCHER)
          && p.hasLivedExperience()) {
        paid.add(p);
      }
    }
    if (paid.isEmpty()) {
      return Subjects.unlessLivedExperience(i).orElse(NO_FEES_OR_VOUCHERS);
    }
    String pointer = "/arrangements/welfareBenefitsAdvice";
    return Subjects.resolved(input, pointer, "The initiative pays " + paid.size()
        + " participant" + (paid.size() == 1 ? "" : "s") + " with lived experience ("
        + refs(paid) + ") and offers no independent welfare benefits advice.",
        "The initiative pays " + paid.size() + " participant" + (paid.size() == 1 ? "" : "s")
        + " with lived experience (" + refs(paid) + "); whether welfare benefits advice is"
        + " offered is not recorded.");
  }

  /** How a participant is paid, or null when no payment is recorded as present. */
  private static PaymentMethod method(Participant p) {
    Recorded<Payment> payment = p.payment();
    return payment.isPresent() ? payment.get().method() : null;
  }

  private static String money(BigDecimal amount) {
    return "\u00a3" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
