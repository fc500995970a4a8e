package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;
import static io.github.coproduction.rules.standard.Subjects.participant;
import static io.github.coproduction.rules.standard.Subjects.refs;

import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lived experience, power and decisions (S1.1, S2.7, S3.3, S3.7), the vision (C1), one-offs. */
final class PeopleRules {

  private static final Set<Role> LIVED_EXPERIENCE_ROLES = EnumSet.of(Role.SERVICE_USER,
      Role.CARER, Role.USER_LED_ORGANISATION, Role.PEER_SUPPORT_GROUP);

  private PeopleRules() {}

  static final Rule NO_LIVED_EXPERIENCE = Rule.of(describe(
      "no-lived-experience",
      "No lived experience",
      "No participant brings lived experience as a service user or carer",
      Severity.MAJOR,
      List.of("S3.7", "S3.3", "C4"),
      "Co-production brings service users, carers and staff together as equals: without people"
          + " with lived experience there is nobody to co-produce with.",
      "Invest in, support and encourage service users, carers, their organisations and"
          + " independent peer support groups to take part as equals.",
      List.of("C4.1")),
      PeopleRules::noLivedExperience);

  static final Rule TOKENISM = Rule.of(describe(
      "tokenism",
      "Lived experience outside every decision",
      "Participants with lived experience take part but sit outside every decision",
      Severity.MAJOR,
      List.of("S2.7", "S1.1", "S3.3"),
      "The framework asks for the defining and the decision-making to be shared; involving people"
          + " without a say in decisions is tokenism, not co-production.",
      "Bring people with lived experience into the places where decisions are made, with an equal"
          + " say, and make co-production the core way of working rather than a tokenistic"
          + " exercise.",
      List.of("C4.1", "C3.6")),
      PeopleRules::tokenism);

  static final Rule PROBLEM_DEFINED_WITHOUT_LIVED_EXPERIENCE = Rule.of(describe(
      "problem-defined-without-lived-experience",
      "Problem defined without lived experience",
      "The problem was defined without service users or carers",
      Severity.MAJOR,
      List.of("S2.7", "S1.1"),
      "Who defines the problem holds power over everything that follows; the framework asks for"
          + " the defining to be shared.",
      "Bring service users, carers and their organisations together with staff to define the"
          + " problem before solutions are chosen.",
      List.of("C1.1", "C4.1")),
      PeopleRules::problemDefinition);

  static final Rule VISION_NOT_INFORMED_BY_LIVED_EXPERIENCE = Rule.of(describe(
      "vision-not-informed-by-lived-experience",
      "Vision not informed by lived experience",
      "The vision and strategy are not informed by service user and carer realities",
      Severity.MAJOR,
      List.of("C1", "S3.7"),
      "The vision and related plans must be informed by front line staff, service user and carer"
          + " realities and lived experiences.",
      "Revisit the vision and plans with service users, carers and front line staff, and address"
          + " the persistent challenges they name.",
      List.of("C1.2")),
      input -> Subjects.fact(input.initiative().vision().informedByLivedExperience(),
          "/vision/informedByLivedExperience",
          "The vision and strategy the initiative serves are recorded as not informed by service"
              + " user and carer realities and lived experiences.",
          "Whether the vision and strategy are informed by lived experience is not recorded."));

  static final Rule VISION_NOT_CO_PRODUCED = Rule.of(describe(
      "vision-not-co-produced",
      "Vision not co-produced",
      "The local vision and strategy were not co-produced",
      Severity.MINOR,
      List.of("C1"),
      "The framework's first change is a clear shared vision and strategy, co-produced with"
          + " service users, carers and their organisations and staff.",
      "Bring people together to develop the local vision and strategy with service users, carers,"
          + " their organisations and staff.",
      List.of("C1.1")),
      input -> Subjects.fact(input.initiative().vision().coProduced(), "/vision/coProduced",
          "The vision and strategy the initiative serves are recorded as not co-produced.",
          "Whether the vision and strategy were co-produced is not recorded."));

  static final Rule ONE_OFF_EXERCISE = Rule.of(describe(
      "one-off-exercise",
      "One-off exercise",
      "Co-production is a one-off exercise rather than the way of working",
      Severity.MAJOR,
      List.of("C3", "C2"),
      "The framework asks that people understand co-production as the core way of working, not a"
          + " 'one-off' or tokenistic exercise.",
      "Plan how co-production continues after this activity, and send a consistent message that"
          + " it is the core way of working.",
      List.of("C3.6", "C2.1")),
      input -> {
        Recorded<Continuity> c = input.initiative().continuity();
        if (c.isNotRecorded()) {
          return Outcome.notRecorded("Whether co-production continues beyond this initiative is"
              + " not recorded.", Evidence.of("/continuity", NOT_RECORDED));
        }
        if (c.isAbsent() || c.get() == Continuity.ONE_OFF) {
          return Outcome.gap("The initiative is a one-off exercise: co-production is not recorded"
              + " as continuing beyond it.",
              Evidence.of("/continuity", c.isAbsent() ? ABSENT : Subjects.kebab(c.get())));
        }
        return Outcome.pass();
      });

  static List<Rule> all() {
    return List.of(NO_LIVED_EXPERIENCE, TOKENISM, PROBLEM_DEFINED_WITHOUT_LIVED_EXPERIENCE,
        VISION_NOT_INFORMED_BY_LIVED_EXPERIENCE, VISION_NOT_CO_PRODUCED, ONE_OFF_EXERCISE);
  }

  private static Outcome noLivedExperience(RuleInput input) {
    Initiative i = input.initiative();
    if (i.participants().isEmpty()) {
      return Subjects.PARTICIPANTS_NOT_RECORDED;
    }
    if (Subjects.anyLivedExperience(i)) {
      return Outcome.pass();
    }
    for (Participant p : i.participants()) {
      if (p.livedExperience().isNotRecorded()) {
        return Subjects.livedExperienceNotRecorded(i);
      }
    }
    return Outcome.gap("The initiative has no participant with lived experience: all "
        + i.participants().size() + " participants are recorded without it.",
        Evidence.of("/participants", i.participants().size() + " participants, none with lived"
            + " experience"));
  }

  private static Outcome tokenism(RuleInput input) {
    Initiative i = input.initiative();
    Optional<Outcome> na = Subjects.unlessLivedExperience(i);
    if (na.isPresent()) {
      return na.get();
    }
    List<Participant> participants = i.participants();
    List<Participant> lived = new ArrayList<>();
    List<Integer> livedAt = new ArrayList<>();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (p.hasLivedExperience()) {
        if (p.decisionMaker() == Fact.PRESENT || decides(i, p)) {
          return Outcome.pass();
        }
        lived.add(p);
        livedAt.add(n);
      }
    }
    List<Participant> unknown = new ArrayList<>();
    List<Evidence> unknownEvidence = new ArrayList<>();
    for (int k = 0; k < lived.size(); k++) {
      if (lived.get(k).decisionMaker() == Fact.NOT_RECORDED) {
        unknown.add(lived.get(k));
        unknownEvidence.add(Evidence.of(participant(livedAt.get(k)) + "/decisionMaker",
            NOT_RECORDED));
      }
    }
    if (!unknown.isEmpty()) {
      return Outcome.notRecorded("Whether participants with lived experience sit where decisions"
          + " are made is not recorded for " + refs(unknown) + ".",
          unknownEvidence.toArray(Evidence[]::new));
    }
    Evidence[] absent = new Evidence[lived.size()];
    for (int k = 0; k < lived.size(); k++) {
      absent[k] = Evidence.of(participant(livedAt.get(k)) + "/decisionMaker", ABSENT);
    }
    return Outcome.gap("Lived experience sits outside every decision: none of the "
        + lived.size() + " participants with lived experience (" + refs(lived)
        + ") is where decisions are made.", absent);
  }

  private static boolean decides(Initiative i, Participant p) {
    for (Decision d : i.power().decisions()) {
      if (d.madeBy().contains(p.ref())) {
        return true;
      }
    }
    return false;
  }

  private static Outcome problemDefinition(RuleInput input) {
    Recorded<Set<Role>> by = input.initiative().power().problemDefinedBy();
    String pointer = "/power/problemDefinedBy";
    if (by.isNotRecorded()) {
      return Outcome.notRecorded("Who defined the problem the initiative addresses is not"
          + " recorded.", Evidence.of(pointer, NOT_RECORDED));
    }
    if (by.isAbsent()) {
      return Outcome.gap("The problem the initiative addresses was defined without service users"
          + " or carers.", Evidence.of(pointer, ABSENT));
    }
    if (by.get().stream().noneMatch(LIVED_EXPERIENCE_ROLES::contains)) {
      return Outcome.gap("The problem the initiative addresses was defined by "
          + by.get().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_',
              ' ')).reduce((a, b) -> a + ", " + b).orElse("")
          + " only, without service users or carers.", Evidence.of(pointer, by.get().stream().map(Subjects::kebab)
              .collect(java.util.stream.Collectors.joining(", ", "[", "]"))));
    }
    return Outcome.pass();
  }
}
