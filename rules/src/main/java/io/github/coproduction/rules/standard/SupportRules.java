package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/**
 * Support for everyone taking part (S3.4 to S3.7, C3 to C5). The rules' texts are in
 * {@code rule-texts.properties}, their messages in {@code support.properties}.
 */
final class SupportRules {

  private SupportRules() {}

  static final Rule NO_EMOTIONAL_SUPPORT = Rule.of(
      describe("no-emotional-support", Severity.CRITICAL, List.of("S3.5", "C4"),
          List.of("C4.4")),
      input -> Subjects.unlessLivedExperience(input.initiative()).orElseGet(() ->
          Subjects.resolved(input, Arrangement.EMOTIONAL_SUPPORT,
              Message.of("no-emotional-support.gap"),
              Message.of("no-emotional-support.not-recorded"))));

  static final Rule FIXED_TIMETABLE =
      Subjects.arrangement("fixed-timetable", Severity.MINOR,
          List.of("S3.4", "C4"), List.of("C4.3"), Arrangement.TIMETABLE_FLEXIBILITY);

  static final Rule NO_TRAINING =
      Subjects.arrangement("no-training", Severity.MINOR,
          List.of("C5", "S3.6", "S3.7"), List.of("C5.2", "C5.3"),
          Arrangement.TRAINING_AND_DEVELOPMENT);

  static final Rule STAFF_CONCERNS_UNHEARD =
      Subjects.arrangement("staff-concerns-unheard",
          Severity.MINOR, List.of("S3.6", "C3"), List.of("C3.1", "C3.2"),
          Arrangement.STAFF_CONCERNS_HEARD);

  static final Rule NO_CHAMPIONS =
      Subjects.arrangement("no-champions", Severity.ADVISORY, List.of("C3"),
          List.of("C3.4"), Arrangement.CHAMPIONS);


  static List<Rule> all() {
    return List.of(NO_EMOTIONAL_SUPPORT, FIXED_TIMETABLE, NO_TRAINING, STAFF_CONCERNS_UNHEARD,
        NO_CHAMPIONS);
  }
}
