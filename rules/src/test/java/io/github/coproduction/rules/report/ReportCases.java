package io.github.coproduction.rules.report;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import java.util.List;

/**
 * Small assessments made to order, for the report tests that need a case the realistic fixtures
 * do not hold: only minor gaps, nothing missing, a fact with no element, a long rule id. Each is
 * the bare assessment of {@link ReportFixtures#bareAssessment()} with its findings replaced, so
 * that the summary and the missing facts follow from the findings given.
 */
final class ReportCases {

  private ReportCases() {}

  /** An open gap of a rule, bearing on the elements given. */
  static Finding gap(String rule, Severity severity, String message, String... elements) {
    return new Finding.Builder().rule(rule).severity(severity).status(FindingStatus.GAP)
        .message(message).addElements(elements).remedy("Put it right.").build();
  }

  /** A finding that waits on a fact the rule names (no pointer), bearing on the elements given. */
  static Finding notRecorded(String rule, Severity severity, String message,
      String... elements) {
    return new Finding.Builder().rule(rule).severity(severity)
        .status(FindingStatus.NOT_RECORDED).message(message).addElements(elements)
        .remedy("Record it.").build();
  }

  /** A finding that waits on a fact at a pointer. */
  static Finding notRecordedAt(String rule, Severity severity, String pointer,
      String... elements) {
    return new Finding.Builder().rule(rule).severity(severity)
        .status(FindingStatus.NOT_RECORDED).message("Something is not recorded.")
        .addElements(elements).addEvidence(Evidence.of(pointer, "not recorded"))
        .remedy("Record it.").build();
  }

  /** The bare assessment with these findings in place of its own. */
  static Assessment with(Finding... findings) {
    return new Assessment.Builder().from(ReportFixtures.bareAssessment())
        .findings(List.of(findings)).build();
  }

  /** The bare assessment with these findings and this ladder position. */
  static Assessment withLadder(Recorded<LadderRung> current, Recorded<LadderRung> target) {
    return new Assessment.Builder().from(ReportFixtures.bareAssessment())
        .ladder(new LadderPosition.Builder().current(current).target(target).build()).build();
  }
}
