package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;
import static io.github.coproduction.rules.standard.Subjects.participant;

import io.github.coproduction.core.initiative.Benefit;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.RateUnit;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.reference.ReferenceFigure;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
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
 *
 * <p>The rules' texts are in {@code rule-texts.properties}, their messages in
 * {@code payment.properties}: amounts, hours, references and reference figures' dates and
 * sources are arguments, the words around them the bundle's.
 */
final class PaymentRules {

  private PaymentRules() {}

  static final Rule UNPAID_LIVED_EXPERIENCE = Rule.of(
      describe("unpaid-lived-experience", Severity.CRITICAL, List.of("S2.6", "S3.3", "C4"),
          List.of("C4.1", "C4.2")),
      PaymentRules::unpaid);

  static final Rule UNPAID_IN_VOLUNTEER_GROUP = Rule.of(
      describe("unpaid-in-volunteer-group", Severity.ADVISORY, List.of("S2.6"),
          List.of("C4.2")),
      PaymentRules::volunteers);

  static final Rule PAYMENT_DECLINED_WITHOUT_ADVICE = Rule.of(
      describe("payment-declined-without-advice", Severity.MAJOR, List.of("S2.6"),
          List.of("C4.2", "C4.1")),
      input -> declined(input, PaymentResponse.DECLINED_WITHOUT_ADVICE));

  static final Rule PAYMENT_DECLINED_AFTER_ADVICE = Rule.of(
      describe("payment-declined-after-advice", Severity.ADVISORY, List.of("S2.6"),
          List.of("C4.2")),
      input -> declined(input, PaymentResponse.DECLINED_AFTER_ADVICE));

  static final Rule VOUCHERS_INSTEAD_OF_PAYMENT = Rule.of(
      describe("vouchers-instead-of-payment", Severity.MAJOR, List.of("S2.6", "S3.3"),
          List.of("C4.1", "C4.2")),
      PaymentRules::vouchers);

  static final Rule PAYMENT_BELOW_PARITY = Rule.of(
      describe("payment-below-parity", Severity.MAJOR, List.of("S2.6", "S3.3"),
          List.of("C4.1", "C4.2")),
      PaymentRules::parity);

  static final Rule PAYMENT_WITHOUT_BENEFITS_ADVICE = Rule.of(
      describe("payment-without-benefits-advice", Severity.CRITICAL, List.of("S2.6"),
          List.of("C4.2", "C4.1")),
      PaymentRules::benefitsAdvice);

  static final Rule PAYMENT_LATE = Rule.of(
      describe("payment-late", Severity.MAJOR, List.of("S1.2", "S2.6"), List.of("C4.2")),
      PaymentRules::late);

  static final Rule NO_PAYMENT_POLICY = Rule.of(
      describe("no-payment-policy", Severity.MAJOR, List.of("S2.6", "S1.2"), List.of("C4.2")),
      input -> Subjects.unlessLivedExperience(input.initiative()).orElseGet(() ->
          Subjects.resolved(input, "/arrangements/paymentPolicy",
              Message.of("no-payment-policy.gap"),
              Message.of("no-payment-policy.not-recorded"))));

  static final Rule EXPENSES_NOT_COVERED = Rule.of(
      describe("expenses-not-covered", Severity.MINOR, List.of("S2.6"), List.of("C4.2")),
      input -> Subjects.unlessLivedExperience(input.initiative()).orElseGet(() ->
          Subjects.resolved(input, "/arrangements/expenses",
              Message.of("expenses-not-covered.gap"),
              Message.of("expenses-not-covered.not-recorded"))));

  static final Rule PARTICIPANT_EXPENSES_NOT_COVERED = Rule.of(
      describe("participant-expenses-not-covered", Severity.MINOR, List.of("S2.6"),
          List.of("C4.2")),
      PaymentRules::expenses);

  static final Rule BENEFIT_EARNINGS_LIMIT = Rule.of(
      describe("benefit-earnings-limit", Severity.CRITICAL, List.of("S2.6", "S3.8"),
          List.of("C4.2", "C4.4")),
      input -> benefitLimit(input, false));

  static final Rule BENEFIT_EARNINGS_LIMIT_INFORMATION = Rule.of(
      describe("benefit-earnings-limit-information", Severity.ADVISORY, List.of("S2.6"),
          List.of("C4.2")),
      input -> benefitLimit(input, true));

  /** An optional sentence left out. */
  private static final Message NOTHING = Message.literal("");

  private static final Outcome NO_FEES = Outcome.notApplicable(
      Message.of("payment-below-parity.not-applicable"));
  private static final Outcome NO_PAID = Outcome.notApplicable(
      Message.of("payment-without-benefits-advice.not-applicable"));
  private static final Outcome NO_BENEFITS = Outcome.notApplicable(
      Message.of("payment.no-earnings-limit-benefit"));

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
    return Observation.notRecorded(Message.of("payment.not-recorded", p.ref()),
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

  /**
   * How the participant's time is unpaid, as the end of a message key:
   * "unpaid", or "expenses-only".
   */
  private static String unpaidHow(Participant p) {
    return p.payment().isAbsent() ? "unpaid" : "expenses-only";
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
          found.add(Observation.gap(
              Message.of("unpaid-lived-experience.gap-" + unpaidHow(p), p.ref()),
              unpaidEvidence(n, p)));
        } else if (staff == Fact.NOT_RECORDED) {
          found.add(Observation.notRecorded(
              Message.of("unpaid-lived-experience.not-recorded-" + unpaidHow(p), p.ref()),
              Evidence.of("/arrangements/paidStaff", NOT_RECORDED)));
        }
      }
    }
    return Outcome.of(found);
  }

  private static Outcome volunteers(RuleInput input) {
    Initiative i = input.initiative();
    if (paidStaff(i) != Fact.ABSENT) {
      return Outcome.notApplicable(Message.of("unpaid-in-volunteer-group.not-applicable"));
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
    return Outcome.gap(Message.of("unpaid-in-volunteer-group.gap", unpaid.size(), refs(unpaid)),
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
        String key = response == PaymentResponse.DECLINED_AFTER_ADVICE
            ? "payment-declined-after-advice.gap" : "payment-declined-without-advice.gap";
        found.add(Observation.gap(Message.of(key, p.ref()),
            Evidence.of(participant(n) + "/payment/response", Subjects.kebab(response))));
      }
    }
    if (!anyResponse) {
      return Outcome.notApplicable(Message.of("payment.no-response"));
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
        found.add(Observation.gap(Message.of("vouchers-instead-of-payment.gap", p.ref()),
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
        // a rate with no hours per unit: the unit is not an hour, whose hours are known
        Message what = pay.rate().isPresent()
            ? Message.of("payment-below-parity.hours-not-recorded." + pay.per().name(), p.ref(),
                money(pay.rate().get()))
            : Message.of("payment-below-parity.rate-not-recorded", p.ref());
        found.add(Observation.notRecorded(what,
            Evidence.of(pointer, NOT_RECORDED)));
        continue;
      }
      Optional<Staff> staff = staffRate(input, pay);
      if (staff.isEmpty()) {
        found.add(Observation.notRecorded(
            Message.of("payment-below-parity.staff-rate-not-recorded", p.ref()),
            Evidence.of(pay.grade().isPresent() ? "/arrangements/staffRates/" + pay.grade().get()
                : "/arrangements/staffHourlyRate", NOT_RECORDED)));
        continue;
      }
      BigDecimal floor = staff.get().rate().multiply(keep);
      if (rate.get().compareTo(floor) < 0) {
        Message rateText = pay.hourlyRate().isPresent() || pay.per().isHour()
            ? Message.of("payment.hourly-rate", money(rate.get()))
            : Message.of("payment.unit-rate." + pay.per().name(), money(pay.rate().get()),
                pay.hoursPerUnit().get().stripTrailingZeros().toPlainString(),
                money(rate.get()));
        found.add(Observation.gap(Message.of("payment-below-parity.gap", p.ref(), rateText,
                staff.get().words(), money(staff.get().rate()),
                percent(input.profile().parityTolerance())),
            Evidence.of(at + (pay.hourlyRate().isPresent() ? "/hourlyRate" : "/rate"),
                (pay.hourlyRate().isPresent() ? pay.hourlyRate() : pay.rate()).get()
                    .toPlainString()),
            Evidence.of(staff.get().pointer(), staff.get().rate().toPlainString())));
      }
    }
    return Outcome.of(found);
  }

  /** The staff rate a payment is compared with, where it comes from, and how to say it. */
  private record Staff(BigDecimal rate, String pointer, Message words) {}

  private static Optional<Staff> staffRate(RuleInput input, Payment pay) {
    Initiative i = input.initiative();
    if (pay.grade().isPresent()) {
      String grade = pay.grade().get();
      BigDecimal rate = i.arrangements().staffRates().get(grade);
      return rate == null ? Optional.empty() : Optional.of(new Staff(rate,
          "/arrangements/staffRates/" + grade, Message.of("payment.staff-rate-for-grade", grade)));
    }
    Recorded<BigDecimal> one = i.arrangements().staffHourlyRate();
    if (one.isPresent()) {
      return Optional.of(new Staff(one.get(), "/arrangements/staffHourlyRate",
          Message.of("payment.staff-rate")));
    }
    Optional<String> reference = input.profile().rateReference();
    if (reference.isPresent()) {
      Optional<ReferenceFigure> figure = input.profile().referenceData()
          .inForce(reference.get(), input.assessedOn());
      if (figure.isPresent() && figure.get().amount().isPresent()
          && figure.get().per().equals("hour")) {
        return Optional.of(new Staff(figure.get().amount().get(), "/profile/rateReference",
            Message.of("payment.rate-reference", reference.get(), figure(figure.get()))));
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
    String gap = vouchers ? "payment-without-benefits-advice.gap-vouchers"
        : "payment-without-benefits-advice.gap";
    return Subjects.resolved(input, pointer, Message.of(gap, paid.size(), refs(paid)),
        Message.of("payment-without-benefits-advice.not-recorded", paid.size(), refs(paid)));
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
        found.add(Observation.gap(Message.of("payment-late.gap", p.ref()),
            Evidence.of(participant(n) + "/payment/timeliness", "late")));
      }
    }
    if (found.isEmpty() && !anyPaid) {
      return Outcome.notApplicable(Message.of("payment-late.not-applicable"));
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
        found.add(Observation.gap(Message.of("participant-expenses-not-covered.gap", p.ref()),
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

  /** A benefit with an earnings limit, by name. */
  private static Message benefitName(Benefit b) {
    return Message.of("payment.benefit." + limited(b).name());
  }

  private static Message limitName(Benefit b) {
    return Message.of("payment.earnings-limit." + limited(b).name());
  }

  /** The benefit whose earnings limit applies: Carer's Allowance, or else ESA's. */
  private static Benefit limited(Benefit b) {
    return b == Benefit.CARERS_ALLOWANCE ? b : Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE;
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
        found.add(Observation.notRecorded(Message.of("payment.weekly-not-recorded", p.ref()),
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
          found.add(Observation.notRecorded(inForce.isPresent()
                  ? Message.of("payment.limit-unknown-figure", limitName(b), on.toString(),
                      figure(inForce.get()))
                  : Message.of("payment.limit-unknown", limitName(b), on.toString()),
              Evidence.of("/reference/" + limitId(b), NOT_RECORDED)));
          continue;
        }
        // A newer figure whose amount no source confirms: the last known one is used, and said.
        Message unconfirmed = inForce.isPresent() && !inForce.get().equals(limit.get())
            ? Message.of("payment.figure-unconfirmed", inForce.get().effective().toString())
            : NOTHING;
        BigDecimal amount = limit.get().amount().get();
        if (weekly.get().compareTo(amount) <= 0) {
          continue;
        }
        if (!advised && advice == Fact.PRESENT) {
          continue;   // advice in place: information only, from the other rule
        }
        String perWeek = pay.perWeek().get().stripTrailingZeros().toPlainString();
        RateUnit unit = pay.hourlyRate().isPresent() ? RateUnit.HOUR : pay.per();
        BigDecimal unitRate = pay.hourlyRate().isPresent() ? pay.hourlyRate().get()
            : pay.rate().get();
        Message adviceWords = advised
            ? Message.of("benefit-earnings-limit-information.advice." + advice.name())
            : Message.of("benefit-earnings-limit.arrange-advice");
        found.add(Observation.gap(Message.of("payment.over-earnings-limit", p.ref(),
                benefitName(b), money(weekly.get()),
                Message.of("payment.times." + unit.name(), money(unitRate), perWeek),
                limitName(b), figure(limit.get()), unconfirmed, adviceWords),
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

  /** A fraction as a number of percent, without the sign: 0.1 is "10". */
  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** The participants' references, sorted, as a list. */
  private static Message refs(List<Participant> participants) {
    return Message.list(participants.stream().map(Participant::ref).sorted().toList());
  }

  /**
   * A reference figure in words, as {@link ReferenceFigure#describe()} says it in English:
   * "£196.00 a week from 2025-04-07 (Carers UK, carersuk.org; reported)". Its source, address
   * and date are the reference data's own; the words around them are ours.
   */
  static Message figure(ReferenceFigure f) {
    Message amount = f.amount().isEmpty() ? Message.of("payment.figure-amount-unknown")
        : f.per().equals("percent")
            ? Message.of("payment.figure-amount.percent",
                f.amount().get().stripTrailingZeros().toPlainString())
            : Message.of("payment.figure-amount." + f.per(), money(f.amount().get()));
    Message status = Message.of("payment.figure-status." + f.status().name());
    String date = f.effective().toString();
    return f.address().isPresent()
        ? Message.of("payment.figure-with-address", amount, date, f.source(),
            f.address().get(), status)
        : Message.of("payment.figure", amount, date, f.source(), status);
  }
}
