package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.RecordedFact;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reflection (C6) and learning (S3.2), judged by substance: reflection counts whenever it took
 * place, during the work, after it or as a recurring practice, and who took part matters.
 */
final class ReflectionRules {

  private static final String REFLECTIONS = "/reflections";

  private ReflectionRules() {}

  static final Rule NO_REFLECTION_AFTER = Rule.of(describe(
      "no-reflection-after-activity",
      "No reflection on the activity",
      "A finished activity records no reflection on the process and its outcome, at any point",
      Severity.MINOR,
      List.of("C6", "S3.2"),
      "The framework asks everyone involved to reflect on their experiences: what worked and did"
          + " not, what changed during the process, and the final outcome. Reflection counts"
          + " whenever it took place.",
      "Reflect together on what worked and did not, what changed, and the final outcome.",
      List.of("C6.1")),
      input -> input.initiative().stage() != Stage.FINISHED
          ? Outcome.notApplicable("The activity has not finished.")
          : reflection(input, "The finished initiative"));

  static final Rule NO_REFLECTION_DURING = Rule.of(describe(
      "no-reflection-during-activity",
      "No reflection during the activity",
      "Nobody has stopped to reflect while the activity runs",
      Severity.ADVISORY,
      List.of("S3.2"),
      "Learning, reflection and making mistakes are conditions of working together; reflecting"
          + " during the process shows what is working, what is not and what is changing. Once"
          + " the activity has finished, reflection at any point is judged instead.",
      "Stop at agreed points during the activity to reflect together on what is working and not.",
      List.of("C6.1")),
      input -> switch (input.initiative().stage()) {
        case PLANNING -> Outcome.notApplicable("The activity has not started.");
        case RUNNING -> reflection(input, "The running initiative");
        // Reflection at any point counts once the work is done; its absence is judged by
        // no-reflection-after-activity, never by this advisory.
        case FINISHED -> reflected(input) ? Outcome.pass()
            : Outcome.notApplicable("The activity has finished: whether anyone reflected is"
                + " judged on its own.");
      });

  static final Rule REFLECTION_WITHOUT_PARTNERS = Rule.of(describe(
      "reflection-without-partners",
      "Reflection without partners",
      "Nobody with lived experience takes part in the reflection",
      Severity.MINOR,
      List.of("C6", "S3.2"),
      "Action C6.1 asks for reflection by all those involved: a reflection held by staff alone"
          + " learns from one side of the partnership.",
      "Reflect together with the service users, carers and other partners with lived"
          + " experience who took part.",
      List.of("C6.1")),
      ReflectionRules::withoutPartners);

  static List<Rule> all() {
    return List.of(NO_REFLECTION_AFTER, NO_REFLECTION_DURING, REFLECTION_WITHOUT_PARTNERS);
  }

  /** Whether the record evidences reflection at some point: recorded, or answered yes. */
  private static boolean reflected(RuleInput input) {
    Initiative i = input.initiative();
    if (i.reflections().isPresent()) {
      return !i.reflections().get().isEmpty();
    }
    return input.fact(REFLECTIONS).fact() == io.github.coproduction.core.initiative.Fact.PRESENT;
  }

  private static Outcome reflection(RuleInput input, String subject) {
    Initiative i = input.initiative();
    if (i.reflections().isPresent() && i.reflections().get().isEmpty()) {
      return Outcome.gap(subject + " records no reflection.", Evidence.of(REFLECTIONS,
          Subjects.ABSENT));
    }
    return Subjects.resolved(input, REFLECTIONS, subject + " records no reflection.",
        subject + "'s reflections are not recorded.");
  }

  private static Outcome withoutPartners(RuleInput input) {
    Initiative i = input.initiative();
    if (i.stage() == Stage.PLANNING) {
      return Outcome.notApplicable("The activity has not started.");
    }
    RecordedFact reflections = input.fact(REFLECTIONS);
    if (!i.reflections().isPresent() || i.reflections().get().isEmpty()) {
      return Outcome.notApplicable(reflections.fromChecklist()
          ? "Reflection is evidenced by a checklist answer, which asks for reflection together."
          : "No reflection is recorded; whether any took place is judged on its own.");
    }
    var gate = Subjects.unlessLivedExperience(i);
    if (gate.isPresent()) {
      return gate.get();
    }
    List<Reflection> list = i.reflections().get();
    Set<String> roles = new TreeSet<>();
    List<Evidence> unknown = new java.util.ArrayList<>();
    for (int n = 0; n < list.size(); n++) {
      Reflection r = list.get(n);
      if (r.roles().stream().anyMatch(Role::isLivedExperiencePartner)) {
        return Outcome.pass();
      }
      if (r.roles().isEmpty()) {
        unknown.add(Evidence.of(REFLECTIONS + "/" + n + "/roles", Subjects.NOT_RECORDED));
      }
      r.roles().forEach(role -> roles.add(Subjects.kebab(role)));
    }
    if (!unknown.isEmpty()) {
      return Outcome.notRecorded("Who took part in " + unknown.size() + " of " + list.size()
          + " reflections is not recorded, and none records a partner with lived experience.",
          unknown.toArray(Evidence[]::new));
    }
    String who = roles.stream().map(role -> role.replace('-', ' '))
        .collect(java.util.stream.Collectors.joining(", "));
    return Outcome.gap((list.size() == 1 ? "The one recorded reflection has no partner"
        : "None of the " + list.size() + " recorded reflections includes a partner")
        + " with lived experience among those reflecting (only " + who + ").",
        Evidence.of(REFLECTIONS, "roles: " + String.join(", ", roles)));
  }
}
