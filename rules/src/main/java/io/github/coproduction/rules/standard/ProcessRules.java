package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/**
 * Coming together (step 2): purpose, shared values, ground rules, facilitation, systems. The
 * rules' texts are in {@code rule-texts.properties}, their messages in
 * {@code process.properties}.
 */
final class ProcessRules {

  private ProcessRules() {}

  static final Rule NO_CLEAR_PURPOSE = Rule.of(
      describe("no-clear-purpose", Severity.MINOR, List.of("S2.1"), List.of("C5.1")),
      input -> {
        var purpose = input.initiative().purpose();
        if (purpose.isAbsent()) {
          return Outcome.gap(Message.of("no-clear-purpose.gap"),
              Evidence.of("/purpose", ABSENT));
        }
        if (purpose.isNotRecorded()) {
          return Outcome.notRecorded(Message.of("no-clear-purpose.not-recorded"),
              Evidence.of("/purpose", NOT_RECORDED));
        }
        return Outcome.pass();
      });

  static final Rule NO_SHARED_UNDERSTANDING =
      Subjects.arrangement("no-shared-understanding",
          Severity.MINOR, List.of("S2.2", "C5"), List.of("C5.1"), Arrangement.SHARED_UNDERSTANDING);

  static final Rule NO_GROUND_RULES =
      Subjects.arrangement("no-ground-rules", Severity.MINOR,
          List.of("S2.3"), List.of("C5.1"), Arrangement.GROUND_RULES);

  static final Rule NO_FACILITATION =
      Subjects.arrangement("no-facilitation", Severity.MINOR,
          List.of("S2.5", "C5"), List.of("C5.3"), Arrangement.FACILITATION);

  static final Rule SYSTEMS_IN_THE_WAY =
      Subjects.arrangement("systems-in-the-way", Severity.MINOR,
          List.of("S1.2", "C4"), List.of("C4.2"), Arrangement.SYSTEMS_REVIEWED);

  static final Rule PAPERS_NOT_ACCESSIBLE =
      Subjects.arrangement("papers-not-accessible", Severity.MINOR,
          List.of("S1.2", "C4"), List.of("C4.2"), Arrangement.ACCESSIBLE_PAPERS);

  /**
   * A rule on one arrangement, its messages keyed {@code <id>.gap} and
   * {@code <id>.not-recorded}.
   */

  static List<Rule> all() {
    return List.of(NO_CLEAR_PURPOSE, NO_SHARED_UNDERSTANDING, NO_GROUND_RULES, NO_FACILITATION,
        SYSTEMS_IN_THE_WAY, PAPERS_NOT_ACCESSIBLE);
  }
}
