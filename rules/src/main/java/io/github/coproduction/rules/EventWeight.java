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

  /** Raises, in place, the gaps that recorded events bear on. */
  static void raise(List<Finding> findings, Initiative initiative) {
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
      List<String> what = new ArrayList<>();
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
      String because = String.join(", ", what);
      String note = raised == f.severity()
          ? " What happened bears on it: " + because + "."
          : " Raised to " + raised.label() + " by what happened: " + because + ".";
      findings.set(i, new Finding.Builder().from(f).severity(raised)
          .message(f.message() + note).raisedBy(pointers).build());
    }
  }

  /** Whether a finding is about recorded events themselves. */
  static boolean isAboutEvents(Finding f) {
    return f.evidence().stream().anyMatch(ev -> ev.pointer().startsWith("/events/"));
  }

  static String describe(Event event) {
    return event.summary();
  }

  /** 0 for gaps raised by events, 1 for findings about events, 2 for the rest. */
  static int rank(Finding f) {
    if (f.isRaisedByEvents()) {
      return 0;
    }
    return isAboutEvents(f) ? 1 : 2;
  }
}
