package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The staff side of the arrangements: hourly rates by grade (codes, zero or more, sorted by
 * grade), whether staff are paid for their time, and both in equality and in copies.
 */
class StaffRatesTest {

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static Arrangements.Builder rates() {
    return new Arrangements.Builder().putStaffRates("band-7", money("28.40"))
        .putStaffRates("band-5", money("19.10"));
  }

  @Test
  void staffRatesAreKeptSortedByGrade() {
    assertThat(rates().build().staffRates()).containsExactly(Map.entry("band-5", money("19.10")),
        Map.entry("band-7", money("28.40")));
    assertThat(new Arrangements.Builder().build().staffRates()).isEmpty();
  }

  @Test
  void settingStaffRatesReplacesThoseGivenBefore() {
    assertThat(rates().staffRates(Map.of("band-6", money("23.00"))).build().staffRates())
        .containsExactly(Map.entry("band-6", money("23.00")));
  }

  @Test
  void aStaffRateOfZeroIsAcceptedAndANegativeOneIsATypedErrorNamingItsGrade() {
    assertThat(rates().putStaffRates("volunteer-lead", BigDecimal.ZERO).build().staffRates())
        .containsEntry("volunteer-lead", BigDecimal.ZERO);
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> rates().putStaffRates("band-6", money("-0.01")).build());
    assertThat(e.pointer()).isEqualTo("/staffRates/band-6");
    assertThat(e.problem()).isEqualTo("a staff hourly rate must be zero or more, but was -0.01");
  }

  @Test
  void aGradeIsACode() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> rates().putStaffRates("Band 6", money("23.00")).build());
    assertThat(e.pointer()).isEqualTo("/staffRates");
    assertThat(e.problem()).startsWith("a staff grade or role must be a pseudonymous code")
        .endsWith("but was \"Band 6\"");
  }

  @Test
  void whetherStaffArePaidIsNotRecordedByDefault() {
    assertThat(new Arrangements.Builder().build().paidStaff()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(new Arrangements.Builder().paidStaff(Fact.ABSENT).build().paidStaff())
        .isEqualTo(Fact.ABSENT);
  }

  @Test
  void arrangementsDifferingOnlyInStaffRatesOrPaidStaffAreNotEqual() {
    Arrangements a = rates().paidStaff(Fact.PRESENT).build();
    Arrangements same = rates().paidStaff(Fact.PRESENT).build();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(rates().paidStaff(Fact.ABSENT).build());
    assertThat(a).isNotEqualTo(rates().putStaffRates("band-5", money("19.11"))
        .paidStaff(Fact.PRESENT).build());
    assertThat(a.hashCode()).isNotEqualTo(Arrangements.notRecorded().hashCode());
  }

  @Test
  void aCopyKeepsStaffRatesAndPaidStaff() {
    Arrangements a = rates().paidStaff(Fact.PRESENT).build();
    Arrangements copy = new Arrangements.Builder().putStaffRates("band-9", money("40"))
        .from(a).build();
    assertThat(copy.staffRates()).isEqualTo(a.staffRates());
    assertThat(copy.paidStaff()).isEqualTo(Fact.PRESENT);
    assertThat(copy).isEqualTo(a);
  }
}
