package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.CauseKind;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
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
 * evidence that an element is met: these rules pass for no element. The rules' texts are in
 * {@code rule-texts.properties}, their messages in {@code event.properties}.
 */
final class EventRules {

  private EventRules() {}

  /** Nothing recorded as happening is not evidence that nothing happened. */
  private static final Outcome NO_EVENTS =
      Outcome.notApplicable(Message.of("event.no-events")).within(Set.of());

  static final Rule PERSON_HARMED = Rule.of(
      describe("person-harmed", Severity.CRITICAL, List.of("S3.5", "C4"), List.of("C4.4", "C4.2")),
      input -> events(input.initiative(), true));

  static final Rule SOMETHING_GOT_IN_THE_WAY = Rule.of(
      describe("something-got-in-the-way", Severity.MAJOR, List.of("S1.2", "C4"),
          List.of("C4.2", "C6.1")),
      input -> events(input.initiative(), false));

  static final Rule SYSTEMS_CHECKED_BUT_IN_THE_WAY = Rule.of(
      describe("systems-checked-but-in-the-way", Severity.MAJOR, List.of("S1.2", "C4"),
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
          .text(sentence(event, e))
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
      return Outcome.notApplicable(Message.of("event.systems-not-checked")).within(Set.of());
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("/arrangements/systemsReviewed", "present"));
    List<Message> what = new ArrayList<>();
    List<Event> events = initiative.events();
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      if (event.cause().map(c -> c.kind() == CauseKind.INSTITUTIONAL_SYSTEM).orElse(false)) {
        evidence.add(Evidence.of("/events/" + e, kind(event)));
        what.add(when(event, "event.kind."));
      }
    }
    if (what.isEmpty()) {
      return Outcome.pass().within(Set.of());
    }
    // "a; b; c": each event joined to the rest, from the last.
    Message joined = what.get(what.size() - 1);
    for (int n = what.size() - 2; n >= 0; n--) {
      joined = Message.of("event.then", what.get(n), joined);
    }
    return Outcome.gap(Message.of("systems-checked-but-in-the-way.gap", joined),
        evidence.toArray(Evidence[]::new));
  }

  /**
   * "A delay on 2024-05-01, caused by an institutional system, affected PR1 (event 1, bearing
   * on S1.2)."
   */
  private static Message sentence(Event event, int index) {
    Message when = when(event, "event.kind-first.");
    Message elements = Message.list(event.bearsOn());
    Message cause = event.cause().map(c -> {
      Message kind = Message.of("event.cause." + c.kind().name());
      return c.role().map(r -> Message.of("event.cause-with-role", kind, Subjects.kebab(r)))
          .orElse(kind);
    }).orElse(null);
    if (event.affected().isEmpty()) {
      return cause == null ? Message.of("event.sentence", when, index + 1, elements)
          : Message.of("event.sentence.caused", when, index + 1, elements, cause);
    }
    Message affected = Message.list(event.affected());
    return cause == null
        ? Message.of("event.sentence.affected", when, index + 1, elements, "", affected)
        : Message.of("event.sentence.caused-affected", when, index + 1, elements, cause, affected);
  }

  /**
   * What happened and when, as {@link Event#summary()} says it in English, its kind words keyed
   * {@code prefix + kind}. EventWeight says an event the same way, with the same keys.
   */
  private static Message when(Event event, String prefix) {
    Message what = Message.of(prefix + event.kind().name());
    if (event.date().isEmpty()) {
      return Message.of("event.when.undated", what);
    }
    String from = event.date().get().toString();
    if (event.until().isPresent() && !event.until().get().equals(event.date().get())) {
      return Message.of("event.when.from-to", what, from, event.until().get().toString());
    }
    return Message.of("event.when.on", what, from);
  }

  private static String kind(Event event) {
    return event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static List<Rule> all() {
    return List.of(PERSON_HARMED, SOMETHING_GOT_IN_THE_WAY, SYSTEMS_CHECKED_BUT_IN_THE_WAY);
  }
}
