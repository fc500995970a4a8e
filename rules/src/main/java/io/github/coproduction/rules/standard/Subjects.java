package io.github.coproduction.rules.standard;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the standard rules share: pointers, evidence values, the common shapes of a check. */
final class Subjects {

  static final String ABSENT = "absent";
  static final String NOT_RECORDED = "not recorded";

  private static final Optional<Outcome> NO_LIVED_EXPERIENCE = Optional.of(Outcome.notApplicable(
      "No participant is recorded as bringing lived experience."));

  private Subjects() {}

  /**
   * The pointer of a participant, by its place in the initiative. The rules walk the participants
   * by index, so that the index is at hand: searching for it would be quadratic.
   */
  static String participant(int index) {
    return "/participants/" + index;
  }

  static String value(Fact fact) {
    return switch (fact) {
      case PRESENT -> "present";
      case ABSENT -> ABSENT;
      case NOT_RECORDED -> NOT_RECORDED;
    };
  }

  static String refs(List<Participant> participants) {
    return participants.stream().map(Participant::ref).sorted().collect(Collectors.joining(", "));
  }

  /** Not applicable when nobody brings lived experience, or empty when someone does. */
  static Optional<Outcome> unlessLivedExperience(Initiative i) {
    return anyLivedExperience(i) ? Optional.empty() : NO_LIVED_EXPERIENCE;
  }

  /** Whether any participant brings lived experience; stops at the first who does. */
  static boolean anyLivedExperience(Initiative i) {
    for (Participant p : i.participants()) {
      if (p.hasLivedExperience()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The common check of an arrangement: present passes, absent is a gap, not recorded is said.
   *
   * @param provision the arrangement
   * @param pointer where it is in the initiative
   * @param absent the message for a gap; its first sentence names the subject
   * @param notRecorded the message when nothing is recorded
   */
  static Outcome provision(Provision provision, String pointer, String absent,
      String notRecorded) {
    return switch (provision.fact()) {
      case PRESENT -> Outcome.pass();
      case ABSENT -> Outcome.gap(absent, Evidence.of(pointer, ABSENT));
      case NOT_RECORDED -> Outcome.notRecorded(notRecorded, Evidence.of(pointer, NOT_RECORDED));
    };
  }

  /** A rule that checks one arrangement: present passes, absent is a gap. */
  static Rule arrangement(RuleDescriptor descriptor, Function<Arrangements, Provision> get,
      String field, String absent, String notRecorded) {
    return Rule.of(descriptor, input -> provision(get.apply(input.initiative().arrangements()),
        "/arrangements/" + field, absent, notRecorded));
  }

  /** The same as {@link #provision} for a plain fact. */
  static Outcome fact(Fact fact, String pointer, String absent, String notRecorded) {
    return switch (fact) {
      case PRESENT -> Outcome.pass();
      case ABSENT -> Outcome.gap(absent, Evidence.of(pointer, ABSENT));
      case NOT_RECORDED -> Outcome.notRecorded(notRecorded, Evidence.of(pointer, NOT_RECORDED));
    };
  }
}
