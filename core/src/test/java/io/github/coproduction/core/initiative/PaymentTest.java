package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A payment on its own: who counts as paid, the rate per hour and the weekly amount worked out
 * from each form of rate, and each check with its pointer and message.
 */
class PaymentTest {

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.pointer() + ": " + e.problem());
    return e;
  }

  private static Payment.Builder fee() {
    return new Payment.Builder().method(PaymentMethod.FEE);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  // --- who is paid -------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = PaymentMethod.class, names = {"SALARIED", "PAYROLL", "FEE", "VOUCHER"})
  void anAcceptedOfferOfMoneyOrVouchersIsPaid(PaymentMethod method) {
    assertThat(new Payment.Builder().method(method).build().isPaid()).isTrue();
    assertThat(new Payment.Builder().method(method).response(PaymentResponse.ACCEPTED).build()
        .isPaid()).isTrue();
  }

  @Test
  void expensesOnlyIsNotPaymentForTime() {
    assertThat(new Payment.Builder().method(PaymentMethod.EXPENSES_ONLY).build().isPaid())
        .isFalse();
  }

  @Test
  void aDeclinedOrRedirectedOfferIsNotPaidInPerson() {
    assertThat(new Payment.Builder().response(PaymentResponse.DECLINED_AFTER_ADVICE).build()
        .isPaid()).isFalse();
    assertThat(fee().response(PaymentResponse.DECLINED_WITHOUT_ADVICE).build().isPaid())
        .isFalse();
    assertThat(fee().response(PaymentResponse.PAID_TO_ORGANISATION).build().isPaid()).isFalse();
  }

  // --- rates -------------------------------------------------------------------------------------

  @Test
  void anHourlyRateIsTheRatePerHour() {
    Payment p = fee().hourlyRate(money("27.50")).build();
    assertThat(p.ratePerHour()).contains(money("27.50"));
    assertThat(p.rate()).isEmpty();
    assertThat(p.per()).isEqualTo(RateUnit.HOUR);
  }

  @Test
  void aRatePerHourIsTheRatePerHour() {
    assertThat(fee().rate(money("25.00")).build().ratePerHour()).contains(money("25.00"));
    assertThat(fee().rate(money("25.00")).per(RateUnit.HOUR).hoursPerUnit(money("3")).build()
        .ratePerHour()).contains(money("25.00"));
  }

  @Test
  void aRatePerHalfDayIsDividedByItsHours() {
    assertThat(fee().rate(money("90.00")).per(RateUnit.HALF_DAY).hoursPerUnit(money("3"))
        .build().ratePerHour()).hasValueSatisfying(r -> assertThat(r)
            .isEqualByComparingTo("30.00"));
    // a third of a pound is not a terminating decimal: the division keeps 16 digits
    assertThat(fee().rate(money("1")).per(RateUnit.SESSION).hoursPerUnit(money("3")).build()
        .ratePerHour()).hasValueSatisfying(r -> assertThat(r.toPlainString())
            .isEqualTo("0.3333333333333333"));
  }

  @Test
  void aRatePerDayWithoutItsHoursHasNoRatePerHour() {
    assertThat(fee().rate(money("150")).per(RateUnit.DAY).build().ratePerHour()).isEmpty();
  }

  @Test
  void noRateRecordedHasNoRatePerHour() {
    assertThat(fee().build().ratePerHour()).isEmpty();
    assertThat(fee().per(RateUnit.SESSION).hoursPerUnit(money("2")).build().ratePerHour())
        .isEmpty();
  }

  @Test
  void theWeeklyAmountIsTheRateTimesTheTimePerWeek() {
    assertThat(fee().hourlyRate(money("25.00")).perWeek(money("4")).build().weeklyAmount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("100.00"));
    // a rate per session counts sessions, not hours
    assertThat(fee().rate(money("90.00")).per(RateUnit.SESSION).hoursPerUnit(money("3"))
        .perWeek(money("2")).build().weeklyAmount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("180.00"));
  }

  @Test
  void theWeeklyAmountNeedsBothTheRateAndTheTimePerWeek() {
    assertThat(fee().hourlyRate(money("25.00")).build().weeklyAmount()).isEmpty();
    assertThat(fee().perWeek(money("4")).build().weeklyAmount()).isEmpty();
  }

  // --- checks ------------------------------------------------------------------------------------

  @Test
  void ratesAndTimePerWeekOfZeroAreAccepted() {
    Payment p = fee().rate(BigDecimal.ZERO).perWeek(BigDecimal.ZERO).build();
    assertThat(p.rate()).contains(BigDecimal.ZERO);
    assertThat(p.weeklyAmount()).hasValueSatisfying(a -> assertThat(a).isZero());
  }

  @Test
  void aNegativeRateIsATypedError() {
    ValidationException e = invalid(() -> fee().rate(money("-0.01")).build());
    assertThat(e.pointer()).isEqualTo("/rate");
    assertThat(e.problem()).isEqualTo("a rate must be zero or more, but was -0.01");
    assertThat(invalid(() -> fee().hourlyRate(money("-1")).build()).problem())
        .isEqualTo("an hourly rate must be zero or more, but was -1");
  }

  @Test
  void aNegativeTimePerWeekIsATypedError() {
    ValidationException e = invalid(() -> fee().perWeek(money("-2")).build());
    assertThat(e.pointer()).isEqualTo("/perWeek");
    assertThat(e.problem()).isEqualTo("the time per week must be zero or more, but was -2");
  }

  @Test
  void hoursPerUnitMustBeMoreThanZero() {
    ValidationException zero = invalid(() -> fee().rate(money("90")).per(RateUnit.SESSION)
        .hoursPerUnit(BigDecimal.ZERO).build());
    assertThat(zero.pointer()).isEqualTo("/hoursPerUnit");
    assertThat(zero.problem()).isEqualTo("the hours per unit must be more than zero, but was 0");
    assertThat(invalid(() -> fee().hoursPerUnit(money("-1.5")).build()).problem())
        .endsWith("but was -1.5");
    assertThat(fee().hoursPerUnit(money("0.5")).build().hoursPerUnit()).contains(money("0.5"));
  }

  @Test
  void aPaymentHasOneFormOfRateNotBoth() {
    ValidationException e = invalid(() -> fee().hourlyRate(money("20")).rate(money("20"))
        .build());
    assertThat(e.pointer()).isEqualTo("/rate");
    assertThat(e.problem()).isEqualTo("a payment has either an hourlyRate or a rate with its"
        + " unit, not both");
  }

  @Test
  void theMethodIsRequiredUnlessTheOfferWasDeclined() {
    ValidationException none = invalid(() -> new Payment.Builder().build());
    assertThat(none.pointer()).isEqualTo("/method");
    assertThat(none.problem()).isEqualTo("how the participant is paid is required unless they"
        + " declined payment");
    assertThat(invalid(() -> new Payment.Builder().response(PaymentResponse.ACCEPTED).build())
        .pointer()).isEqualTo("/method");
    assertThat(invalid(() -> new Payment.Builder()
        .response(PaymentResponse.PAID_TO_ORGANISATION).build()).pointer())
        .isEqualTo("/method");
    assertThat(new Payment.Builder().response(PaymentResponse.DECLINED_WITHOUT_ADVICE).build()
        .method()).isEmpty();
  }

  @Test
  void aGradeIsACode() {
    assertThat(fee().grade("band-6").build().grade()).contains("band-6");
    ValidationException e = invalid(() -> fee().grade("Band 6").build());
    assertThat(e.pointer()).isEqualTo("/grade");
    assertThat(e.problem()).startsWith("a staff grade or role must be a pseudonymous code");
  }

  @Test
  void expensesAndTimelinessAreNotRecordedByDefault() {
    Payment p = fee().build();
    assertThat(p.expensesCovered()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(p.timeliness()).isEmpty();
    assertThat(p.response()).isEmpty();
    assertThat(fee().expensesCovered(Fact.PRESENT).timeliness(PaymentTimeliness.LATE).build())
        .satisfies(q -> {
          assertThat(q.expensesCovered()).isEqualTo(Fact.PRESENT);
          assertThat(q.timeliness()).contains(PaymentTimeliness.LATE);
        });
  }
}
