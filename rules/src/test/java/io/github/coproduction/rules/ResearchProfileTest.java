package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Scope;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.initiative.Vision;
import io.github.coproduction.rules.testing.Inputs;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The profiles shipped with the library: the default service profile and research. */
class ResearchProfileTest {

  /** A standing research involvement group: no local vision recorded, or recorded as not made. */
  private static Initiative researchGroup() {
    return new Initiative.Builder().id("lived-experience-panel").title("Research unit panel")
        .stage(Stage.RUNNING).addScopes(Scope.RESEARCH)
        .vision(new Vision.Builder().coProduced(Fact.ABSENT)
            .informedByLivedExperience(Fact.ABSENT).build())
        .build();
  }

  @Test
  void shippedProfilesAreFoundByName() {
    assertThat(Profile.shippedNames()).containsExactly("default", "research");
    assertThat(Profile.named("default")).isSameAs(Profile.defaults());
    assertThat(Profile.named("service")).isSameAs(Profile.defaults());
    assertThat(Profile.named("research")).isSameAs(Profile.research());
    assertThatThrownBy(() -> Profile.named("reserach"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no profile named \"reserach\" ships with the library; shipped: default,"
            + " research (\"service\" is the default)");
  }

  @Test
  void researchHasItsScopeItsPaymentReferenceAndNoLocalVisionRules() {
    Profile research = Profile.research();
    assertThat(research.scopes()).containsExactly(Scope.RESEARCH);
    assertThat(research.rateReference()).hasValue(Profile.NIHR_PAYMENT_GUIDANCE);
    assertThat(research.notApplicable().keySet()).containsExactlyInAnyOrder(
        "vision-not-co-produced", "vision-not-informed-by-lived-experience");
    assertThat(Profile.defaults().notApplicable()).isEmpty();
    assertThat(Profile.defaults().rateReference()).isEmpty();
  }

  @Test
  void underResearchNoC1LocalVisionFindingAndTheRulesSayWhy() {
    Assessment service = Assessor.standard().assess(researchGroup(), Inputs.ASSESSED_ON);
    assertThat(service.findings()).anyMatch(f -> f.rule().startsWith("vision-"));

    Assessment research = Assessor.builder().profile(Profile.research()).build()
        .assess(researchGroup(), Inputs.ASSESSED_ON);
    assertThat(research.profile()).isEqualTo("research");
    assertThat(research.findings()).noneMatch(f -> f.rule().startsWith("vision-"));
    RuleResult result = research.rule("vision-not-co-produced");
    assertThat(result.status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    assertThat(result.detail()).hasValueSatisfying(d -> assertThat(d).contains("research"));
  }

  @Test
  void aProfileMustGiveAReasonAndNameRulesTheSetHas() {
    assertThatThrownBy(() -> new Profile.Builder().name("p").putNotApplicable("tokenism", " ")
        .build()).hasMessage("profile 'p' makes rule tokenism not applicable without a reason");
    assertThatThrownBy(() -> new Profile.Builder().name("p").addDisabled("tokenism")
        .putNotApplicable("tokenism", "why").build())
        .hasMessageContaining("both disables rule tokenism and makes it not applicable");
    assertThatThrownBy(() -> Assessor.builder().profile(new Profile.Builder().name("p")
        .putNotApplicable("no-such-rule", "why").build()).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("makes it not applicable");
    assertThat(Set.copyOf(Profile.research().notApplicable().values())).hasSize(1);
  }
}
