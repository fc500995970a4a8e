package io.github.coproduction.rules.report;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import java.time.LocalDate;
import java.util.List;

/**
 * Assessments built finding by finding, as a stored assessment is read back: for the report
 * shapes the standard rules never give together (no finding at all, a gap without a framework
 * action, a missing fact no pointer names, a rule failing without detail).
 */
final class HandBuilt {

  static final LocalDate ON = LocalDate.parse("2026-06-01");

  private HandBuilt() {}

  /** An assessment of the initiative "hand" with these findings, rule results and notices. */
  static Assessment assessment(List<Finding> findings, List<RuleResult> rules,
      List<WaiverNotice> notices) {
    Assessment.Builder b = new Assessment.Builder()
        .initiative("hand")
        .title("Hand-built record")
        .stage(Stage.RUNNING)
        .assessedOn(ON)
        .catalogueVersion("1.0")
        .ruleSet("custom")
        .ruleSetVersion("1")
        .profile("default")
        .addAllFindings(findings)
        .addAllRules(rules)
        .addAllWaiverNotices(notices)
        .ladder(LadderPosition.notRecorded());
    for (var e : Framework.standard().assessedElements()) {
      b.addElements(new ElementAssessment.Builder().element(e.id())
          .status(ElementStatus.MET).build());
    }
    return b.build();
  }

  /** An assessment with these findings, and no rule results or waiver notices. */
  static Assessment assessment(Finding... findings) {
    return assessment(List.of(findings), List.of(), List.of());
  }

  /** An open gap against S2.6, fixed by C4.2 unless no actions are given. */
  static Finding gap(String rule, Severity severity, String... actions) {
    return new Finding.Builder().rule(rule).severity(severity).status(FindingStatus.GAP)
        .message("Gap found by " + rule).addElements("S2.6")
        .addEvidence(Evidence.of("/arrangements/groundRules", "absent"))
        .remedy("Fix what " + rule + " found").addRemedyActions(actions).build();
  }

  /** A finding waiting on a fact: at a pointer, or, with a null pointer, named by the rule. */
  static Finding notRecorded(String rule, Severity severity, String pointer) {
    Finding.Builder b = new Finding.Builder().rule(rule).severity(severity)
        .status(FindingStatus.NOT_RECORDED).message("Cannot judge " + rule).addElements("S1.2")
        .remedy("Record what " + rule + " needs");
    if (pointer != null) {
      b.addEvidence(Evidence.of(pointer, "not recorded"));
    }
    return b.build();
  }

  /** A gap of a rule, waived until 2027. */
  static Finding waived(String rule) {
    Finding f = gap(rule, Severity.MINOR, "C4.2");
    return new Finding.Builder().from(f).waiver(waiver(rule, "2027-01-01")).build();
  }

  static Waiver waiver(String rule, String expires) {
    return new Waiver.Builder().rule(rule).justification("Agreed with the partners")
        .expires(LocalDate.parse(expires)).build();
  }

  /** A rule that failed with an error and said nothing about why. */
  static RuleResult errorWithoutDetail(String rule) {
    return new RuleResult.Builder().rule(rule).status(RuleStatus.ERROR).build();
  }
}
