package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;
import static io.github.coproduction.rules.standard.Subjects.participant;
import static io.github.coproduction.rules.standard.Subjects.refs;

import io.github.coproduction.core.initiative.Benefit;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.reference.ReferenceFigure;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Condition S2.6, payment and welfare benefits, parity of time (S3.3) and institutional systems
 * (S1.2). Not benefits advice: the benefit rules show where payment may put a benefit at risk, so
 * that people get independent advice before they are paid.
 *
 * <p>When a participant's payment is not recorded, every payment rule that needs it reports the
 * same missing fact, at {@code /participants/N/payment}, in the same words, so that a report can
 * say it once.
 */
final class PaymentRules {

  private PaymentRules() {}

  static final Rule UNPAID_LIVED_EXPERIENCE = Rule.of(describe(
      "unpaid-lived-experience",
      "Unpaid lived experience",
      "A participant with lived experience gives their time unpaid beside paid staff",
      Severity.CRITICAL,
      List.of("S2.6", "S3.3", "C4"),
      "Co-production brings people together as equals. Asking people with lived experience to"
          + " give their time unpaid, or for expenses only, beside staff who are paid for theirs"
          + " breaks parity and exploits their expertise.",
      "Offer people with lived experience payment for their time, under a payment policy agreed"
          + " before involvement starts, with independent benefits advice, and make sure payment"
          + " systems do not get in their way.",
      List.of("C4.1", "C4.2")),
      PaymentRules::unpaid);

  static final Rule UNPAID_IN_VOLUNTEER_GROUP = Rule.of(describe(
      "unpaid-in-volunteer-group",
      "Unpaid in an all-volunteer group",
      "Nobody is paid: the lived-experience participants and everyone else give their time as"
          + " volunteers",
      Severity.ADVISORY,
      List.of("S2.6"),
      "In an all-volunteer, peer-led group nobody is paid, so there is no unfair difference"
          + " with paid staff; the framework still asks that people are not left out of pocket"
          + " and that their time is valued when the work is done with or for services.",
      "Cover out-of-pocket expenses; when the group's work is commissioned or used by services,"
          + " seek funding to pay for involvement, with independent benefits advice.",
      List.of("C4.2")),
      PaymentRules::volunteers);

  static final Rule PAYMENT_DECLINED_WITHOUT_ADVICE = Rule.of(describe(
      "payment-declined-without-advice",
      "Payment declined without benefits advice",
      "A participant declined payment without independent welfare benefits advice",
      Severity.MAJOR,
      List.of("S2.6"),
      "People often decline payment for fear of losing their benefits. Without independent"
          + " advice that fear, not their choice, may be deciding.",
      "Offer independent welfare benefits advice to the participant, and keep the offer of"
          + " payment open; respect their choice once they have had it.",
      List.of("C4.2", "C4.1")),
      input -> declined(input, PaymentResponse.DECLINED_WITHOUT_ADVICE));

  static final Rule PAYMENT_DECLINED_AFTER_ADVICE = Rule.of(describe(
      "payment-declined-after-advice",
      "Payment declined after benefits advice",
      "For information: a participant declined payment after independent welfare benefits"
          + " advice",
      Severity.ADVISORY,
      List.of("S2.6"),
      "Declining payment after independent advice is the participant's informed choice, not a"
          + " gap; it is shown so that the offer stays open and the choice is reviewed when"
          + " circumstances change.",
      "Respect the choice; keep the offer of payment open and cover expenses.",
      List.of("C4.2")),
      input -> declined(input, PaymentResponse.DECLINED_AFTER_ADVICE));

  static final Rule VOUCHERS_INSTEAD_OF_PAYMENT = Rule.of(describe(
      "vouchers-instead-of-payment",
      "Vouchers instead of payment",
      "A participant with lived experience is thanked with vouchers instead of payment",
      Severity.MAJOR,
      List.of("S2.6", "S3.3"),
      "Vouchers do not value lived experience as equal to the paid time of staff, and they are"
          + " no way round benefit rules: HMRC treats vouchers as taxable income (EIM16140) and"
          + " they may count as earnings, so they carry the same benefits risk as money.",
      "Pay people with lived experience for their time in money, at parity with staff, with"
          + " independent welfare benefits advice before they are paid.",
      List.of("C4.1", "C4.2")),
      PaymentRules::vouchers);

  static final Rule PAYMENT_BELOW_PARITY = Rule.of(describe(
      "payment-below-parity",
      "Payment below parity",
      "A participant with lived experience is paid less than staff for the same time",
      Severity.MAJOR,
      List.of("S2.6", "S3.3"),
      "Equality and parity mean valuing lived experience as highly as professional expertise:"
          + " paying less for the same time says otherwise. Rates are compared per hour, with"
          + " the staff rate of the grade the payment names, within the profile's tolerance.",
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

  static final Rule PAYMENT_LATE = Rule.of(describe(
      "payment-late",
      "Payment late",
      "Payments reach a participant late",
      Severity.MAJOR,
      List.of("S1.2", "S2.6"),
      "Institutional systems that pay people weeks or months after the work get in the way of"
          + " co-production: people on low incomes carry the cost, and late payment can land in"
          + " the wrong benefit period.",
      "Fix the payment route so that people are paid when agreed, such as within the month,"
          + " and tell them when they will be paid.",
      List.of("C4.2")),
      PaymentRules::late);

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

  static final Rule PARTICIPANT_EXPENSES_NOT_COVERED = Rule.of(describe(
      "participant-expenses-not-covered",
      "A participant's expenses not covered",
      "A participant with lived experience is recorded as having their expenses not covered",
      Severity.MINOR,
      List.of("S2.6"),
      "Nobody should be left out of pocket for taking part, whatever the initiative's policy"
          + " says: what matters is what happens for each person.",
      "Refund this participant's travel, care and other out-of-pocket expenses promptly.",
      List.of("C4.2")),
      PaymentRules::expenses);

  static final Rule BENEFIT_EARNINGS_LIMIT = Rule.of(describe(
      "benefit-earnings-limit",
      "Payment over a benefit earnings limit",
      "Expected payment would take a participant over the earnings limit of a benefit they"
          + " receive, with no benefits advice",
      Severity.CRITICAL,
      List.of("S2.6", "S3.8"),
      "Some benefits have a cliff edge: earnings over the weekly limit in force lose that"
          + " week's whole award (Carer's Allowance) or put the award at risk (Employment and"
          + " Support Allowance permitted work). Paying without advice moves the harm onto the"
          + " person paid. This is not benefits advice.",
      "Arrange independent welfare benefits advice before payment; options include paying"
          + " expenses only, paying fewer hours in a week, or paying the person's organisation.",
      List.of("C4.2", "C4.4")),
      input -> benefitLimit(input, false));

  static final Rule BENEFIT_EARNINGS_LIMIT_INFORMATION = Rule.of(describe(
      "benefit-earnings-limit-information",
      "Payment over a benefit earnings limit, for information",
      "For information: expected payment would take a participant over the earnings limit of a"
          + " benefit they receive",
      Severity.ADVISORY,
      List.of("S2.6"),
      "The figure is shown whether or not advice is in place, so that the participant's choice"
          + " of how to be paid is made against the limit in force; with independent advice"
          + " recorded this is the only finding (benefit-earnings-limit is critical without it).",
      "Check that the participant has had independent advice before the first payment, and"
          + " again when the limits change each April.",
      List.of("C4.2")),
      input -> benefitLimit(input, true));

  private static final Outcome NO_FEES = Outcome.notApplicable("No participant with lived"
      + " experience is recorded as paid a fee or through payroll.");
  private static final Outcome NO_PAID = Outcome.notApplicable("No participant with"
      + " lived experience is recorded as paid in money or vouchers.");
  private static final Outcome NO_BENEFITS = Outcome.notApplicable("No participant is"
      + " recorded as receiving a benefit with an earnings limit.");

  static List<Rule> all() {
    return List.of(UNPAID_LIVED_EXPERIENCE, UNPAID_IN_VOLUNTEER_GROUP,
        PAYMENT_DECLINED_WITHOUT_ADVICE, PAYMENT_DECLINED_AFTER_ADVICE,
        VOUCHERS_INSTEAD_OF_PAYMENT, PAYMENT_BELOW_PARITY, PAYMENT_WITHOUT_BENEFITS_ADVICE,
        PAYMENT_LATE, NO_PAYMENT_POLICY, EXPENSES_NOT_COVERED, PARTICIPANT_EXPENSES_NOT_COVERED,
        BENEFIT_EARNINGS_LIMIT,
        BENEFIT_EARNINGS_LIMIT_INFORMATION);
  }

  /**
   * The one way every payment rule says that a participant's payment is not recorded: the same
   * words at the same pointer, so that a report can say it once.
   */
  static Observation paymentNotRecorded(int n, Participant p) {
    return Observation.notRecorded("Whether participant " + p.ref() + " is offered payment,"
        + " and how they are paid, is not recorded.",
        Evidence.of(participant(n) + "/payment", NOT_RECORDED));
  }

  /**
   * Whether paid staff take part: as recorded, or else present when a participant is in a staff
   * role, or a staff rate is recorded; otherwise not recorded.
   */
  static Fact paidStaff(Initiative i) {
    Fact recorded = i.arrangements().paidStaff();
    if (recorded.isRecorded()) {
      return recorded;
    }
    for (Participant p : i.participants()) {
      if (p.role().isStaff()) {
        return Fact.PRESENT;
      }
    }
    if (i.arrangements().staffHourlyRate().isPresent()
        || !i.arrangements().staffRates().isEmpty()) {
      return Fact.PRESENT;
    }
    return Fact.NOT_RECORDED;
  }

  /** Whether the participant's time is unpaid on the record: no payment, or expenses only. */
  private static boolean unpaidOnRecord(Participant p) {
    Recorded<Payment> pay = p.payment();
    if (pay.isAbsent()) {
      return true;
    }
    if (!pay.isPresent()) {
      return false;
    }
    Payment payment = pay.get();
    return payment.response().map(r -> r == PaymentResponse.ACCEPTED).orElse(true)
        && payment.method().map(PaymentMethod::isUnpaid).orElse(false);
  }

  private static Evidence unpaidEvidence(int n, Participant p) {
    return p.payment().isAbsent() ? Evidence.of(participant(n) + "/payment", ABSENT)
        : Evidence.of(participant(n) + "/payment/method", "expenses-only");
  }

  private static String unpaidWords(Participant p) {
    return p.payment().isAbsent() ? "is recorded as unpaid"
        : "is paid expenses only, which leaves their time unpaid";
  }

  private static Outcome unpaid(RuleInput input) {
    Initiative i = input.initiative();
    Optional<Outcome> na = Subjects.unlessLivedExperience(i);
    if (na.isPresent()) {
      return na.get();
    }
    Fact staff = paidStaff(i);
    List<Observation> found = new ArrayList<>();
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (!p.hasLivedExperience()) {
        continue;
      }
      if (p.payment().isNotRecorded()) {
        found.add(paymentNotRecorded(n, p));
      } else if (unpaidOnRecord(p)) {
        if (staff == Fact.PRESENT) {
          found.add(Observation.gap("Participant " + p.ref() + " brings lived experience and "
              + unpaidWords(p) + ", beside paid staff.", unpaidEvidence(n, p)));
        } else if (staff == Fact.NOT_RECORDED) {
          found.add(Observation.notRecorded("Participant " + p.ref() + " brings lived"
              + " experience and " + unpaidWords(p) + "; whether paid staff take part is not"
              + " recorded.", Evidence.of("/arrangements/paidStaff", NOT_RECORDED)));
        }
      }
    }
    return Outcome.of(found);
  }

  private static Outcome volunteers(RuleInput input) {
    Initiative i = input.initiative();
    if (paidStaff(i) != Fact.ABSENT) {
      return Outcome.notApplicable("Paid staff take part, or whether they do is not recorded.");
    }
    List<Participant> unpaid = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("/arrangements/paidStaff", ABSENT));
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (p.hasLivedExperience() && unpaidOnRecord(p)) {
        unpaid.add(p);
        evidence.add(unpaidEvidence(n, p));
      }
    }
    if (unpaid.isEmpty()) {
      return Outcome.pass();
    }
    return Outcome.gap("No paid staff take part: " + unpaid.size() + " participant"
        + (unpaid.size() == 1 ? "" : "s") + " with lived experience (" + refs(unpaid)
        + ") give their time as volunteers in an all-volunteer group. Cover their expenses, and"
        + " seek payment for involvement when the group works with or for services.",
        evidence.toArray(Evidence[]::new));
  }

  private static Outcome declined(RuleInput input, PaymentResponse response) {
    Initiative i = input.initiative();
    List<Observation> found = new ArrayList<>();
    boolean anyResponse = false;
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      Recorded<Payment> pay = p.payment();
      anyResponse |= pay.isPresent() && pay.get().response().isPresent();
      if (pay.isPresent() && pay.get().response().orElse(null) == response) {
        String words = response == PaymentResponse.DECLINED_AFTER_ADVICE
            ? " declined payment after independent welfare benefits advice: their informed"
                + " choice, not a gap. Keep the offer open."
            : " declined payment without independent welfare benefits advice.";
        found.add(Observation.gap("Participant " + p.ref() + words,
            Evidence.of(participant(n) + "/payment/response", Subjects.kebab(response))));
      }
    }
    if (!anyResponse) {
      return Outcome.notApplicable("No participant's response to an offer of payment is"
          + " recorded.");
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
      if (p.hasLivedExperience() && method(p) == PaymentMethod.VOUCHER) {
        found.add(Observation.gap("Participant " + p.ref() + " brings lived experience and is"
            + " given vouchers instead of payment: not parity with paid staff, and vouchers are"
            + " taxable and may count as earnings, so they need benefits advice too.",
            Evidence.of(participant(n) + "/payment/method", "voucher")));
      }
    }
    return Outcome.of(found);
  }

  private static Outcome parity(RuleInput input) {
    Initiative i = input.initiative();
    List<Participant> participants = i.participants();
    List<Integer> paidFeesAt = new ArrayList<>();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      PaymentMethod m = method(p);
      if ((m == PaymentMethod.FEE || m == PaymentMethod.PAYROLL) && p.hasLivedExperience()) {
        paidFeesAt.add(n);
      }
    }
    if (paidFeesAt.isEmpty()) {
      // nobody to compare: not applicable only if the record says who brings lived experience
      return Subjects.unlessLivedExperience(i).orElse(NO_FEES);
    }
    BigDecimal keep = BigDecimal.ONE.subtract(input.profile().parityTolerance());
    List<Observation> found = new ArrayList<>();
    for (int n : paidFeesAt) {
      Participant p = participants.get(n);
      Payment pay = p.payment().get();
      String at = participant(n) + "/payment";
      Optional<BigDecimal> rate = pay.ratePerHour();
      if (rate.isEmpty()) {
        String pointer = pay.rate().isPresent() ? at + "/hoursPerUnit"
            : at + "/hourlyRate";
        String what = pay.rate().isPresent() ? "how many hours a " + Subjects.kebab(pay.per())
            .replace('-', ' ') + " lasts is not recorded, so it cannot be compared with staff"
            + " time." : "is paid at a rate that is not recorded.";
        found.add(Observation.notRecorded("Participant " + p.ref() + (pay.rate().isPresent()
            ? " is paid " + money(pay.rate().get()) + " a " + Subjects.kebab(pay.per())
                .replace('-', ' ') + "; " + what : " " + what),
            Evidence.of(pointer, NOT_RECORDED)));
        continue;
      }
      Optional<Staff> staff = staffRate(input, pay);
      if (staff.isEmpty()) {
        found.add(Observation.notRecorded("The staff hourly rate for the same time is not"
            + " recorded, so parity of payment for " + p.ref() + " cannot be checked.",
            Evidence.of(pay.grade().isPresent() ? "/arrangements/staffRates/" + pay.grade().get()
                : "/arrangements/staffHourlyRate", NOT_RECORDED)));
        continue;
      }
      BigDecimal floor = staff.get().rate().multiply(keep);
      if (rate.get().compareTo(floor) < 0) {
        String rateText = pay.hourlyRate().isPresent() || pay.per().isHour()
            ? money(rate.get()) + " an hour"
            : money(pay.rate().get()) + " a " + Subjects.kebab(pay.per()).replace('-', ' ')
                + " of " + pay.hoursPerUnit().get().stripTrailingZeros().toPlainString()
                + " hours (" + money(rate.get()) + " an hour)";
        found.add(Observation.gap("Participant " + p.ref() + " is paid " + rateText
            + ", below " + staff.get().words() + " of " + money(staff.get().rate())
            + " for the same time (tolerance " + percent(input.profile().parityTolerance())
            + ").",
            Evidence.of(at + (pay.hourlyRate().isPresent() ? "/hourlyRate" : "/rate"),
                (pay.hourlyRate().isPresent() ? pay.hourlyRate() : pay.rate()).get()
                    .toPlainString()),
            Evidence.of(staff.get().pointer(), staff.get().rate().toPlainString())));
      }
    }
    return Outcome.of(found);
  }

  /** The staff rate a payment is compared with, where it comes from, and how to say it. */
  private record Staff(BigDecimal rate, String pointer, String words) {}

  private static Optional<Staff> staffRate(RuleInput input, Payment pay) {
    Initiative i = input.initiative();
    if (pay.grade().isPresent()) {
      String grade = pay.grade().get();
      BigDecimal rate = i.arrangements().staffRates().get(grade);
      return rate == null ? Optional.empty() : Optional.of(new Staff(rate,
          "/arrangements/staffRates/" + grade, "the staff rate for " + grade));
    }
    Recorded<BigDecimal> one = i.arrangements().staffHourlyRate();
    if (one.isPresent()) {
      return Optional.of(new Staff(one.get(), "/arrangements/staffHourlyRate",
          "the staff rate"));
    }
    Optional<String> reference = input.profile().rateReference();
    if (reference.isPresent()) {
      Optional<ReferenceFigure> figure = input.profile().referenceData()
          .inForce(reference.get(), input.assessedOn());
      if (figure.isPresent() && figure.get().amount().isPresent()
          && figure.get().per().equals("hour")) {
        return Optional.of(new Staff(figure.get().amount().get(), "/profile/rateReference",
            "the profile's rate reference " + reference.get() + " ("
                + figure.get().describe() + ")"));
      }
    }
    return Optional.empty();
  }

  /** Lived-experience participants paid in person, in money (not salaried) or vouchers. */
  private static boolean paidForInvolvement(Participant p) {
    if (!p.hasLivedExperience() || !p.payment().isPresent() || !p.payment().get().isPaid()) {
      return false;
    }
    PaymentMethod m = p.payment().get().method().get();
    return m == PaymentMethod.FEE || m == PaymentMethod.PAYROLL || m == PaymentMethod.VOUCHER;
  }

  static List<Participant> paidForInvolvement(Initiative i) {
    List<Participant> paid = new ArrayList<>();
    for (Participant p : i.participants()) {
      if (paidForInvolvement(p)) {
        paid.add(p);
      }
    }
    return paid;
  }

  private static Outcome benefitsAdvice(RuleInput input) {
    Initiative i = input.initiative();
    List<Participant> paid = paidForInvolvement(i);
    if (paid.isEmpty()) {
      return Subjects.unlessLivedExperience(i).orElse(NO_PAID);
    }
    String pointer = "/arrangements/welfareBenefitsAdvice";
    boolean vouchers = paid.stream().anyMatch(p -> method(p) == PaymentMethod.VOUCHER);
    String note = vouchers ? " Vouchers count: they are taxable and may count as earnings."
        : "";
    return Subjects.resolved(input, pointer, "The initiative pays " + paid.size()
        + " participant" + (paid.size() == 1 ? "" : "s") + " with lived experience ("
        + refs(paid) + ") and offers no independent welfare benefits advice." + note,
        "The initiative pays " + paid.size() + " participant" + (paid.size() == 1 ? "" : "s")
        + " with lived experience (" + refs(paid) + "); whether welfare benefits advice is"
        + " offered is not recorded.");
  }

  private static Outcome late(RuleInput input) {
    Initiative i = input.initiative();
    List<Observation> found = new ArrayList<>();
    boolean anyPaid = false;
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (!p.payment().isPresent()) {
        continue;
      }
      Payment pay = p.payment().get();
      anyPaid |= pay.isPaid();
      if (pay.timeliness().orElse(null) == PaymentTimeliness.LATE) {
        found.add(Observation.gap("Payments reach participant " + p.ref() + " late.",
            Evidence.of(participant(n) + "/payment/timeliness", "late")));
      }
    }
    if (found.isEmpty() && !anyPaid) {
      return Outcome.notApplicable("No participant is recorded as paid.");
    }
    return Outcome.of(found);
  }

  private static Outcome expenses(RuleInput input) {
    Initiative i = input.initiative();
    Optional<Outcome> na = Subjects.unlessLivedExperience(i);
    if (na.isPresent()) {
      return na.get();
    }
    List<Observation> found = new ArrayList<>();
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (p.hasLivedExperience() && p.payment().isPresent()
          && p.payment().get().expensesCovered() == Fact.ABSENT) {
        found.add(Observation.gap("Participant " + p.ref() + " is recorded as having their"
            + " expenses not covered.",
            Evidence.of(participant(n) + "/payment/expensesCovered", ABSENT)));
      }
    }
    return Outcome.of(found);
  }

  /** The reference figure for a benefit's weekly earnings limit. */
  private static String limitId(Benefit b) {
    return b == Benefit.CARERS_ALLOWANCE ? "carers-allowance-earnings-limit"
        : "esa-permitted-work-higher-limit";
  }

  private static String benefitName(Benefit b) {
    return b == Benefit.CARERS_ALLOWANCE ? "Carer's Allowance"
        : "Employment and Support Allowance";
  }

  private static String limitName(Benefit b) {
    return b == Benefit.CARERS_ALLOWANCE ? "Carer's Allowance earnings limit (net of allowable"
        + " deductions)" : "ESA permitted work higher limit";
  }

  private static Outcome benefitLimit(RuleInput input, boolean advised) {
    Initiative i = input.initiative();
    Fact advice = i.arrangements().welfareBenefitsAdvice().fact();
    boolean any = false;
    List<Observation> found = new ArrayList<>();
    LocalDate on = input.assessedOn();
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (!p.benefits().isPresent()) {
        continue;
      }
      List<Benefit> limited = p.benefits().get().stream().filter(Benefit::hasEarningsLimit)
          .sorted().toList();
      if (limited.isEmpty()) {
        continue;
      }
      any = true;
      if (p.payment().isNotRecorded()) {
        found.add(paymentNotRecorded(n, p));
        continue;
      }
      if (!p.payment().isPresent() || !p.payment().get().isPaid()) {
        continue;
      }
      Payment pay = p.payment().get();
      Optional<BigDecimal> weekly = pay.weeklyAmount();
      if (weekly.isEmpty()) {
        found.add(Observation.notRecorded("Participant " + p.ref() + " receives a benefit with"
            + " an earnings limit; the rate or the time expected each week is not recorded,"
            + " so the weekly payment cannot be checked against the limit.",
            Evidence.of(participant(n) + "/payment/" + (pay.perWeek().isEmpty() ? "perWeek"
                : "rate"), NOT_RECORDED)));
        continue;
      }
      for (Benefit b : limited) {
        Optional<ReferenceFigure> inForce = input.profile().referenceData()
            .inForce(limitId(b), on);
        Optional<ReferenceFigure> limit = input.profile().referenceData()
            .latestKnown(limitId(b), on);
        if (limit.isEmpty()) {
          found.add(Observation.notRecorded("The " + limitName(b) + " in force on " + on
              + " is not known to the reference data" + inForce.map(f -> " (" + f.describe()
                  + ")").orElse("") + "; load your organisation's rates file with it.",
              Evidence.of("/reference/" + limitId(b), NOT_RECORDED)));
          continue;
        }
        // A newer figure whose amount no source confirms: the last known one is used, and said.
        String unconfirmed = inForce.isPresent() && !inForce.get().equals(limit.get())
            ? " The figure from " + inForce.get().effective() + " is not confirmed, so the last"
                + " known one is used; load your organisation's rates file with the confirmed"
                + " figure."
            : "";
        BigDecimal amount = limit.get().amount().get();
        if (weekly.get().compareTo(amount) <= 0) {
          continue;
        }
        if (!advised && advice == Fact.PRESENT) {
          continue;   // advice in place: information only, from the other rule
        }
        String perWeek = pay.perWeek().get().stripTrailingZeros().toPlainString();
        String unit = pay.hourlyRate().isPresent() || pay.per().isHour() ? "hours"
            : Subjects.kebab(pay.per()).replace('-', ' ') + "s";
        BigDecimal unitRate = pay.hourlyRate().isPresent() ? pay.hourlyRate().get()
            : pay.rate().get();
        found.add(Observation.gap("Participant " + p.ref() + " receives " + benefitName(b)
            + " and is expected to be paid " + money(weekly.get()) + " a week ("
            + money(unitRate) + " × " + perWeek + " " + unit + "), over the "
            + limitName(b) + " of " + limit.get().describe() + "." + unconfirmed
            + (advised ? switch (advice) {
              case PRESENT -> " Independent benefits advice is recorded.";
              case ABSENT -> " No independent benefits advice is offered.";
              case NOT_RECORDED -> " Whether independent benefits advice is offered is not"
                  + " recorded.";
            }
                : " Arrange independent benefits advice before payment: options include"
                    + " expenses only, fewer hours in a week, or paying their organisation."),
            Evidence.of(participant(n) + "/benefits", Subjects.kebab(b)),
            Evidence.of(participant(n) + "/payment/perWeek", perWeek),
            Evidence.of("/arrangements/welfareBenefitsAdvice", Subjects.value(advice))));
      }
    }
    if (!any) {
      return NO_BENEFITS;
    }
    return Outcome.of(found);
  }

  /** How a participant is paid, or null when no method is recorded. */
  private static PaymentMethod method(Participant p) {
    Recorded<Payment> payment = p.payment();
    return payment.isPresent() ? payment.get().method().orElse(null) : null;
  }

  private static String money(BigDecimal amount) {
    return "\u00a3" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
