package io.github.coproduction.rules.standard;

import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.RecordedFact;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the standard rules share: pointers, evidence values, the common shapes of a check. */
final class Subjects {

  static final String ABSENT = "absent";
  static final String NOT_RECORDED = "not recorded";

  private static final Optional<Outcome> NO_LIVED_EXPERIENCE = Optional.of(Outcome.notApplicable(
      Message.of("subjects.no-lived-experience")));

  /** Said when the participants list is empty: the record is silent on who takes part. */
  static final Outcome PARTICIPANTS_NOT_RECORDED = Outcome.notRecorded(
      Message.of("subjects.participants-not-recorded"),
      Evidence.of("/participants", NOT_RECORDED));

  private static final Optional<Outcome> NO_PARTICIPANTS = Optional.of(PARTICIPANTS_NOT_RECORDED);

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

  /**
   * An enum constant as an evidence value, in the words the documents use: {@code SERVICE_USER}
   * is {@code "service-user"}, as in the JSON and YAML the initiative was read from.
   */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static String refs(List<Participant> participants) {
    return participants.stream().map(Participant::ref).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Gates a rule about lived-experience partners ({@link Participant#isLivedExperiencePartner()}):
   * empty when someone takes part as a partner, so the rule applies; otherwise why the rule cannot
   * go on. Not applicable only when every participant is recorded as not a partner (staff with
   * lived experience are not partners); not recorded when the participants are not recorded, or
   * when nobody is a partner but for some the record cannot tell. Allocates only in that last
   * case.
   */
  static Optional<Outcome> unlessLivedExperience(Initiative i) {
    List<Participant> participants = i.participants();
    if (participants.isEmpty()) {
      return NO_PARTICIPANTS;
    }
    boolean unknown = false;
    for (Participant p : participants) {
      Fact partner = p.partnership();
      if (partner == Fact.PRESENT) {
        return Optional.empty();
      }
      unknown |= partner == Fact.NOT_RECORDED;
    }
    return unknown ? Optional.of(livedExperienceNotRecorded(i)) : NO_LIVED_EXPERIENCE;
  }

  /**
   * Not recorded, with evidence at each participant for whom the record cannot tell whether they
   * take part as a lived-experience partner; for an initiative where nobody is recorded as a
   * partner and some such participant exists.
   */
  static Outcome livedExperienceNotRecorded(Initiative i) {
    List<Participant> participants = i.participants();
    List<Participant> unknown = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (p.partnership() == Fact.NOT_RECORDED) {
        unknown.add(p);
        evidence.add(Evidence.of(participant(n) + "/livedExperience", NOT_RECORDED));
      }
    }
    return Outcome.notRecorded(Message.of("subjects.lived-experience-not-recorded",
        unknown.size(), participants.size(), refs(unknown)),
        evidence.toArray(Evidence[]::new));
  }

  /** Whether any participant takes part as a lived-experience partner; stops at the first. */
  static boolean anyLivedExperience(Initiative i) {
    for (Participant p : i.participants()) {
      if (p.isLivedExperiencePartner()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Staff with lived experience, said in a finding's message: shown, never counted as partners.
   * Empty when there are none.
   */
  static Message staffWithLivedExperience(Initiative i) {
    List<Participant> staff = new ArrayList<>();
    for (Participant p : i.participants()) {
      if (p.isStaffWithLivedExperience()) {
        staff.add(p);
      }
    }
    return staff.isEmpty() ? Message.literal("")
        : Message.of("subjects.staff-with-lived-experience", refs(staff));
  }

  /** Evidence at each decision the record shows was made without partners. */
  static List<Evidence> madeWithoutPartners(List<Integer> decisions) {
    List<Evidence> evidence = new ArrayList<>(decisions.size());
    for (int d : decisions) {
      evidence.add(Evidence.of("/power/decisions/" + d, "made without partners"));
    }
    return evidence;
  }

  /** Evidence at the decisionMaker flag of each participant named, flagged as present. */
  static List<Evidence> decisionMakerFlags(Initiative i, List<String> refs) {
    List<Evidence> evidence = new ArrayList<>(refs.size());
    List<Participant> participants = i.participants();
    for (int n = 0; n < participants.size(); n++) {
      if (refs.contains(participants.get(n).ref())) {
        evidence.add(Evidence.of(participant(n) + "/decisionMaker", "present"));
      }
    }
    return evidence;
  }

  /**
   * A rule that checks one arrangement: present passes, absent is a gap; where it is not
   * recorded, the checklist answer to it speaks ({@link #resolved}).
   */
  static Rule arrangement(RuleDescriptor descriptor, Arrangement arrangement, Message absent,
      Message notRecorded) {
    return Rule.of(descriptor, input -> resolved(input, arrangement, absent, notRecorded));
  }

  /**
   * A standard rule on one arrangement, its descriptor's texts from {@code rule-texts} and its
   * messages keyed {@code <id>.gap} and {@code <id>.not-recorded}.
   */
  static Rule arrangement(String id, Severity severity, List<String> elements,
      List<String> remedyActions, Arrangement arrangement) {
    return arrangement(Descriptors.describe(id, severity, elements, remedyActions), arrangement,
        Message.of(id + ".gap"), Message.of(id + ".not-recorded"));
  }

  /** The common check of a plain fact: present passes, absent is a gap, not recorded is said. */
  static Outcome fact(Fact fact, String pointer, Message absent, Message notRecorded) {
    return switch (fact) {
      case PRESENT -> Outcome.pass();
      case ABSENT -> Outcome.gap(absent, Evidence.of(pointer, ABSENT));
      case NOT_RECORDED -> Outcome.notRecorded(notRecorded, Evidence.of(pointer, NOT_RECORDED));
    };
  }

  /**
   * The common check of one fact read with the checklist ({@link RuleInput#fact(String)}): the
   * structured field decides when recorded; otherwise a "yes" passes, a "no" is the same gap as a
   * recorded absence, cited at the answer, and a "partly" is that gap one step milder.
   *
   * @param absent the message for a gap; its first sentence names the subject
   * @param notRecorded the message when nothing is recorded or answered
   */
  static Outcome resolved(RuleInput input, String pointer, Message absent, Message notRecorded) {
    RecordedFact f = input.fact(pointer);
    if (f.recorded().isRecorded()) {
      return fact(f.recorded(), pointer, absent, notRecorded);
    }
    if (!f.fromChecklist()) {
      return Outcome.notRecorded(notRecorded, Evidence.of(pointer, NOT_RECORDED));
    }
    return switch (f.answer()) {
      case YES -> Outcome.pass();
      case NO -> Outcome.gap(Message.of("subjects.answered-no", absent, itemId(f), itemText(f)),
          Evidence.of(f.answerPointer().orElseThrow(), "no"));
      default -> Outcome.of(new Observation.Builder()
          .status(io.github.coproduction.rules.FindingStatus.GAP)
          .text(Message.of("subjects.answered-partly", absent, itemId(f), itemText(f)))
          .addEvidence(Evidence.of(f.answerPointer().orElseThrow(), "partly"))
          .milder(true)
          .build());
    };
  }

  /** The same as {@link #resolved} for one arrangement. */
  static Outcome resolved(RuleInput input, Arrangement arrangement, Message absent,
      Message notRecorded) {
    return resolved(input, arrangement.pointer(), absent, notRecorded);
  }

  private static String itemId(RecordedFact f) {
    return f.item().orElseThrow().id();
  }

  /** The checklist item's own words: the record's (the organisation's checklist), not ours. */
  private static String itemText(RecordedFact f) {
    return f.item().orElseThrow().text();
  }
}
