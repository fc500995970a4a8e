package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A profile or a set of waivers that silences rules cannot make an assessment sound: what nothing
 * judged is "not assessed", never met, and the summary names it beside the verdict.
 */
class SilencedRulesTest {

  private static final Initiative EXEMPLARY = Generators.exemplary();

  @Test
  void theExemplaryInitiativeIsSoundWithEveryElementJudged() {
    Summary s = Assessor.standard().assess(EXEMPLARY, Inputs.ASSESSED_ON).summary();
    assertThat(s.verdict()).isEqualTo(Verdict.SOUND);
    assertThat(s.notAssessed()).isEmpty();
    assertThat(s.disabled()).isZero();
  }

  @Test
  void aProfileNamedDefaultThatDisablesEveryRuleIsNotSound() {
    Profile silent = new Profile.Builder().name("default")
        .addAllDisabled(RuleSet.standard().descriptors().stream().map(RuleDescriptor::id).toList()).build();
    Assessment a = Assessor.builder().profile(silent).build().assess(EXEMPLARY,
        Inputs.ASSESSED_ON);
    assertThat(a.findings()).isEmpty();
    assertThat(a.elements()).allSatisfy(e ->
        assertThat(e.status()).isEqualTo(ElementStatus.NOT_ASSESSED));
    assertThat(a.summary().disabled()).isEqualTo(RuleSet.standard().rules().size());
    assertThat(a.summary().notAssessed()).hasSize(24);
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void waiversForEveryRuleLeaveTheWaivedElementsNotAssessed() {
    Initiative bare = Inputs.running().build();
    Assessor.Builder b = Assessor.builder();
    for (RuleDescriptor d : RuleSet.standard().descriptors()) {
      String id = d.id();
      b.addWaiver(new Waiver.Builder().rule(id).justification("accepted")
          .expires(LocalDate.parse("2199-12-31")).build());
    }
    Assessment a = b.build().assess(bare, Inputs.ASSESSED_ON);
    assertThat(a.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.isWaived()).isTrue());
    assertThat(a.summary().gaps()).isZero();
    assertThat(a.summary().notRecorded()).isZero();
    assertThat(a.elements()).noneSatisfy(e ->
        assertThat(e.status()).isEqualTo(ElementStatus.MET));
    assertThat(a.summary().notAssessed()).isNotEmpty();
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aWaivedGapBesideAPassStillLeavesTheElementMet() {
    // S2.3 is served by the ground-rules rule and others that pass for the exemplar; waiving a
    // rule that found nothing changes nothing.
    Assessment a = Assessor.builder().addWaiver(new Waiver.Builder().rule("no-ground-rules")
        .justification("accepted").expires(LocalDate.parse("2199-12-31")).build()).build()
        .assess(EXEMPLARY, Inputs.ASSESSED_ON);
    assertThat(a.summary().verdict()).isEqualTo(Verdict.SOUND);
    assertThat(a.summary().notAssessed()).isEmpty();
  }

  @Test
  void disablingEveryRuleOfOneElementNamesThatElementAndOnlyIt() {
    Profile.Builder pilot = new Profile.Builder().name("pilot");
    RuleSet.standard().rulesFor("S2.3").forEach(r -> pilot.addDisabled(r.descriptor().id()));
    Assessment a = Assessor.builder().profile(pilot.build()).build().assess(EXEMPLARY,
        Inputs.ASSESSED_ON);
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.NOT_ASSESSED);
    assertThat(a.summary().notAssessed()).contains("S2.3");
    assertThat(a.summary().disabled()).isEqualTo(RuleSet.standard().rulesFor("S2.3").size());
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
  }
}
