package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.initiative.Scope;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What a profile accepts and refuses, with the messages it refuses with, and the shipped
 * profiles found by name.
 */
class ProfileValidationTest {

  private static Profile.Builder pilot() {
    return new Profile.Builder().name("pilot");
  }

  @Test
  void theParityToleranceIsOnePerCentUnlessSet() {
    assertThat(pilot().build().parityTolerance()).isEqualTo(new BigDecimal("0.01"));
    assertThat(Profile.DEFAULT_PARITY_TOLERANCE).isEqualTo("0.01");
  }

  @Test
  void aParityToleranceFromZeroToJustUnderOneIsAccepted() {
    assertThat(pilot().parityTolerance(BigDecimal.ZERO).build().parityTolerance())
        .isEqualTo(BigDecimal.ZERO);
    assertThat(pilot().parityTolerance(new BigDecimal("0.999")).build().parityTolerance())
        .isEqualTo(new BigDecimal("0.999"));
  }

  @Test
  void aParityToleranceOfOneOrMoreOrBelowZeroIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> pilot().parityTolerance(BigDecimal.ONE).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a profile's parity tolerance is a fraction from 0 to less than 1, but was 1");
    assertThatThrownBy(() -> pilot().parityTolerance(new BigDecimal("1.5")).build())
        .hasMessage("a profile's parity tolerance is a fraction from 0 to less than 1, but was"
            + " 1.5");
    assertThatThrownBy(() -> pilot().parityTolerance(new BigDecimal("-0.01")).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a profile's parity tolerance is a fraction from 0 to less than 1, but was"
            + " -0.01");
  }

  @Test
  void aBlankRateReferenceIsRefusedAndANamedOneKept() {
    assertThatThrownBy(() -> pilot().rateReference(" ").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile 'pilot' names a blank rate reference");
    assertThat(pilot().rateReference(Profile.NIHR_PAYMENT_GUIDANCE).build().rateReference())
        .hasValue("nihr-involvement-hourly-rate");
    assertThat(pilot().build().rateReference()).isEmpty();
  }

  @Test
  void aRuleNotApplicableNeedsAReasonAndCannotAlsoBeDisabled() {
    assertThatThrownBy(() -> pilot().putNotApplicable("no-champions", " ").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile 'pilot' makes rule no-champions not applicable without a reason");
    assertThatThrownBy(() -> pilot().putNotApplicable("no-champions", "No champions here")
        .addDisabled("no-champions").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile 'pilot' both disables rule no-champions and makes it not"
            + " applicable; choose one");
  }

  @Test
  void aProfileNamingARuleTheSetLacksIsRefusedByTheAssessorNamingTheRule() {
    Profile disables = new Profile.Builder().name("typo").addDisabled("no-champion").build();
    assertThatThrownBy(() -> Assessor.builder().profile(disables).build())
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'no-champion': profile 'typo' disables it, but rule set 'standard' has"
            + " no such rule");
    Profile notApplicable = new Profile.Builder().name("typo")
        .putNotApplicable("vision-not-coproduced", "Research").build();
    assertThatThrownBy(() -> Assessor.builder().profile(notApplicable).build())
        .isExactlyInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule 'vision-not-coproduced': profile 'typo' makes it not applicable, but"
            + " rule set 'standard' has no such rule");
  }

  @Test
  void theShippedProfilesAreFoundByNameAndAnyOtherNameIsRefused() {
    assertThat(Profile.shippedNames()).containsExactly("default", "research");
    assertThat(Profile.find("default")).containsSame(Profile.defaults());
    assertThat(Profile.find("service")).containsSame(Profile.defaults());
    assertThat(Profile.find("research")).containsSame(Profile.research());
    assertThat(Profile.find("Research")).isEmpty();
    assertThat(Profile.named("service")).isSameAs(Profile.defaults());
    assertThatThrownBy(() -> Profile.named("pilot"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("no profile named \"pilot\" ships with the library; shipped: default,"
            + " research (\"service\" is the default)");
  }

  @Test
  void theResearchProfileIsScopedToResearchAndNamesNihrGuidance() {
    Profile r = Profile.research();
    assertThat(r.name()).isEqualTo("research");
    assertThat(r.scopes()).containsExactly(Scope.RESEARCH);
    assertThat(r.rateReference()).hasValue(Profile.NIHR_PAYMENT_GUIDANCE);
    assertThat(r.notApplicable()).containsOnlyKeys("vision-not-co-produced",
        "vision-not-informed-by-lived-experience");
    assertThat(r.notApplicableReason("vision-not-co-produced")).hasValueSatisfying(reason ->
        assertThat(reason).startsWith("Research serves no local mental health vision"));
    assertThat(r.notApplicableReason("no-champions")).isEmpty();
    assertThat(Profile.defaults().name()).isEqualTo("default");
    assertThat(Profile.defaults().scopes()).isEmpty();
    assertThat(Profile.defaults().disabled()).isEmpty();
  }
}
