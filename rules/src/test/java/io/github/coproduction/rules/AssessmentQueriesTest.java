package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an assessment answers about itself: its unwaived findings at or above a severity, the
 * verdict its counts give, and an element or a rule looked up by an id it does not have.
 */
class AssessmentQueriesTest {

  private static final Assessment EXEMPLARY =
      Assessor.standard().assess(Generators.exemplary(), Inputs.ASSESSED_ON);

  private static Finding finding(String rule, Severity severity, FindingStatus status) {
    return new Finding.Builder().rule(rule).severity(severity).status(status)
        .message("Found by " + rule).addElements("S2.6")
        .addEvidence(Evidence.of("/arrangements/groundRules", "absent"))
        .remedy("Fix what " + rule + " found").build();
  }

  private static Finding gap(String rule, Severity severity) {
    return finding(rule, severity, FindingStatus.GAP);
  }

  private static Finding waived(String rule, Severity severity) {
    return new Finding.Builder().from(gap(rule, severity)).waiver(new Waiver.Builder().rule(rule)
        .justification("Agreed with the partners").expires(LocalDate.parse("2027-01-01"))
        .build()).build();
  }

  private static RuleResult result(String rule, RuleStatus status) {
    return new RuleResult.Builder().rule(rule).status(status).build();
  }

  /**
   * The exemplary assessment with these findings and rule results, every element met except
   * those given a status.
   */
  private static Assessment with(List<Finding> findings, List<RuleResult> rules,
      Map<String, ElementStatus> statuses) {
    List<ElementAssessment> elements = new ArrayList<>();
    for (var e : Framework.standard().assessedElements()) {
      elements.add(new ElementAssessment.Builder().element(e.id())
          .status(statuses.getOrDefault(e.id(), ElementStatus.MET)).build());
    }
    return new Assessment.Builder().from(EXEMPLARY).findings(findings).rules(rules)
        .elements(elements).build();
  }

  private static Assessment withFindings(Finding... findings) {
    return with(List.of(findings), List.of(result("no-ground-rules", RuleStatus.PASSED)),
        Map.of());
  }

  @Test
  void findingsAtLeastASeverityLeaveOutLesserAndWaivedOnes() {
    Finding critical = gap("no-senior-sponsor", Severity.CRITICAL);
    Finding waivedMajor = waived("no-ground-rules", Severity.MAJOR);
    Finding majorNotRecorded = finding("unpaid-participant", Severity.MAJOR,
        FindingStatus.NOT_RECORDED);
    Finding minor = gap("no-facilitation", Severity.MINOR);
    Finding advisory = gap("no-champions", Severity.ADVISORY);
    Assessment a = withFindings(critical, waivedMajor, majorNotRecorded, minor, advisory);

    assertThat(a.findingsAtLeast(Severity.CRITICAL)).containsExactly(critical);
    assertThat(a.findingsAtLeast(Severity.MAJOR)).containsExactly(critical, majorNotRecorded);
    assertThat(a.findingsAtLeast(Severity.MINOR))
        .containsExactly(critical, majorNotRecorded, minor);
    assertThat(a.findingsAtLeast(Severity.ADVISORY))
        .containsExactly(critical, majorNotRecorded, minor, advisory);
  }

  @Test
  void nothingFoundEveryElementMetAndNoRuleFailingIsSound() {
    Summary s = withFindings().summary();
    assertThat(s.verdict()).isEqualTo(Verdict.SOUND);
    assertThat(s.notAssessed()).isEmpty();
  }

  @Test
  void anAdvisoryGapAloneLeavesTheVerdictSound() {
    Summary s = withFindings(gap("no-champions", Severity.ADVISORY)).summary();
    assertThat(s.advisory()).isEqualTo(1);
    assertThat(s.verdict()).isEqualTo(Verdict.SOUND);
  }

  @Test
  void anElementWithSomeAspectsUnevidencedMakesTheEvidenceLimited() {
    Assessment a = with(List.of(), List.of(), Map.of("S1.2", ElementStatus.NO_GAP_FOUND));
    assertThat(a.summary().verdict()).isEqualTo(Verdict.LIMITED);
  }

  @Test
  void aFactNotRecordedMakesTheRecordIncomplete() {
    Summary s = withFindings(finding("unpaid-participant", Severity.MAJOR,
        FindingStatus.NOT_RECORDED)).summary();
    assertThat(s.notRecorded()).isEqualTo(1);
    assertThat(s.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aRuleThatFailedMakesTheRecordIncomplete() {
    Summary s = with(List.of(), List.of(result("no-ground-rules", RuleStatus.PASSED),
        result("unpaid-participant", RuleStatus.ERROR)), Map.of()).summary();
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void anElementNotAssessedMakesTheRecordIncompleteAndIsNamed() {
    Summary s = with(List.of(), List.of(), Map.of("C4", ElementStatus.NOT_ASSESSED,
        "S1.2", ElementStatus.NO_GAP_FOUND)).summary();
    assertThat(s.notAssessed()).containsExactly("C4");
    assertThat(s.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aMinorGapOutweighsEverythingElse() {
    Summary s = with(List.of(gap("no-facilitation", Severity.MINOR),
            finding("unpaid-participant", Severity.MAJOR, FindingStatus.NOT_RECORDED)),
        List.of(result("no-facilitation", RuleStatus.ERROR)),
        Map.of("C4", ElementStatus.NOT_ASSESSED)).summary();
    assertThat(s.verdict()).isEqualTo(Verdict.GAPS);
  }

  @Test
  void anElementThatIsNotAssessedIsRefusedByName() {
    assertThat(EXEMPLARY.element("S2.6").element()).isEqualTo("S2.6");
    assertThatThrownBy(() -> EXEMPLARY.element("C4.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'C4.2' is not one of the 18 conditions and 6 changes an assessment gives a"
            + " status to");
  }

  @Test
  void aRuleNotInTheRuleSetIsRefusedByName() {
    assertThat(EXEMPLARY.rule("no-ground-rules").rule()).isEqualTo("no-ground-rules");
    assertThatThrownBy(() -> EXEMPLARY.rule("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule 'no-such-rule' in rule set '" + EXEMPLARY.ruleSet() + "'");
  }
}
