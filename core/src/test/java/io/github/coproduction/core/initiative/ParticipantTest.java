package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A participant entry on its own: a group with its members and role mix (each bound and check
 * with its pointer and message), the benefits recorded for a person, and the payment offer.
 */
class ParticipantTest {

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.pointer() + ": " + e.problem());
    return e;
  }

  private static Participant.Builder group(int members) {
    return new Participant.Builder().ref("G01").role(Role.SERVICE_USER).members(members);
  }

  // --- groups ------------------------------------------------------------------------------------

  @Test
  void anEntryWithMembersIsAGroup() {
    assertThat(group(2).build().isGroup()).isTrue();
    assertThat(new Participant.Builder().ref("P01").role(Role.CARER).build().isGroup()).isFalse();
  }

  @Test
  void aGroupHasFromTwoToAMillionMembers() {
    assertThat(group(2).build().members()).contains(2);
    assertThat(group(1_000_000).build().members()).contains(1_000_000);
    ValidationException one = invalid(() -> group(1).build());
    assertThat(one.pointer()).isEqualTo("/members");
    assertThat(one.problem()).isEqualTo("a group has from 2 to 1,000,000 members, but this one"
        + " has 1; record one person without members");
    assertThat(invalid(() -> group(1_000_001).build()).problem())
        .contains("but this one has 1000001;");
  }

  @Test
  void aRoleMixIsKeptInRoleOrder() {
    Map<Role, Integer> mix = new LinkedHashMap<>();
    mix.put(Role.CARER, 3);
    mix.put(Role.SERVICE_USER, 4);
    Participant p = group(12).roleMix(mix).build();
    assertThat(p.roleMix()).containsExactly(Map.entry(Role.SERVICE_USER, 4),
        Map.entry(Role.CARER, 3));
    Participant ordered = group(12).roleMix(new EnumMap<>(Map.of(Role.SERVICE_USER, 4,
        Role.CARER, 3))).build();
    assertThat(ordered.roleMix()).containsExactly(Map.entry(Role.SERVICE_USER, 4),
        Map.entry(Role.CARER, 3));
    assertThat(ordered).isEqualTo(p);
  }

  @Test
  void aRoleMixMayCountEveryMemberButNoMore() {
    assertThat(group(7).putRoleMix(Role.SERVICE_USER, 4).putRoleMix(Role.CARER, 3).build()
        .roleMix()).hasSize(2);
    ValidationException e = invalid(() -> group(6).putRoleMix(Role.SERVICE_USER, 4)
        .putRoleMix(Role.CARER, 3).build());
    assertThat(e.pointer()).isEqualTo("/roleMix");
    assertThat(e.problem()).isEqualTo("the role mix counts 7 members, more than the group's 6");
  }

  @Test
  void aRoleMixCountsAtLeastOneInEachRoleItNames() {
    assertThat(group(5).putRoleMix(Role.CARER, 1).build().roleMix())
        .containsExactly(Map.entry(Role.CARER, 1));
    ValidationException e = invalid(() -> group(5).putRoleMix(Role.SERVICE_USER, 2)
        .putRoleMix(Role.CARER, 0).build());
    assertThat(e.pointer()).isEqualTo("/roleMix/CARER");
    assertThat(e.problem()).isEqualTo("a role mix counts at least 1 member in each role it"
        + " names, but was 0");
  }

  @Test
  void aRoleMixDescribesAGroup() {
    ValidationException e = invalid(() -> new Participant.Builder().ref("P01")
        .role(Role.SERVICE_USER).putRoleMix(Role.SERVICE_USER, 1).build());
    assertThat(e.pointer()).isEqualTo("/roleMix");
    assertThat(e.problem()).isEqualTo("a role mix describes a group: record its members too");
  }

  // --- benefits and payment ----------------------------------------------------------------------

  @Test
  void noBenefitIsRecordedAsAbsentNotAsAnEmptySet() {
    ValidationException e = invalid(() -> new Participant.Builder().ref("P01")
        .role(Role.CARER).benefits(Recorded.present(Set.of())).build());
    assertThat(e.pointer()).isEqualTo("/benefits");
    assertThat(e.problem()).startsWith("a participant who receives no benefit with an earnings"
        + " rule has benefits recorded as absent");
    assertThat(new Participant.Builder().ref("P01").role(Role.CARER)
        .benefits(Recorded.present(Set.of(Benefit.CARERS_ALLOWANCE))).build().benefits().get())
        .containsExactly(Benefit.CARERS_ALLOWANCE);
    assertThat(new Participant.Builder().ref("P01").role(Role.CARER)
        .benefits(Recorded.absent()).build().benefits().isAbsent()).isTrue();
  }

  @Test
  void aRecordedPaymentIsAnOfferWhateverTheAnswer() {
    Participant.Builder p = new Participant.Builder().ref("P01").role(Role.SERVICE_USER);
    assertThat(p.build().paymentOffered()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(p.payment(Recorded.absent()).build().paymentOffered()).isEqualTo(Fact.ABSENT);
    assertThat(p.payment(Recorded.present(new Payment.Builder()
        .response(PaymentResponse.DECLINED_AFTER_ADVICE).build())).build().paymentOffered())
        .isEqualTo(Fact.PRESENT);
  }

  @Test
  void onlyCarersAllowanceAndEsaHaveAnEarningsLimit() {
    for (Benefit b : Benefit.values()) {
      assertThat(b.hasEarningsLimit()).as(b.name()).isEqualTo(b == Benefit.CARERS_ALLOWANCE
          || b == Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE);
    }
  }
}
