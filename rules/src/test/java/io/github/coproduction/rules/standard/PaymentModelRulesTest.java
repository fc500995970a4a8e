package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
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
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.reference.ReferenceData;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Severity;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The payment model as a finance officer records it (issue 14): each input beside what the
 * payment, benefit and risk rules say about it.
 */
class PaymentModelRulesTest {

  private static final LocalDate ON = LocalDate.parse("2026-06-01");

  private static List<Finding> findings(Initiative i, String rule) {
    return findings(Assessor.standard(), i, ON, rule);
  }

  private static List<Finding> findings(Assessor assessor, Initiative i, LocalDate on,
      String rule) {
    Assessment a = assessor.assess(i, on);
    return a.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static Participant.Builder carer(String ref) {
    return new Participant.Builder().ref(ref).role(Role.CARER)
        .livedExperience(Recorded.present(
            io.github.coproduction.core.initiative.LivedExperience.CARER));
  }

  private static Payment.Builder payroll(String hourly) {
    return new Payment.Builder().method(PaymentMethod.PAYROLL).hourlyRate(new BigDecimal(hourly));
  }

  private static Arrangements arrangements(Fact advice) {
    return new Arrangements.Builder().welfareBenefitsAdvice(Provision.of(advice,
        java.util.Optional.empty())).staffHourlyRate(rate("30.00")).build();
  }

  // --- unpaid, declined, volunteers -------------------------------------------------------------

  @Test
  void declinedAfterAdviceIsInformationNotAGap() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
        serviceUser("P01").payment(Recorded.present(new Payment.Builder()
            .response(PaymentResponse.DECLINED_AFTER_ADVICE).build())).build()).build();
    assertThat(findings(i, "unpaid-lived-experience")).isEmpty();
    assertThat(findings(i, "payment-declined-without-advice")).isEmpty();
    assertThat(findings(i, "payment-declined-after-advice")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
      assertThat(f.message()).isEqualTo("Participant P01 declined payment after independent"
          + " welfare benefits advice: their informed choice, not a gap. Keep the offer open.");
      assertThat(f.evidence()).containsExactly(Evidence.of("/participants/1/payment/response",
          "declined-after-advice"));
    });
  }

  @Test
  void declinedWithoutAdviceIsAMajorGapButNotUnpaid() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
        serviceUser("P01").payment(Recorded.present(new Payment.Builder()
            .response(PaymentResponse.DECLINED_WITHOUT_ADVICE).build())).build()).build();
    assertThat(findings(i, "unpaid-lived-experience")).isEmpty();
    assertThat(findings(i, "payment-declined-without-advice")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MAJOR));
  }

  @Test
  void unpaidBesidePaidStaffIsCritical() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
        serviceUser("P01").payment(Recorded.absent()).build()).build();
    assertThat(findings(i, "unpaid-lived-experience")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.message()).isEqualTo("Participant P01 brings lived experience and is"
          + " recorded as unpaid, beside paid staff.");
    });
    assertThat(findings(i, "unpaid-in-volunteer-group")).isEmpty();
  }

  @Test
  void expensesOnlyIsTreatedAsUnpaid() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
        serviceUser("P01").payment(Recorded.present(new Payment.Builder()
            .method(PaymentMethod.EXPENSES_ONLY).build())).build()).build();
    assertThat(findings(i, "unpaid-lived-experience")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.evidence()).containsExactly(Evidence.of("/participants/1/payment/method",
          "expenses-only"));
    });
    assertThat(findings(i, "vouchers-instead-of-payment")).isEmpty();
  }

  @Test
  void anAllVolunteerPeerLedGroupGetsAProportionateFinding() {
    Initiative i = running().addParticipants(
            new Participant.Builder().ref("P01").role(Role.PEER_SUPPORT_GROUP)
                .livedExperience(Recorded.present(
                    io.github.coproduction.core.initiative.LivedExperience.SERVICE_USER))
                .payment(Recorded.absent()).build(),
            serviceUser("P02").payment(Recorded.absent()).build())
        .arrangements(new Arrangements.Builder().paidStaff(Fact.ABSENT).build()).build();
    assertThat(findings(i, "unpaid-lived-experience")).isEmpty();
    assertThat(findings(i, "unpaid-in-volunteer-group")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
      assertThat(f.message()).startsWith("No paid staff take part: 2 participants with lived"
          + " experience (P01, P02) give their time as volunteers");
    });
  }

  @Test
  void unpaidWithPaidStaffNotRecordedIsNotRecorded() {
    Initiative i = running().addParticipants(serviceUser("P01").payment(Recorded.absent())
        .build()).build();
    assertThat(findings(i, "unpaid-lived-experience")).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.NOT_RECORDED);
      assertThat(f.evidence()).containsExactly(Evidence.of("/arrangements/paidStaff",
          "not recorded"));
    });
  }

  // --- one unknown, said once ---------------------------------------------------------------------

  @Test
  void anUnknownPaymentIsTheSameMissingFactInEveryRuleAndNoGap() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            carer("P01").benefits(Recorded.present(Set.of(Benefit.CARERS_ALLOWANCE))).build())
        .arrangements(arrangements(Fact.ABSENT)).build();
    Assessment a = Assessor.standard().assess(i, ON);
    List<Finding> about = a.findings().stream().filter(f -> f.evidence().stream()
        .anyMatch(e -> e.pointer().equals("/participants/1/payment"))).toList();
    assertThat(about).extracting(Finding::rule).contains("unpaid-lived-experience",
        "benefit-earnings-limit");
    assertThat(about).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.NOT_RECORDED);
      assertThat(f.message()).isEqualTo("Whether participant P01 is offered payment, and how"
          + " they are paid, is not recorded.");
    });
    assertThat(a.findings()).filteredOn(f -> f.rule().startsWith("payment")
        || f.rule().startsWith("unpaid") || f.rule().startsWith("benefit")
        || f.rule().startsWith("vouchers")).noneMatch(Finding::isOpenGap);
  }

  // --- parity ---------------------------------------------------------------------------------------

  @ParameterizedTest(name = "£{0} against £32.00: gap {1}")
  @CsvSource({"32.00, false", "31.99, false", "31.68, false", "31.67, true", "31.50, true"})
  void parityHasATolerance(String paid, boolean gap) {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(fee(paid))).build())
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("32.00")).build()).build();
    assertThat(findings(i, "payment-below-parity")).hasSize(gap ? 1 : 0);
  }

  @Test
  void theToleranceIsHeldInTheProfile() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(fee("31.99"))).build())
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("32.00")).build()).build();
    Assessor strict = Assessor.builder().profile(new Profile.Builder().name("strict")
        .parityTolerance(BigDecimal.ZERO).build()).build();
    assertThat(findings(strict, i, ON, "payment-below-parity")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Participant P01 is paid £31.99 an"
            + " hour, below the staff rate of £32.00 for the same time (tolerance 0%)."));
  }

  @Test
  void aDayRateIsComparedPerHourWithTheStaffRateOfItsGrade() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                .method(PaymentMethod.PAYROLL).rate(new BigDecimal("150.00")).per(RateUnit.DAY)
                .hoursPerUnit(new BigDecimal("5")).grade("band-5").build())).build())
        .arrangements(new Arrangements.Builder().putStaffRates("band-5", new BigDecimal("32.00"))
            .putStaffRates("band-7", new BigDecimal("45.00")).build()).build();
    assertThat(findings(i, "payment-below-parity")).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Participant P01 is paid £150.00 a day of 5 hours"
          + " (£30.00 an hour), below the staff rate for band-5 of £32.00 for the same time"
          + " (tolerance 1%).");
      assertThat(f.evidence()).containsExactly(
          Evidence.of("/participants/1/payment/rate", "150.00"),
          Evidence.of("/arrangements/staffRates/band-5", "32.00"));
    });
  }

  @Test
  void aSessionRateWithoutItsLengthCannotBeCompared() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                .method(PaymentMethod.FEE).rate(new BigDecimal("40")).per(RateUnit.SESSION)
                .build())).build())
        .arrangements(new Arrangements.Builder().staffHourlyRate(rate("25.00")).build()).build();
    assertThat(findings(i, "payment-below-parity")).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.NOT_RECORDED);
      assertThat(f.evidence()).containsExactly(Evidence.of(
          "/participants/1/payment/hoursPerUnit", "not recorded"));
    });
  }

  // --- vouchers, late, expenses ---------------------------------------------------------------------

  @Test
  void vouchersAreBothAParityGapAndABenefitsRisk() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(new Payment.Builder()
                .method(PaymentMethod.VOUCHER).build())).build())
        .arrangements(arrangements(Fact.ABSENT)).build();
    assertThat(findings(i, "vouchers-instead-of-payment")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("taxable"));
    assertThat(findings(i, "payment-without-benefits-advice")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.message()).contains("Vouchers count");
    });
  }

  @Test
  void latePaymentIsAGapUnderS12AndS26() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(payroll("30.00")
                .timeliness(PaymentTimeliness.LATE).build())).build(),
            serviceUser("P02").payment(Recorded.present(payroll("30.00")
                .timeliness(PaymentTimeliness.ON_TIME).build())).build())
        .arrangements(arrangements(Fact.PRESENT)).build();
    assertThat(findings(i, "payment-late")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.elements()).contains("S1.2", "S2.6");
      assertThat(f.evidence()).containsExactly(Evidence.of("/participants/1/payment/timeliness",
          "late"));
    });
  }

  @Test
  void aParticipantsOwnExpensesNotCoveredIsRead() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(payroll("30.00")
                .expensesCovered(Fact.ABSENT).build())).build())
        .arrangements(new Arrangements.Builder().expenses(Provision.present()).build()).build();
    assertThat(findings(i, "participant-expenses-not-covered")).singleElement().satisfies(f ->
        assertThat(f.evidence()).containsExactly(Evidence.of(
            "/participants/1/payment/expensesCovered", "absent")));
  }

  // --- benefits -------------------------------------------------------------------------------------

  private static Initiative carerPaid(String hourly, String hours, Fact advice) {
    return running().addParticipants(commissioner("S01").build(),
            carer("P01").benefits(Recorded.present(Set.of(Benefit.CARERS_ALLOWANCE)))
                .payment(Recorded.present(payroll(hourly).perWeek(new BigDecimal(hours)).build()))
                .build())
        .arrangements(arrangements(advice)).build();
  }

  @ParameterizedTest(name = "£{0} x {1} h on {2}: critical {3}")
  @CsvSource({
      // £175 a week: over £151 (2024 limit) the day before 7 April 2025, under £196 that day
      "25.00, 7, 2025-04-06, true",
      "25.00, 7, 2025-04-07, false",
      // £240 a week is over every limit
      "30.00, 8, 2025-04-07, true",
      "30.00, 8, 2026-06-01, true",
      // exactly at the limit is not over it
      "24.50, 8, 2025-04-07, false",
  })
  void carersAllowanceLimitInForceOnTheAssessmentDate(String hourly, String hours, String on,
      boolean critical) {
    List<Finding> found = findings(Assessor.standard(), carerPaid(hourly, hours, Fact.ABSENT),
        LocalDate.parse(on), "benefit-earnings-limit");
    assertThat(found).hasSize(critical ? 1 : 0);
  }

  @Test
  void theCarerPaid30PoundsFor8HoursIsFlaggedWithTheLimitItsDateAndSource() {
    assertThat(findings(Assessor.standard(), carerPaid("30.00", "8", Fact.ABSENT),
        LocalDate.parse("2025-06-01"), "benefit-earnings-limit")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
          assertThat(f.message()).isEqualTo("Participant P01 receives Carer's Allowance and is"
              + " expected to be paid £240.00 a week (£30.00 × 8 hours), over the Carer's"
              + " Allowance earnings limit (net of allowable deductions) of £196.00 a week from"
              + " 2025-04-07 (Carers UK; local carers' organisations, carersuk.org; reported)."
              + " Arrange independent benefits advice before payment: options include expenses"
              + " only, fewer hours in a week, or paying their organisation.");
        });
  }

  @Test
  void withAdviceRecordedTheSameCarerIsInformationNotCritical() {
    Initiative i = carerPaid("30.00", "8", Fact.PRESENT);
    assertThat(findings(Assessor.standard(), i, ON, "benefit-earnings-limit")).isEmpty();
    assertThat(findings(Assessor.standard(), i, ON, "benefit-earnings-limit-information"))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ADVISORY));
    assertThat(Assessor.standard().assess(i, ON).findings()).noneMatch(f ->
        f.severity() == Severity.CRITICAL && f.isOpenGap());
  }

  @Test
  void anOrganisationsRatesFileChangesTheLimit() {
    ReferenceData own = ReferenceData.standard().overriddenBy(ReferenceData.read("own.txt",
        new StringReader("figure | amount | per | effective | status | source\n"
            + "carers-allowance-earnings-limit | 250.00 | week | 2026-04-01 | confirmed |"
            + " Our welfare rights team\n")));
    Assessor withOwn = Assessor.builder().profile(new Profile.Builder().name("own")
        .referenceData(own).build()).build();
    Initiative i = carerPaid("30.00", "8", Fact.ABSENT);
    assertThat(findings(Assessor.standard(), i, ON, "benefit-earnings-limit")).hasSize(1);
    assertThat(findings(withOwn, i, ON, "benefit-earnings-limit")).isEmpty();
  }

  @Test
  void anUnconfirmedLimitIsNotGuessedTheLastKnownOneIsUsedAndSaid() {
    Initiative i = running().addParticipants(commissioner("S01").build(),
            carer("P01").benefits(Recorded.present(
                    Set.of(Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE)))
                .payment(Recorded.present(payroll("30.00").perWeek(new BigDecimal("8")).build()))
                .build())
        .arrangements(arrangements(Fact.ABSENT)).build();
    // on 2026-06-01 the ESA higher limit from April 2026 has no confirmed amount
    assertThat(findings(i, "benefit-earnings-limit")).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.GAP);
      assertThat(f.message()).contains("ESA permitted work higher limit of £195.50 a week from"
          + " 2025-04-01").contains("The figure from 2026-04-01 is not confirmed, so the last"
          + " known one is used; load your organisation's rates file with the confirmed"
          + " figure.");
    });
    // before any figure: not recorded, never guessed
    ReferenceData none = ReferenceData.of("none", List.of());
    Assessor empty = Assessor.builder().profile(new Profile.Builder().name("none")
        .referenceData(none).build()).build();
    assertThat(findings(empty, i, ON, "benefit-earnings-limit")).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.NOT_RECORDED));
  }

  @Test
  void redactionRemovesBenefitStatusSoNoFindingNamesIt() {
    Initiative i = io.github.coproduction.core.initiative.Redaction.redact(
        carerPaid("30.00", "8", Fact.ABSENT));
    Assessment a = Assessor.standard().assess(i, ON);
    assertThat(a.findings()).noneMatch(f -> f.message().contains("Carer's Allowance")
        || f.evidence().stream().anyMatch(e -> e.pointer().endsWith("/benefits")));
  }

  // --- risk -----------------------------------------------------------------------------------------

  @Test
  void aServiceRiskCarriedByTheNhsOrganisationIsNotAGap() {
    Initiative i = running().addParticipants(commissioner("S01").build())
        .risks(Recorded.present(List.of(new Risk.Builder().kind(RiskKind.SERVICE)
            .carriedBy(RiskCarrier.ORGANISATIONS).build()))).build();
    assertThat(findings(i, "risk-carried-by-one-side")).isEmpty();
    assertThat(findings(i, "risk-carried-by-participants")).isEmpty();
  }

  @Test
  void riskCarriedByParticipantsAloneIsCritical() {
    Initiative i = running().addParticipants(commissioner("S01").build())
        .risks(Recorded.present(List.of(new Risk.Builder().kind(RiskKind.WELFARE_BENEFITS)
            .carriedBy(RiskCarrier.PARTICIPANTS).build()))).build();
    assertThat(findings(i, "risk-carried-by-participants")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
  }

  @Test
  void whenPeopleArePaidTheBenefitsRiskMustBeNamed() {
    Initiative paidNoBenefitsRisk = running().addParticipants(commissioner("S01").build(),
            serviceUser("P01").payment(Recorded.present(fee("30.00"))).build())
        .risks(Recorded.present(List.of(new Risk.Builder().kind(RiskKind.SERVICE)
            .carriedBy(RiskCarrier.ORGANISATIONS).build()))).build();
    assertThat(findings(paidNoBenefitsRisk, "risks-not-named")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("The initiative pays 1 participant"
            + " with lived experience (P01) and names no risk to welfare benefits."));
    Initiative named = new Initiative.Builder().from(paidNoBenefitsRisk)
        .risks(Recorded.present(List.of(new Risk.Builder().kind(RiskKind.WELFARE_BENEFITS)
            .carriedBy(RiskCarrier.SHARED).build()))).build();
    assertThat(findings(named, "risks-not-named")).isEmpty();
  }

  @Test
  void benefitsAreAnEnumSetInEveryOrder() {
    assertThat(EnumSet.of(Benefit.CARERS_ALLOWANCE).iterator().next())
        .isEqualTo(Benefit.CARERS_ALLOWANCE);
  }
}
