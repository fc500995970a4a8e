package io.github.coproduction.rules.standard;

import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding as an example expects it, field by field: rule, status, severity, the whole message,
 * the evidence (pointer and value), the framework elements and the remedy actions. Built in the
 * style of Error Prone's "BUG: Diagnostic contains", right beside the input.
 *
 * <pre>{@code
 * gap("no-ground-rules", MINOR, "The initiative has no ground rules for group working.")
 *     .at("/arrangements/groundRules", "absent").elements("S2.3").remedy("C5.1")
 * }</pre>
 */
record ExpectedFinding(String rule, FindingStatus status, Severity severity, String message,
    List<Evidence> evidence, List<String> elements, List<String> remedyActions) {

  static ExpectedFinding gap(String rule, Severity severity, String message) {
    return new ExpectedFinding(rule, FindingStatus.GAP, severity, message, List.of(), List.of(),
        List.of());
  }

  static ExpectedFinding notRecorded(String rule, Severity severity, String message) {
    return new ExpectedFinding(rule, FindingStatus.NOT_RECORDED, severity, message, List.of(),
        List.of(), List.of());
  }

  /** What a finding of an assessment says, in the same shape. */
  static ExpectedFinding of(Finding f) {
    return new ExpectedFinding(f.rule(), f.status(), f.severity(), f.message(), f.evidence(),
        f.elements(), f.remedyActions());
  }

  ExpectedFinding at(String pointer, String value) {
    List<Evidence> more = new ArrayList<>(evidence);
    more.add(Evidence.of(pointer, value));
    return new ExpectedFinding(rule, status, severity, message, List.copyOf(more), elements,
        remedyActions);
  }

  ExpectedFinding elements(String... ids) {
    return new ExpectedFinding(rule, status, severity, message, evidence, List.of(ids),
        remedyActions);
  }

  ExpectedFinding remedy(String... actionIds) {
    return new ExpectedFinding(rule, status, severity, message, evidence, elements,
        List.of(actionIds));
  }
}
