package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.RecordedFact;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reflection (C6) and learning (S3.2), judged by substance: reflection counts whenever it took
 * place, during the work, after it or as a recurring practice, and who took part matters. The
 * rules' texts are in {@code rule-texts.properties}, their messages in
 * {@code reflection.properties}.
 */
final class ReflectionRules {

  private static final String REFLECTIONS = "/reflections";

  private ReflectionRules() {}

  static final Rule NO_REFLECTION_AFTER = Rule.of(
      describe("no-reflection-after-activity", Severity.MINOR, List.of("C6", "S3.2"),
          List.of("C6.1")),
      input -> input.initiative().stage() != Stage.FINISHED
          ? Outcome.notApplicable(Message.of("reflection.not-finished"))
          : reflection(input, "no-reflection-after-activity"));

  static final Rule NO_REFLECTION_DURING = Rule.of(
      describe("no-reflection-during-activity", Severity.ADVISORY, List.of("S3.2"),
          List.of("C6.1")),
      input -> switch (input.initiative().stage()) {
        case PLANNING -> Outcome.notApplicable(Message.of("reflection.not-started"));
        case RUNNING -> reflection(input, "no-reflection-during-activity");
        // Reflection at any point counts once the work is done; its absence is judged by
        // no-reflection-after-activity, never by this advisory.
        case FINISHED -> reflected(input) ? Outcome.pass()
            : Outcome.notApplicable(Message.of("no-reflection-during-activity.finished"));
      });

  static final Rule REFLECTION_WITHOUT_PARTNERS = Rule.of(
      describe("reflection-without-partners", Severity.MINOR, List.of("C6", "S3.2"),
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

  /** The rule's outcome on whether reflection is recorded, its messages keyed by its id. */
  private static Outcome reflection(RuleInput input, String rule) {
    Initiative i = input.initiative();
    Message none = Message.of(rule + ".gap");
    if (i.reflections().isPresent() && i.reflections().get().isEmpty()) {
      return Outcome.gap(none, Evidence.of(REFLECTIONS, Subjects.ABSENT));
    }
    return Subjects.resolved(input, REFLECTIONS, none, Message.of(rule + ".not-recorded"));
  }

  private static Outcome withoutPartners(RuleInput input) {
    Initiative i = input.initiative();
    if (i.stage() == Stage.PLANNING) {
      return Outcome.notApplicable(Message.of("reflection.not-started"));
    }
    RecordedFact reflections = input.fact(REFLECTIONS);
    if (!i.reflections().isPresent() || i.reflections().get().isEmpty()) {
      return Outcome.notApplicable(Message.of(reflections.fromChecklist()
          ? "reflection-without-partners.from-checklist"
          : "reflection-without-partners.none-recorded"));
    }
    var gate = Subjects.unlessLivedExperience(i);
    if (gate.isPresent()) {
      return gate.get();
    }
    List<Reflection> list = i.reflections().get();
    // By the role's word in the record ("service-user"), so that the order is the record's own.
    SortedMap<String, Role> roles = new TreeMap<>();
    List<Evidence> unknown = new java.util.ArrayList<>();
    for (int n = 0; n < list.size(); n++) {
      Reflection r = list.get(n);
      if (r.roles().stream().anyMatch(Role::isLivedExperiencePartner)) {
        return Outcome.pass();
      }
      if (r.roles().isEmpty()) {
        unknown.add(Evidence.of(REFLECTIONS + "/" + n + "/roles", Subjects.NOT_RECORDED));
      }
      r.roles().forEach(role -> roles.put(Subjects.kebab(role), role));
    }
    if (!unknown.isEmpty()) {
      return Outcome.notRecorded(Message.of("reflection-without-partners.not-recorded",
          unknown.size(), list.size()), unknown.toArray(Evidence[]::new));
    }
    Message who = Message.list(roles.values().stream()
        .map(role -> Message.of("role." + role.name())).toList());
    return Outcome.gap(Message.of("reflection-without-partners.gap", list.size(), who),
        Evidence.of(REFLECTIONS, "roles: " + String.join(", ", roles.keySet())));
  }
}
