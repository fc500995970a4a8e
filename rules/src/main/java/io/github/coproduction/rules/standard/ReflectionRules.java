package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.List;

/** Reflection (C6) and learning (S3.2). */
final class ReflectionRules {

  private ReflectionRules() {}

  static final Rule NO_REFLECTION_AFTER = Rule.of(describe(
      "no-reflection-after-activity",
      "No reflection after the activity",
      "A finished activity has no reflection on the process and its outcome",
      Severity.MINOR,
      List.of("C6", "S3.2"),
      "The framework asks everyone involved to reflect on their experiences: what worked and did"
          + " not, what changed during the process, and the final outcome.",
      "Reflect together on what worked and did not, what changed, and the final outcome.",
      List.of("C6.1")),
      input -> input.initiative().stage() != Stage.FINISHED
          ? Outcome.notApplicable("The activity has not finished.")
          : reflection(input, Phase.AFTER, "The finished initiative"));

  static final Rule NO_REFLECTION_DURING = Rule.of(describe(
      "no-reflection-during-activity",
      "No reflection during the activity",
      "Nobody stops to reflect while the activity runs",
      Severity.ADVISORY,
      List.of("S3.2", "C6"),
      "Learning, reflection and making mistakes are conditions of working together; reflecting"
          + " during the process shows what is working, what is not and what is changing.",
      "Stop at agreed points during the activity to reflect together on what is working and not.",
      List.of("C6.1")),
      input -> input.initiative().stage() == Stage.PLANNING
          ? Outcome.notApplicable("The activity has not started.")
          : reflection(input, Phase.DURING, "The initiative"));

  static List<Rule> all() {
    return List.of(NO_REFLECTION_AFTER, NO_REFLECTION_DURING);
  }

  private static Outcome reflection(RuleInput input, Phase phase, String subject) {
    Initiative i = input.initiative();
    var reflections = i.reflections();
    if (reflections.isNotRecorded()) {
      return Outcome.notRecorded(subject + "'s reflections are not recorded.",
          Evidence.of("/reflections", NOT_RECORDED));
    }
    if (reflections.isAbsent()) {
      return Outcome.gap(subject + " records no reflection.", Evidence.of("/reflections",
          ABSENT));
    }
    if (reflections.get().stream().noneMatch(r -> r.phase() == phase)) {
      return Outcome.gap(subject + " records no reflection " + phase.title() + " the activity.",
          Evidence.of("/reflections", reflections.get().size() + " reflections, none "
              + phase.title() + " the activity"));
    }
    return Outcome.pass();
  }
}
