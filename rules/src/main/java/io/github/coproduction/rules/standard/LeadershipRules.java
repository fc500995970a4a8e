package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/**
 * Leadership and culture: senior support (S1.3), honesty about limits and trust (C2). The rules'
 * texts are in {@code rule-texts.properties}, their messages in {@code leadership.properties}.
 */
final class LeadershipRules {

  private LeadershipRules() {}

  static final Rule NO_SENIOR_SPONSOR =
      Subjects.arrangement("no-senior-sponsor", Severity.MAJOR,
          List.of("S1.3", "C2"), List.of("C2.1", "C2.2"), Arrangement.SENIOR_SPONSOR);

  static final Rule LIMITS_NOT_STATED = Rule.of(
      describe("limits-not-stated", Severity.MINOR, List.of("S2.4", "S3.1", "C2"),
          List.of("C2.3")),
      input -> {
        var stated = input.initiative().power().notOpenToCoproduction();
        String pointer = "/power/notOpenToCoproduction";
        if (stated.isAbsent()) {
          return Outcome.gap(Message.of("limits-not-stated.gap"), Evidence.of(pointer, ABSENT));
        }
        if (stated.isNotRecorded()) {
          return Subjects.resolved(input, pointer, Message.of("limits-not-stated.gap"),
              Message.of("limits-not-stated.not-recorded"));
        }
        List<Integer> staffOnly = input.power().decisionsWithoutPartners();
        if (stated.get().isEmpty() && !staffOnly.isEmpty()
            && !input.power().partners().isEmpty()) {
          // An empty list says everything is open; decisions kept to staff say otherwise.
          List<Evidence> evidence = new java.util.ArrayList<>();
          evidence.add(Evidence.of(pointer, "[]"));
          evidence.addAll(Subjects.madeWithoutPartners(staffOnly));
          return Outcome.gap(Message.of("limits-not-stated.everything-open", staffOnly.size(),
              input.power().decisions()), evidence.toArray(Evidence[]::new));
        }
        return Outcome.pass();
      });

  static final Rule NO_TIME_FOR_TRUST =
      Subjects.arrangement("no-time-for-trust", Severity.MINOR,
          List.of("S2.1", "S3.1", "C2"), List.of("C2.5"), Arrangement.TIME_FOR_TRUST);

  static final Rule NO_IMPACT_EVIDENCE = Rule.of(
      describe("no-impact-evidence", Severity.ADVISORY, List.of("C2"), List.of("C2.4")),
      input -> input.initiative().stage() != Stage.FINISHED
          ? Outcome.notApplicable(Message.of("no-impact-evidence.not-finished"))
          : Subjects.resolved(input, Arrangement.IMPACT_EVIDENCE,
              Message.of("no-impact-evidence.gap"),
              Message.of("no-impact-evidence.not-recorded")));

  /**
   * A rule on one arrangement, its messages keyed {@code <id>.gap} and
   * {@code <id>.not-recorded}.
   */

  static List<Rule> all() {
    return List.of(NO_SENIOR_SPONSOR, LIMITS_NOT_STATED, NO_TIME_FOR_TRUST, NO_IMPACT_EVIDENCE);
  }
}
