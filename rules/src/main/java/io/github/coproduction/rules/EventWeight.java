package io.github.coproduction.rules;

import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.Initiative;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What happened weighs on the gaps it bears on: a gap on an element a recorded event bears on is
 * at least major, critical where a person was harmed, and ranks first among gaps of its severity.
 * The findings about the events themselves (those whose evidence points into {@code /events}) are
 * left as their rules made them.
 */
final class EventWeight {

  private EventWeight() {}

  /**
   * Raises, in place, the gaps that recorded events bear on, adding to each message, in the
   * locale of {@code messages}, what happened.
   */
  static void raise(List<Finding> findings, Initiative initiative, Messages messages) {
    List<Event> events = initiative.events();
    if (events.isEmpty()) {
      return;
    }
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.status() != FindingStatus.GAP || isAboutEvents(f)) {
        continue;
      }
      Set<String> elements = new HashSet<>(f.elements());
      List<String> pointers = new ArrayList<>();
      List<Message> what = new ArrayList<>();
      boolean harmed = false;
      for (int e = 0; e < events.size(); e++) {
        Event event = events.get(e);
        if (event.bearsOn().stream().anyMatch(elements::contains)) {
          pointers.add("/events/" + e);
          what.add(describe(event));
          harmed |= event.harmsPerson();
        }
      }
      if (pointers.isEmpty()) {
        continue;
      }
      Severity floor = harmed ? Severity.CRITICAL : Severity.MAJOR;
      Severity raised = f.severity().isAtLeast(floor) ? f.severity() : floor;
      Message because = Message.list(what);
      String message = raised == f.severity()
          ? messages.format("event-weight.bears-on", f.message(), because)
          : messages.format("event-weight.raised", f.message(),
              Message.of("severity." + raised.name()), because);
      findings.set(i, new Finding.Builder().from(f).severity(raised)
          .message(message).raisedBy(pointers).build());
    }
  }

  /** Whether a finding is about recorded events themselves. */
  static boolean isAboutEvents(Finding f) {
    return f.evidence().stream().anyMatch(ev -> ev.pointer().startsWith("/events/"));
  }

  /**
   * What happened and when, as {@link Event#summary()} says it in English; the standard event
   * rules say an event the same way, with the same keys ({@code event.when.*}).
   */
  static Message describe(Event event) {
    Message what = Message.of("event.kind." + event.kind().name());
    if (event.date().isEmpty()) {
      return Message.of("event.when.undated", what);
    }
    String from = event.date().get().toString();
    if (event.until().isPresent() && !event.until().get().equals(event.date().get())) {
      return Message.of("event.when.from-to", what, from, event.until().get().toString());
    }
    return Message.of("event.when.on", what, from);
  }

  /** 0 for gaps raised by events, 1 for findings about events, 2 for the rest. */
  static int rank(Finding f) {
    if (f.isRaisedByEvents()) {
      return 0;
    }
    return isAboutEvents(f) ? 1 : 2;
  }
}
