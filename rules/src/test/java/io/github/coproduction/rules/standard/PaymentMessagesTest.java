package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.feeAtUnknownRate;
import static io.github.coproduction.rules.testing.Inputs.paidIn;
import static io.github.coproduction.rules.testing.Inputs.rate;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Benefit;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.RateUnit;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.reference.FigureStatus;
import io.github.coproduction.core.reference.ReferenceData;
import io.github.coproduction.core.reference.ReferenceFigure;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleStatus;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The payment rules say their findings from the bundles: in the pseudo-locale every word of a
 * payment finding or not-applicable reason is accented, except the record's and the reference
 * data's own (participant references, grades, figures' sources and addresses), which the test
 * takes out before it looks. A plain ASCII word of three letters or more left over is English
 * built in code.
 */
class PaymentMessagesTest {

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z]{3,}");

  private static final Set<String> PAYMENT_RULES = Set.copyOf(
      PaymentRules.all().stream().map(r -> r.descriptor().id()).toList());

  /** An hourly figure the rate-reference scenario compares with, with a source of its own. */
  private static final ReferenceData OWN_RATE = ReferenceData.standard().overriddenBy(
      ReferenceData.read("own.txt", new StringReader(
          "figure | amount | per | effective | status | source | address\n"
              + "our-involvement-rate | 25.00 | hour | 2026-01-01 | confirmed | Our funder"
              + " | funder.example\n")));

  /** Only the ESA higher limit of April 2026, whose amount nobody confirms. */
  private static final ReferenceData UNKNOWN_ESA = ReferenceData.of("unknown-esa", List.of(
      new ReferenceFigure.Builder().id("esa-permitted-work-higher-limit").per("week")
          .effective(LocalDate.parse("2026-04-01")).status(FigureStatus.UNCONFIRMED)
          .source("not confirmed by any source").build()));

  /** One scenario: an input, the profile it is assessed under, and a rule that speaks. */
  record Scenario(String name, Initiative input, Profile profile, String speaks) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> scenarios() {
    Profile standard = Profile.defaults();
    Profile ownRate = new Profile.Builder().name("own-rate").referenceData(OWN_RATE)
        .rateReference("our-involvement-rate").build();
    Profile noFigures = new Profile.Builder().name("none")
        .referenceData(ReferenceData.of("none", List.of())).build();
    Profile unknownEsa = new Profile.Builder().name("unknown-esa").referenceData(UNKNOWN_ESA)
        .build();
    return Stream.of(
        new Scenario("unpaid beside staff", running().addParticipants(
                commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.absent()).build(),
                serviceUser("P02").payment(Recorded.present(paidIn(PaymentMethod.EXPENSES_ONLY)))
                    .build(),
                serviceUser("P03").build()).build(),
            standard, "unpaid-lived-experience"),
        new Scenario("unpaid, paid staff not recorded", running().addParticipants(
                serviceUser("P01").payment(Recorded.absent()).build(),
                serviceUser("P02").payment(Recorded.present(paidIn(PaymentMethod.EXPENSES_ONLY)))
                    .build()).build(),
            standard, "unpaid-lived-experience"),
        new Scenario("one volunteer", running().addParticipants(
                serviceUser("P01").payment(Recorded.absent()).build())
                .arrangements(new Arrangements.Builder().paidStaff(Fact.ABSENT).build()).build(),
            standard, "unpaid-in-volunteer-group"),
        new Scenario("volunteers", running().addParticipants(
                serviceUser("P01").payment(Recorded.absent()).build(),
                serviceUser("P02").payment(Recorded.present(paidIn(PaymentMethod.EXPENSES_ONLY)))
                    .build())
                .arrangements(new Arrangements.Builder().paidStaff(Fact.ABSENT)
                    .paymentPolicy(provision(Fact.ABSENT)).expenses(provision(Fact.ABSENT))
                    .build()).build(),
            standard, "no-payment-policy"),
        new Scenario("declined", running().addParticipants(commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                    .response(PaymentResponse.DECLINED_WITHOUT_ADVICE).build())).build(),
                serviceUser("P02").payment(Recorded.present(new Payment.Builder()
                    .response(PaymentResponse.DECLINED_AFTER_ADVICE).build())).build())
                .build(),
            standard, "payment-declined-after-advice"),
        new Scenario("vouchers, late, expenses not covered", running().addParticipants(
                commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                    .method(PaymentMethod.VOUCHER).timeliness(PaymentTimeliness.LATE)
                    .expensesCovered(Fact.ABSENT).build())).build())
                .arrangements(new Arrangements.Builder().welfareBenefitsAdvice(
                    provision(Fact.ABSENT)).build()).build(),
            standard, "vouchers-instead-of-payment"),
        new Scenario("fees with rates or hours not recorded", running().addParticipants(
                commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(feeAtUnknownRate())).build(),
                serviceUser("P02").payment(Recorded.present(perUnit("40", RateUnit.SESSION)))
                    .build(),
                serviceUser("P03").payment(Recorded.present(perUnit("70", RateUnit.HALF_DAY)))
                    .build(),
                serviceUser("P04").payment(Recorded.present(perUnit("120", RateUnit.DAY)))
                    .build(),
                serviceUser("P05").payment(Recorded.present(fee("20.00"))).build()).build(),
            standard, "payment-below-parity"),
        new Scenario("fees below the staff rates", running().addParticipants(
                commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(fee("10.00"))).build(),
                serviceUser("P02").payment(Recorded.present(new Payment.Builder()
                    .method(PaymentMethod.PAYROLL).rate(new BigDecimal("100.00"))
                    .per(RateUnit.DAY).hoursPerUnit(new BigDecimal("5")).grade("band-5")
                    .build())).build())
                .arrangements(new Arrangements.Builder().staffHourlyRate(rate("30.00"))
                    .putStaffRates("band-5", new BigDecimal("32.00"))
                    .welfareBenefitsAdvice(provision(Fact.NOT_RECORDED)).build()).build(),
            standard, "payment-below-parity"),
        new Scenario("a fee below the profile's rate reference", running().addParticipants(
                commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(fee("12.00"))).build()).build(),
            ownRate, "payment-below-parity"),
        new Scenario("a carer over the limit, no advice", carerPaid(Benefit.CARERS_ALLOWANCE,
                Fact.ABSENT), standard, "benefit-earnings-limit"),
        new Scenario("a carer over the limit, advice", carerPaid(Benefit.CARERS_ALLOWANCE,
                Fact.PRESENT), standard, "benefit-earnings-limit-information"),
        new Scenario("a carer over the limit, advice not recorded",
            carerPaid(Benefit.CARERS_ALLOWANCE, Fact.NOT_RECORDED), standard,
            "benefit-earnings-limit-information"),
        new Scenario("ESA over the last known limit", carerPaid(
                Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, Fact.ABSENT), standard,
            "benefit-earnings-limit"),
        new Scenario("no limit known", carerPaid(Benefit.CARERS_ALLOWANCE, Fact.ABSENT),
            noFigures, "benefit-earnings-limit"),
        new Scenario("only an unknown limit", carerPaid(Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE,
                Fact.ABSENT), unknownEsa, "benefit-earnings-limit"),
        new Scenario("sessions over the limit, and a week not recorded", running()
                .addParticipants(commissioner("S01").build(),
                    serviceUser("P01").benefits(Recorded.present(Set.of(
                            Benefit.CARERS_ALLOWANCE)))
                        .payment(Recorded.present(new Payment.Builder()
                            .method(PaymentMethod.FEE).rate(new BigDecimal("90.00"))
                            .per(RateUnit.SESSION).hoursPerUnit(new BigDecimal("3"))
                            .perWeek(new BigDecimal("2.5")).build())).build(),
                    serviceUser("P02").benefits(Recorded.present(Set.of(
                            Benefit.CARERS_ALLOWANCE)))
                        .payment(Recorded.present(fee("30.00"))).build(),
                    serviceUser("P03").benefits(Recorded.present(Set.of(
                            Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE))).build())
                .build(),
            standard, "benefit-earnings-limit"),
        new Scenario("nobody paid", running().addParticipants(
                serviceUser("P01").payment(Recorded.absent()).build()).build(),
            standard, "payment-late"),
        new Scenario("nobody with lived experience", running().addParticipants(
                commissioner("S01").build()).build(),
            standard, "no-payment-policy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyWordOfAPaymentMessageComesFromABundle(Scenario s) {
    Assessment english = assess(s, Locale.ENGLISH);
    assertThat(english.rule(s.speaks()).status()).as("what %s says", s.speaks())
        .isIn(RuleStatus.GAP, RuleStatus.NOT_RECORDED, RuleStatus.NOT_APPLICABLE);
    List<String> pseudo = messages(assess(s, Messages.PSEUDO));
    assertThat(pseudo).hasSameSizeAs(messages(english));
    for (String text : pseudo) {
      List<String> plain = new ArrayList<>();
      Matcher m = PLAIN_WORD.matcher(withoutRecordData(text, s));
      while (m.find()) {
        plain.add(m.group());
      }
      assertThat(plain).as("plain English words in \"%s\"", text).isEmpty();
    }
  }

  /** The payment rules' finding messages and not-applicable reasons, in assessment order. */
  private static List<String> messages(Assessment a) {
    List<String> said = new ArrayList<>();
    a.findings().stream().filter(f -> PAYMENT_RULES.contains(f.rule()))
        .forEach(f -> said.add(f.message()));
    a.rules().stream().filter(r -> PAYMENT_RULES.contains(r.rule()))
        .filter(r -> r.status() == RuleStatus.NOT_APPLICABLE)
        .forEach(r -> said.add(r.detail().orElseThrow()));
    return said;
  }

  private static Assessment assess(Scenario s, Locale locale) {
    return Assessor.builder().profile(s.profile()).locale(locale).build()
        .assess(s.input(), ASSESSED_ON);
  }

  /**
   * The text without what the record and the reference data say in their own words: each
   * participant's reference, each payment's grade, the rate reference's id, and the sources and
   * addresses of the reference figures.
   */
  private static String withoutRecordData(String text, Scenario s) {
    List<String> data = new ArrayList<>();
    for (Participant p : s.input().participants()) {
      data.add(p.ref());
      p.payment().value().flatMap(Payment::grade).ifPresent(data::add);
    }
    s.profile().rateReference().ifPresent(data::add);
    for (ReferenceFigure f : s.profile().referenceData().figures()) {
      data.add(f.source());
      f.address().ifPresent(data::add);
    }
    // longest first, so that a source is not cut by a shorter one inside it
    data.sort((x, y) -> Integer.compare(y.length(), x.length()));
    String rest = text;
    for (String d : data) {
      rest = rest.replace(d, " ");
    }
    return rest;
  }

  private static Provision provision(Fact fact) {
    return Provision.of(fact, Optional.empty());
  }

  private static Payment perUnit(String rate, RateUnit unit) {
    return new Payment.Builder().method(PaymentMethod.FEE).rate(new BigDecimal(rate)).per(unit)
        .build();
  }

  /** A carer paid £30.00 an hour for 8 hours a week, over every earnings limit. */
  private static Initiative carerPaid(Benefit benefit, Fact advice) {
    return running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").benefits(Recorded.present(Set.of(benefit)))
                .payment(Recorded.present(new Payment.Builder().method(PaymentMethod.PAYROLL)
                    .hourlyRate(new BigDecimal("30.00")).perWeek(new BigDecimal("8")).build()))
                .build())
        .arrangements(new Arrangements.Builder().welfareBenefitsAdvice(provision(advice))
            .staffHourlyRate(rate("30.00")).build()).build();
  }
}
