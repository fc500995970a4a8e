package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.CauseKind;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What happened (recorded events): a person harmed or distressed, something that got in the way
 * of the work, and systems recorded as checked that still got in the way. No recorded event is no
 * evidence that an element is met: these rules pass for no element.
 */
final class EventRules {

  private EventRules() {}

  /** Nothing recorded as happening is not evidence that nothing happened. */
  private static final Outcome NO_EVENTS =
      Outcome.notApplicable("No events are recorded.").within(Set.of());

  static final Rule PERSON_HARMED = Rule.of(describe(
      "person-harmed",
      "A person was harmed",
      "A person was harmed or distressed in the course of the work",
      Severity.CRITICAL,
      List.of("S3.5", "C4"),
      "Co-production must not harm the people it depends on; the framework asks for emotional and"
          + " psychological support during the process, and for systems and processes that do not"
          + " get in the way of people becoming co-producers.",
      "Put things right with the people affected: offer emotional and psychological support, find"
          + " out with them what caused the harm, and change it.",
      List.of("C4.4", "C4.2")),
      input -> events(input.initiative(), true));

  static final Rule SOMETHING_GOT_IN_THE_WAY = Rule.of(describe(
      "something-got-in-the-way",
      "Something got in the way",
      "A delay, a late or missing payment, a conflict, a partner leaving or an approval refused"
          + " got in the way of the work",
      Severity.MAJOR,
      List.of("S1.2", "C4"),
      "Institutional systems and processes, decisions and hierarchy can get in the way of people"
          + " becoming co-producers; what actually happened is the evidence of it.",
      "Find out with those affected what got in the way, put it right with them, and change the"
          + " system, decision or practice that caused it.",
      List.of("C4.2", "C6.1")),
      input -> events(input.initiative(), false));

  static final Rule SYSTEMS_CHECKED_BUT_IN_THE_WAY = Rule.of(describe(
      "systems-checked-but-in-the-way",
      "Systems checked but still in the way",
      "Systems were recorded as checked, but an institutional system still got in the way",
      Severity.MAJOR,
      List.of("S1.2", "C4"),
      "Checking systems and processes for barriers is a means, not the end: the framework asks"
          + " that they do not get in the way of people becoming co-producers.",
      "Review the system that got in the way with those it affected, and change it; a check that"
          + " missed it needs redoing.",
      List.of("C4.2")),
      EventRules::checkedButInTheWay);

  private static Outcome events(Initiative initiative, boolean harm) {
    List<Event> events = initiative.events();
    if (events.isEmpty()) {
      return NO_EVENTS;
    }
    List<Observation> found = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      if (event.harmsPerson() != harm) {
        continue;
      }
      found.add(new Observation.Builder()
          .status(io.github.coproduction.rules.FindingStatus.GAP)
          .message(sentence(event, e))
          .addEvidence(Evidence.of("/events/" + e, kind(event)))
          .elements(event.bearsOn())
          .build());
    }
    // Nothing recorded as happening is no evidence that an element is met.
    return found.isEmpty() ? Outcome.pass().within(Set.of()) : Outcome.of(found);
  }

  private static Outcome checkedButInTheWay(io.github.coproduction.rules.RuleInput input) {
    Initiative initiative = input.initiative();
    if (initiative.arrangements().provision(Arrangement.SYSTEMS_REVIEWED).fact()
        != Fact.PRESENT) {
      return Outcome.notApplicable("Systems are not recorded as checked for barriers.")
          .within(Set.of());
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("/arrangements/systemsReviewed", "present"));
    List<String> what = new ArrayList<>();
    List<Event> events = initiative.events();
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      if (event.cause().map(c -> c.kind() == CauseKind.INSTITUTIONAL_SYSTEM).orElse(false)) {
        evidence.add(Evidence.of("/events/" + e, kind(event)));
        what.add(when(event));
      }
    }
    if (what.isEmpty()) {
      return Outcome.pass().within(Set.of());
    }
    return Outcome.gap("The initiative records its systems and processes as checked for"
        + " barriers, but an institutional system still got in the way: "
        + String.join("; ", what) + ".", evidence.toArray(Evidence[]::new));
  }

  /** "On 2024-05-01 a delay caused by an institutional system affected PR1 (event 1, S1.2)." */
  private static String sentence(Event event, int index) {
    StringBuilder s = new StringBuilder();
    s.append(Character.toUpperCase(when(event).charAt(0))).append(when(event).substring(1));
    event.cause().ifPresent(c -> s.append(", caused by ").append(cause(c.kind()))
        .append(c.role().map(r -> " (" + Subjects.kebab(r) + ")").orElse("")));
    if (!event.affected().isEmpty()) {
      s.append(", affected ").append(String.join(", ", event.affected()));
    }
    s.append(" (event ").append(index + 1).append(", bearing on ")
        .append(String.join(", ", event.bearsOn())).append(").");
    return s.toString();
  }

  private static String when(Event event) {
    return event.summary();
  }

  private static String cause(CauseKind kind) {
    return switch (kind) {
      case INSTITUTIONAL_SYSTEM -> "an institutional system";
      case DECISION -> "a decision";
      case ROLE -> "a person's role";
    };
  }

  private static String kind(Event event) {
    return event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static List<Rule> all() {
    return List.of(PERSON_HARMED, SOMETHING_GOT_IN_THE_WAY, SYSTEMS_CHECKED_BUT_IN_THE_WAY);
  }
}
