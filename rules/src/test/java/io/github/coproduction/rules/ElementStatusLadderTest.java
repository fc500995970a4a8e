package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the results and findings of the rules about one element give its status, rules, aspects
 * and evidenced count: a gap over something not recorded over an error over evidence over
 * findings that are all waived over a rule that does not apply, with waived and unwaived findings
 * of one rule or of several, scopes, and findings about other elements.
 */
class ElementStatusLadderTest {

  private static final Initiative INITIATIVE = Inputs.running().build();
  /** The element the rules below are about. */
  private static final String X = "S2.1";
  /** Another element, which some rules are also about. */
  private static final String Y = "S2.6";
  private static final String WAIVED_POINTER = "/arrangements/budget";
  private static final String OPEN_POINTER = "/arrangements/groundRules";

  private static RuleDescriptor about(String id, String... elements) {
    return new RuleDescriptor.Builder()
        .id(id).name("Rule " + id).summary("A rule for the element roll-up")
        .severity(Severity.MAJOR).addElements(elements)
        .rationale("For the roll-up.").remedy("None.").addRemedyActions("C2.5").build();
  }

  private static Observation gap(String element, String pointer) {
    return new Observation.Builder().status(FindingStatus.GAP).message("A gap about " + element
        + ".").addElements(element).addEvidence(Evidence.of(pointer, "absent")).build();
  }

  /** A rule about the elements given whose findings are the observations given. */
  private static Rule finding(String id, List<String> elements, Observation... observations) {
    return Rule.of(about(id, elements.toArray(String[]::new)),
        input -> Outcome.of(List.of(observations)));
  }

  /** A rule about X with one gap about X, at the pointer the waivers below waive. */
  private static Rule waivedGap(String id) {
    return finding(id, List.of(X), gap(X, WAIVED_POINTER));
  }

  /** A rule about X with one gap about X that no waiver matches. */
  private static Rule openGap(String id) {
    return finding(id, List.of(X), gap(X, OPEN_POINTER));
  }

  private static Rule passing(String id, String... elements) {
    return Rule.of(about(id, elements), input -> Outcome.pass());
  }

  private static Waiver waiverFor(String rule) {
    return new Waiver.Builder().rule(rule).pointer(WAIVED_POINTER)
        .justification("Agreed at the last meeting").expires(LocalDate.parse("2026-12-31"))
        .build();
  }

  private static Assessment assess(Profile profile, List<String> waived, Rule... rules) {
    RuleSet.Builder set = RuleSet.builder().name("ladder").version("1");
    for (Rule r : rules) {
      set.add(r);
    }
    Assessor.Builder assessor = Assessor.builder().ruleSet(set.build()).profile(profile);
    waived.forEach(id -> assessor.addWaiver(waiverFor(id)));
    return assessor.build().assess(INITIATIVE, Inputs.ASSESSED_ON);
  }

  private static Assessment assess(List<String> waived, Rule... rules) {
    return assess(Profile.defaults(), waived, rules);
  }

  private static ElementAssessment expected(String element, ElementStatus status, int aspects,
      int evidenced, String... rules) {
    return new ElementAssessment.Builder().element(element).status(status).addRules(rules)
        .aspects(aspects).evidenced(evidenced).build();
  }

  @Test
  void aGapOfTheSameRuleStandsBesideItsWaivedOne() {
    Rule rule = finding("both", List.of(X), gap(X, WAIVED_POINTER), gap(X, OPEN_POINTER));
    Assessment a = assess(List.of("both"), rule);
    assertThat(a.findings()).extracting(Finding::isWaived).containsExactlyInAnyOrder(true, false);
    assertThat(a.element(X)).isEqualTo(expected(X, ElementStatus.GAP, 1, 0, "both"));
  }

  @Test
  void aRuleWhoseOnlyFindingIsWaivedJudgedNothingForItsElement() {
    Assessment a = assess(List.of("waived"), waivedGap("waived"));
    assertThat(a.rule("waived").status()).isEqualTo(RuleStatus.GAP);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_ASSESSED, 1, 0, "waived"));
  }

  @Test
  void twoRulesWhoseFindingsAreAllWaivedEvidenceNothing() {
    Assessment a = assess(List.of("first", "second"), waivedGap("first"), waivedGap("second"));
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_ASSESSED, 2, 0, "first", "second"));
  }

  @Test
  void aWaivedRuleBesideAnOpenGapIsNotEvidence() {
    Assessment a = assess(List.of("waived"), waivedGap("waived"), openGap("open"));
    assertThat(a.element(X)).isEqualTo(expected(X, ElementStatus.GAP, 2, 0, "waived", "open"));
  }

  @Test
  void twoRulesWithGapsAboutAnElementEvidenceNoneOfIt() {
    Assessment a = assess(List.of(), openGap("first"), openGap("second"));
    assertThat(a.element(X)).isEqualTo(expected(X, ElementStatus.GAP, 2, 0, "first", "second"));
  }

  @Test
  void aRuleWhoseGapIsAboutAnotherElementEvidencesThisOne() {
    Rule elsewhere = finding("elsewhere", List.of(X, Y), gap(Y, OPEN_POINTER));
    Assessment a = assess(List.of(), openGap("open"), elsewhere);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.GAP, 2, 1, "open", "elsewhere"));
    assertThat(a.element(Y)).isEqualTo(expected(Y, ElementStatus.GAP, 1, 0, "elsewhere"));
  }

  @Test
  void aWaivedRuleBesideARuleWithAGapElsewhereFindsNoGap() {
    Rule elsewhere = finding("elsewhere", List.of(X, Y), gap(Y, OPEN_POINTER));
    Assessment a = assess(List.of("waived"), waivedGap("waived"), elsewhere);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NO_GAP_FOUND, 2, 1, "waived", "elsewhere"));
  }

  @Test
  void aWaivedRuleBesideAPassingOneFindsNoGapButIsNotMet() {
    Assessment a = assess(List.of("waived"), waivedGap("waived"), passing("passes", X));
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NO_GAP_FOUND, 2, 1, "waived", "passes"));
  }

  @Test
  void aRuleWhoseFindingsAreAllWaivedOutranksOneThatDoesNotApply() {
    Rule doesNotApply = Rule.of(about("not-here", X),
        input -> Outcome.notApplicable("Nobody is paid."));
    Assessment a = assess(List.of("waived"), waivedGap("waived"), doesNotApply);
    assertThat(a.rule("not-here").status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_ASSESSED, 1, 0, "waived", "not-here"));
  }

  @Test
  void anElementWhoseOnlyRuleDoesNotApplyIsNotApplicable() {
    Rule doesNotApply = Rule.of(about("not-here", X),
        input -> Outcome.notApplicable("Nobody is paid."));
    Assessment a = assess(List.of(), doesNotApply);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_APPLICABLE, 0, 0, "not-here"));
  }

  @Test
  void anElementWhoseOnlyRuleTheProfileMakesNotApplicableIsNotApplicable() {
    Profile profile = new Profile.Builder().name("research")
        .putNotApplicable("profiled", "This is research, not a local service.").build();
    Assessment a = assess(profile, List.of(), passing("profiled", X));
    assertThat(a.rule("profiled").status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_APPLICABLE, 0, 0, "profiled"));
  }

  @Test
  void aDisabledRuleChecksNoAspect() {
    Profile profile = new Profile.Builder().name("pilot").addDisabled("off").build();
    Assessment a = assess(profile, List.of(), passing("off", X), passing("on", X, Y));
    assertThat(a.rule("off").status()).isEqualTo(RuleStatus.DISABLED);
    assertThat(a.element(X)).isEqualTo(expected(X, ElementStatus.MET, 1, 1, "off", "on"));
    Assessment alone = assess(profile, List.of(), passing("off", X));
    assertThat(alone.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_ASSESSED, 0, 0, "off"));
  }

  @Test
  void aRuleInErrorBesideAPassingOneLeavesTheElementNotAssessed() {
    Rule failing = Rule.of(about("fails", X), input -> {
      throw new IllegalStateException("broken");
    });
    Assessment a = assess(List.of(), failing, passing("passes", X, Y));
    assertThat(a.rule("fails").status()).isEqualTo(RuleStatus.ERROR);
    assertThat(a.element(X))
        .isEqualTo(expected(X, ElementStatus.NOT_ASSESSED, 2, 1, "fails", "passes"));
    assertThat(a.element(Y)).isEqualTo(expected(Y, ElementStatus.MET, 1, 1, "passes"));
  }

  @Test
  void aGapOutranksAnError() {
    Rule failing = Rule.of(about("fails", X), input -> {
      throw new IllegalStateException("broken");
    });
    Assessment a = assess(List.of(), failing, openGap("open"));
    assertThat(a.element(X)).isEqualTo(expected(X, ElementStatus.GAP, 2, 0, "fails", "open"));
  }

  @Test
  void aRuleSpeaksOnlyForTheElementsInItsScope() {
    Rule scoped = Rule.of(about("scoped", X, Y), input -> Outcome.pass().within(Set.of(Y)));
    Assessment a = assess(List.of(), scoped);
    assertThat(a.element(X)).isEqualTo(expected(X, ElementStatus.NOT_ASSESSED, 0, 0, "scoped"));
    assertThat(a.element(Y)).isEqualTo(expected(Y, ElementStatus.MET, 1, 1, "scoped"));
  }

  @Test
  void findingsWithTheSameMessageAreOrderedByTheirEvidenceWhateverOrderTheRuleGivesThem() {
    Observation first = gap(X, "/arrangements/budget");
    Observation second = gap(X, "/arrangements/groundRules");
    Assessment forwards = assess(List.of(), finding("twice", List.of(X), first, second));
    Assessment backwards = assess(List.of(), finding("twice", List.of(X), second, first));
    assertThat(backwards.findings()).extracting(f -> f.evidence().get(0).pointer())
        .containsExactly("/arrangements/budget", "/arrangements/groundRules");
    assertThat(backwards).isEqualTo(forwards);
  }
}
