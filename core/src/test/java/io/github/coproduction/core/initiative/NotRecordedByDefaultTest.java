package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.testing.Generators;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Anything not set on a builder is not recorded: never absent, never present. */
class NotRecordedByDefaultTest {

  @Test
  void aBareInitiativeRecordsNothing() {
    Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
    assertThat(i.purpose().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.scopes()).isEmpty();
    assertThat(i.organisations()).isEmpty();
    assertThat(i.participants()).isEmpty();
    assertThat(i.power().problemDefinedBy().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.power().decisions()).isEmpty();
    assertThat(i.power().notOpenToCoproduction().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.vision().coProduced()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.vision().informedByLivedExperience()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.risks().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.continuity().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.claimsCoproduction()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.ladder().current().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.ladder().target().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.ladder().gap()).isEmpty();
    assertThat(i.checklist()).isEmpty();
    assertThat(i.reflections().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(i.arrangements()).isEqualTo(Arrangements.notRecorded());
    assertThat(i.livedExperienceParticipants()).isEmpty();
    assertThat(i).isEqualTo(new Initiative.Builder().from(Generators.bare(Stage.PLANNING))
        .id("x").title("X").build());
  }

  @Test
  void everyArrangementIsNotRecordedByDefault() {
    Arrangements a = Arrangements.notRecorded();
    Generators.provisions(a).forEach((name, p) ->
        assertThat(p.fact()).as(name).isEqualTo(Fact.NOT_RECORDED));
    assertThat(a.staffHourlyRate().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(a.budget().fact()).isEqualTo(Fact.NOT_RECORDED);
  }

  @Test
  void everyNamedProvisionAccessorIsAnArrangementOfTheEnum() {
    Set<String> declared = Arrays.stream(Arrangements.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() == Provision.class && m.getParameterCount() == 0)
        .map(Method::getName)
        .collect(Collectors.toSet());
    assertThat(declared).isNotEmpty().allSatisfy(name ->
        assertThat(Arrangement.fromDocumentName(name)).as(name).isPresent());
    assertThat(Generators.provisions(Arrangements.notRecorded()).keySet())
        .containsExactly(Arrays.stream(Arrangement.values()).map(Arrangement::documentName)
            .toArray(String[]::new));
  }

  @Test
  void oneArrangementSetLeavesTheOthersNotRecorded() {
    Arrangements a = new Arrangements.Builder().groundRules(Provision.absent()).build();
    Generators.provisions(a).forEach((name, p) -> assertThat(p.fact()).as(name)
        .isEqualTo(name.equals("groundRules") ? Fact.ABSENT : Fact.NOT_RECORDED));
  }

  @Test
  void aParticipantRecordsOnlyWhatIsSet() {
    Participant p = new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build();
    assertThat(p.livedExperience().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(p.payment().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(p.decisionMaker()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(p.organisation()).isEmpty();
    assertThat(p.hasLivedExperience()).isFalse();
  }

  @Test
  void unpaidAndPaymentNotRecordedAreDifferentParticipants() {
    Participant unpaid = new Participant.Builder().ref("P01").role(Role.SERVICE_USER)
        .payment(Recorded.absent()).build();
    Participant unknown = new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build();
    assertThat(unpaid).isNotEqualTo(unknown);
    assertThat(unpaid.payment().isAbsent()).isTrue();
    assertThat(unknown.payment().isNotRecorded()).isTrue();
  }

  @Test
  void livedExperienceIsOnlyWhatIsRecordedAsLived() {
    for (LivedExperience le : LivedExperience.values()) {
      Participant p = new Participant.Builder().ref("P01").role(Role.OTHER)
          .livedExperience(Recorded.present(le)).build();
      assertThat(p.hasLivedExperience()).as(le.name()).isEqualTo(le != LivedExperience.NONE);
    }
    assertThat(new Participant.Builder().ref("P01").role(Role.SERVICE_USER)
        .livedExperience(Recorded.absent()).build().hasLivedExperience()).isFalse();
  }

  @Test
  void aPaymentsExpensesAreNotRecordedByDefault() {
    Payment fee = new Payment.Builder().method(PaymentMethod.FEE).build();
    assertThat(fee.expensesCovered()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(fee.hourlyRate()).isEmpty();
  }

  @Test
  void theLadderGapNeedsBothRungsPresent() {
    LadderPosition both = new LadderPosition.Builder()
        .current(Recorded.present(io.github.coproduction.core.framework.LadderRung.CONSULTATION))
        .target(Recorded.present(io.github.coproduction.core.framework.LadderRung.CO_PRODUCTION))
        .build();
    assertThat(both.gap()).contains(3);
    assertThat(new LadderPosition.Builder().current(both.current()).target(Recorded.absent())
        .build().gap()).isEmpty();
    assertThat(new LadderPosition.Builder().current(Recorded.notRecorded())
        .target(both.target()).build().gap()).isEmpty();
    assertThat(LadderPosition.notRecorded().gap()).isEmpty();
  }

  @Test
  void enumsDescribeThemselves() {
    assertThat(Arrays.stream(PaymentMethod.values()).filter(PaymentMethod::isMoney)
        .collect(Collectors.toList())).containsExactly(PaymentMethod.SALARIED, PaymentMethod.PAYROLL, PaymentMethod.FEE);
    assertThat(Arrays.stream(Role.values()).filter(Role::isStaff).collect(Collectors.toList()))
        .containsExactly(Role.SENIOR_MANAGER, Role.MIDDLE_MANAGER, Role.FRONT_LINE_STAFF,
            Role.STRATEGIC_LEAD, Role.COMMISSIONER);
    assertThat(Role.FACILITATOR.group()).isEmpty();
    assertThat(Role.OTHER.group()).isEmpty();
    assertThat(Role.CARER.group()).contains(
        io.github.coproduction.core.framework.PeopleGroup.CARERS);
    for (Role r : Role.values()) {
      r.group().ifPresent(g -> assertThat(g.isStaff()).as(r.name()).isEqualTo(r.isStaff()));
    }
  }
}
