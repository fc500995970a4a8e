package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.checklist.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Values come out the same whatever order sets were given in, and nothing the caller keeps a
 * reference to can change a built value.
 */
class NormalisationTest {


  private static Initiative.Builder initiative() {
    return new Initiative.Builder().id("i").title("I").stage(Stage.RUNNING);
  }

  private static Risk risk(RiskKind kind) {
    return new Risk.Builder().kind(kind).carriedBy(RiskCarrier.SHARED).build();
  }

  private static Reflection reflection(String date) {
    return new Reflection.Builder().date(LocalDate.parse(date)).phase(Phase.DURING).build();
  }

  @Test
  void scopesAreInEnumOrderWhateverTheInputOrder() {
    Initiative a = initiative().addScopes(Scope.DELIVERY, Scope.DESIGN).build();
    Initiative b = initiative().addScopes(Scope.DESIGN, Scope.DELIVERY).build();
    assertThat(a.scopes()).containsExactly(Scope.DESIGN, Scope.DELIVERY);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(initiative().addScopes(Scope.DELIVERY, Scope.COMMISSIONING, Scope.DESIGN,
        Scope.DELIVERY).build().scopes())
        .containsExactly(Scope.DESIGN, Scope.COMMISSIONING, Scope.DELIVERY);
  }

  @Test
  void whoDefinedTheProblemIsInRoleOrder() {
    Set<Role> given = new LinkedHashSet<>(List.of(Role.COMMISSIONER, Role.CARER,
        Role.SERVICE_USER));
    Power p = new Power.Builder().problemDefinedBy(Recorded.present(given)).build();
    assertThat(p.problemDefinedBy().get())
        .containsExactly(Role.SERVICE_USER, Role.CARER, Role.COMMISSIONER);
    Power q = new Power.Builder().problemDefinedBy(Recorded.present(
        new LinkedHashSet<>(List.of(Role.SERVICE_USER, Role.COMMISSIONER, Role.CARER)))).build();
    assertThat(p).isEqualTo(q);
    assertThat(p.toString()).isEqualTo(q.toString());
  }

  @Test
  void reflectionRolesAreInRoleOrder() {
    Reflection r = new Reflection.Builder().date(LocalDate.parse("2026-03-01"))
        .phase(Phase.AFTER).addRoles(Role.COMMISSIONER, Role.SERVICE_USER, Role.CARER).build();
    assertThat(r.roles()).containsExactly(Role.SERVICE_USER, Role.CARER, Role.COMMISSIONER);
    Reflection s = new Reflection.Builder().date(LocalDate.parse("2026-03-01"))
        .phase(Phase.AFTER).roles(new LinkedHashSet<>(List.of(Role.CARER, Role.COMMISSIONER,
            Role.SERVICE_USER))).build();
    assertThat(r).isEqualTo(s);
    assertThat(r.toString()).isEqualTo(s.toString());
  }

  @Test
  void decisionMakersKeepTheOrderGiven() {
    Decision d = new Decision.Builder().subject("Budget").addMadeBy("S01", "P02", "P01").build();
    assertThat(d.madeBy()).containsExactly("S01", "P02", "P01");
  }

  @Test
  void aMutableRiskListIsCopied() {
    List<Risk> risks = new ArrayList<>(List.of(risk(RiskKind.WELLBEING)));
    Initiative i = initiative().risks(Recorded.present(risks)).build();
    risks.add(risk(RiskKind.SERVICE));
    risks.set(0, risk(RiskKind.OTHER));
    assertThat(i.risks().get()).containsExactly(risk(RiskKind.WELLBEING));
    assertThatThrownBy(() -> i.risks().get().add(risk(RiskKind.SERVICE)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMutableReflectionListIsCopied() {
    List<Reflection> reflections = new ArrayList<>(List.of(reflection("2026-01-01")));
    Initiative i = initiative().reflections(Recorded.present(reflections)).build();
    reflections.clear();
    assertThat(i.reflections().get()).containsExactly(reflection("2026-01-01"));
    assertThatThrownBy(() -> i.reflections().get().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mutableCollectionsInPowerAreCopied() {
    List<String> notOpen = new ArrayList<>(List.of("The overall budget"));
    Set<Role> roles = new LinkedHashSet<>(List.of(Role.COMMISSIONER));
    Power p = new Power.Builder().notOpenToCoproduction(Recorded.present(notOpen))
        .problemDefinedBy(Recorded.present(roles)).build();
    notOpen.add("Everything else");
    roles.add(Role.SERVICE_USER);
    assertThat(p.notOpenToCoproduction().get()).containsExactly("The overall budget");
    assertThat(p.problemDefinedBy().get()).containsExactly(Role.COMMISSIONER);
    assertThatThrownBy(() -> p.notOpenToCoproduction().get().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.problemDefinedBy().get().add(Role.CARER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMutableListInAnInitiativesPowerIsCopiedToo() {
    List<String> notOpen = new ArrayList<>(List.of("The overall budget"));
    Initiative i = initiative().power(new Power.Builder()
        .notOpenToCoproduction(Recorded.present(notOpen)).build()).build();
    notOpen.clear();
    assertThat(i.power().notOpenToCoproduction().get()).containsExactly("The overall budget");
  }

  @Test
  void copiesWithChangesAreValidatedAndNormalisedToo() {
    Initiative i = initiative().build();
    ImmutableInitiative immutable = ImmutableInitiative.copyOf(i);
    assertThat(immutable.withScopes(Scope.DELIVERY, Scope.DESIGN).scopes())
        .containsExactly(Scope.DESIGN, Scope.DELIVERY);
    assertThatThrownBy(() -> immutable.withRisks(Recorded.present(List.of())))
        .isInstanceOf(io.github.coproduction.core.ValidationException.class);
    List<Risk> risks = new ArrayList<>(List.of(risk(RiskKind.WELLBEING)));
    Initiative copy = immutable.withRisks(Recorded.present(risks));
    risks.clear();
    assertThat(copy.risks().get()).hasSize(1);
  }

  @Test
  void reflectionsAsAnyListBesideRisks() {
    Initiative i = initiative()
        .risks(Recorded.present(ImmutableList.of(risk(RiskKind.WELLBEING))))
        .reflections(Recorded.present(List.of(reflection("2026-01-01"))))
        .build();
    assertThat(i.reflections().get()).containsExactly(reflection("2026-01-01"));
  }

  @Test
  void whatIsNotOpenAsAnyListBesideWhoDefinedTheProblem() {
    // the example in Power's Javadoc
    Power power = new Power.Builder()
        .problemDefinedBy(Recorded.present(Set.of(Role.SERVICE_USER, Role.COMMISSIONER)))
        .notOpenToCoproduction(Recorded.present(List.of("The overall budget")))
        .build();
    assertThat(power.problemDefinedBy().get())
        .containsExactly(Role.SERVICE_USER, Role.COMMISSIONER);
    assertThat(power.notOpenToCoproduction().get()).containsExactly("The overall budget");
  }

  @Test
  void recordedListsMayBeAnyKindOfList() {
    // what most callers write
    Initiative i = initiative()
        .risks(Recorded.present(List.of(risk(RiskKind.WELLBEING))))
        .reflections(Recorded.present(List.of(reflection("2026-01-01"))))
        .build();
    assertThat(i.risks().get()).hasSize(1);
    assertThat(i.reflections().get()).hasSize(1);
  }

  @Test
  void guavaListsAreKeptAsGiven() {
    ImmutableList<Risk> risks = ImmutableList.of(risk(RiskKind.WELLBEING));
    ImmutableList<Reflection> reflections = ImmutableList.of(reflection("2026-01-01"));
    Initiative i = initiative().risks(Recorded.present(risks))
        .reflections(Recorded.present(reflections)).build();
    assertThat(i.risks().get()).isSameAs(risks);
    assertThat(i.reflections().get()).isSameAs(reflections);
  }

  @Test
  void listsOfABuiltInitiativeAreImmutable() {
    Initiative i = initiative().addScopes(Scope.DESIGN)
        .addParticipants(new Participant.Builder().ref("P01").role(Role.CARER).build()).build();
    assertThatThrownBy(() -> i.participants().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> i.scopes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> i.organisations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
