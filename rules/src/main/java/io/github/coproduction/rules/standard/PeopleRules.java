package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;
import static io.github.coproduction.rules.standard.Subjects.participant;

import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.PowerBalance;
import io.github.coproduction.rules.PowerThresholds;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lived-experience partners, power and decisions (S1.1, S2.7, S3.3, S3.7), the vision (C1),
 * one-offs and papers in good time, judged on the record's evidence ({@link PowerBalance}).
 */
final class PeopleRules {

  private PeopleRules() {}

  static final Rule NO_LIVED_EXPERIENCE = Rule.of(
      describe("no-lived-experience", Severity.MAJOR, List.of("S3.7", "S3.3", "C1", "C4"),
          List.of("C4.1", "C1.2")),
      PeopleRules::noLivedExperience);

  static final Rule TOKENISM = Rule.of(
      describe("tokenism", Severity.MAJOR, List.of("S2.7", "S1.1", "S3.3"),
          List.of("C4.1", "C3.6")),
      PeopleRules::tokenism);

  static final Rule PROBLEM_DEFINED_WITHOUT_LIVED_EXPERIENCE = Rule.of(
      describe("problem-defined-without-lived-experience", Severity.MAJOR,
          List.of("S2.7", "S1.1"), List.of("C1.1", "C4.1")),
      PeopleRules::problemDefinition);

  static final Rule VISION_NOT_INFORMED_BY_LIVED_EXPERIENCE = Rule.of(
      describe("vision-not-informed-by-lived-experience", Severity.MAJOR, List.of("C1", "S3.7"),
          List.of("C1.2")),
      input -> Subjects.resolved(input, "/vision/informedByLivedExperience",
          Message.of("vision-not-informed-by-lived-experience.gap"),
          Message.of("vision-not-informed-by-lived-experience.not-recorded")));

  static final Rule VISION_NOT_CO_PRODUCED = Rule.of(
      describe("vision-not-co-produced", Severity.MINOR, List.of("C1"), List.of("C1.1")),
      input -> Subjects.resolved(input, "/vision/coProduced",
          Message.of("vision-not-co-produced.gap"),
          Message.of("vision-not-co-produced.not-recorded")));

  static final Rule ONE_OFF_EXERCISE = Rule.of(
      describe("one-off-exercise", Severity.MAJOR, List.of("C3", "C2"),
          List.of("C3.6", "C2.1")),
      PeopleRules::oneOff);

  static List<Rule> all() {
    return List.of(NO_LIVED_EXPERIENCE, TOKENISM, DECISION_MAKER_NOT_EVIDENCED,
        PROBLEM_DEFINED_WITHOUT_LIVED_EXPERIENCE, VISION_NOT_INFORMED_BY_LIVED_EXPERIENCE,
        VISION_NOT_CO_PRODUCED, ONE_OFF_EXERCISE, PAPERS_LATE);
  }

  /**
   * Continuity: the sessions, when recorded, outweigh the declaration. One session with partners
   * followed by staff-only sessions or decisions is a one-off, whatever the record calls it.
   */
  private static Outcome oneOff(RuleInput input) {
    Initiative i = input.initiative();
    Recorded<Continuity> c = i.continuity();
    PowerBalance b = input.power();
    String declared = c.isNotRecorded() ? NOT_RECORDED : c.isAbsent() ? ABSENT
        : Subjects.kebab(c.get());
    if (b.continuityFromSessions() == Fact.ABSENT) {
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(Evidence.of("/continuity", declared));
      for (int s : b.sessionsWithPartners()) {
        evidence.add(Evidence.of("/sessions/" + s, i.sessions().get(s).date() + ", with"
            + " partners"));
      }
      for (int s : b.staffOnlySessionsAfterPartners()) {
        evidence.add(Evidence.of("/sessions/" + s, i.sessions().get(s).date() + ", staff only"));
      }
      evidence.addAll(Subjects.madeWithoutPartners(b.decisionsWithoutPartners()));
      String key = c.isPresent() && c.get() == Continuity.ONGOING
          ? "one-off-exercise.sessions-ongoing" : "one-off-exercise.sessions";
      return Outcome.gap(Message.of(key, b.sessionsWithPartners().size(), b.sessions()),
          evidence.toArray(Evidence[]::new));
    }
    if (c.isNotRecorded()) {
      if (b.continuityFromSessions() == Fact.PRESENT) {
        return Outcome.pass();
      }
      return Outcome.notRecorded(Message.of("one-off-exercise.not-recorded"),
          Evidence.of("/continuity", NOT_RECORDED));
    }
    if (c.isAbsent() || c.get() == Continuity.ONE_OFF) {
      return Outcome.gap(Message.of("one-off-exercise.gap"),
          Evidence.of("/continuity", declared));
    }
    return Outcome.pass();
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
      if (p.partnership() == Fact.NOT_RECORDED) {
        return Subjects.livedExperienceNotRecorded(i);
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("/participants", i.participants().size() + " participants, no"
        + " lived-experience partner"));
    for (int n = 0; n < i.participants().size(); n++) {
      Participant p = i.participants().get(n);
      if (p.isStaffWithLivedExperience()) {
        evidence.add(Evidence.of(participant(n) + "/role", Subjects.kebab(p.role())));
      }
    }
    return Outcome.gap(Message.of("no-lived-experience.gap", i.participants().size(),
        Subjects.staffWithLivedExperience(i)), evidence.toArray(Evidence[]::new));
  }

  /**
   * Tokenism on the evidence: partners absent from all or most recorded decisions, a token share
   * of the group, decisions on the budget or the model of care kept to staff. With no decision
   * recorded, the decisionMaker flags are all there is to go on.
   */
  private static Outcome tokenism(RuleInput input) {
    Initiative i = input.initiative();
    Optional<Outcome> na = Subjects.unlessLivedExperience(i);
    if (na.isPresent()) {
      return na.get();
    }
    PowerBalance b = input.power();
    PowerThresholds t = input.thresholds();
    List<Message> gaps = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    // At most one: either the decisions or, with none recorded, the flags leave it unknown.
    List<Message> unknown = new ArrayList<>();
    List<Evidence> unknownEvidence = new ArrayList<>();
    int n = b.decisions();
    if (n > 0) {
      int with = b.decisionsWithPartners().size();
      if ((with + b.decisionsNotKnown()) * 100L < (long) t.decisionSharePercent() * n) {
        gaps.add(Message.of("tokenism.decisions", with, n));
        List<String> flagged = new ArrayList<>();
        for (Participant p : i.participants()) {
          if (p.isLivedExperiencePartner() && p.decisionMaker() == Fact.PRESENT) {
            flagged.add(p.ref());
          }
        }
        if (!flagged.isEmpty()) {
          java.util.Collections.sort(flagged);
          gaps.add(Message.of("tokenism.flagged", flagged.size(), Message.list(flagged)));
          evidence.addAll(Subjects.decisionMakerFlags(i, flagged));
        }
        evidence.addAll(Subjects.madeWithoutPartners(b.decisionsWithoutPartners()));
      } else if (with * 100L < (long) t.decisionSharePercent() * n) {
        unknown.add(Message.of("tokenism.decisions-not-recorded", b.decisionsNotKnown(), n));
        unknownEvidence.add(Evidence.of("/power/decisions", "partners not recorded"));
      }
    } else {
      flagsOnly(i, gaps, evidence, unknown, unknownEvidence);
    }
    int people = b.participants();
    int partners = b.partners().size();
    if ((partners + b.partnershipNotRecorded().size()) * 100L
        < (long) t.tokenSharePercent() * people) {
      gaps.add(Message.of("tokenism.token-share", partners, people, t.tokenSharePercent()));
      evidence.add(Evidence.of("/participants", partners + " of " + people
          + " participants are partners"));
    }
    List<Decision> decisions = i.power().decisions();
    for (int d : b.decisionsWithoutPartners()) {
      Optional<DecisionArea> area = decisions.get(d).area();
      if (area.isPresent() && area.get() != DecisionArea.OTHER) {
        gaps.add(Message.of(area.get() == DecisionArea.BUDGET ? "tokenism.budget-kept-to-staff"
            : "tokenism.model-of-care-kept-to-staff", decisions.get(d).subject()));
        evidence.add(Evidence.of("/power/decisions/" + d + "/area", Subjects.kebab(area.get())));
      }
    }
    if (!gaps.isEmpty()) {
      Message said = gaps.get(0);
      for (Message next : gaps.subList(1, gaps.size())) {
        said = Message.of("people.sentences", said, next);
      }
      return Outcome.gap(said, evidence.stream().distinct().toArray(Evidence[]::new));
    }
    if (!unknown.isEmpty()) {
      return Outcome.notRecorded(unknown.get(0), unknownEvidence.toArray(Evidence[]::new));
    }
    return Outcome.pass();
  }

  /** With no decision recorded, the flags: a partner flagged as deciding is all it takes. */
  private static void flagsOnly(Initiative i, List<Message> gaps, List<Evidence> evidence,
      List<Message> unknown, List<Evidence> unknownEvidence) {
    List<Participant> participants = i.participants();
    List<Participant> outside = new ArrayList<>();
    List<Evidence> outsideEvidence = new ArrayList<>();
    List<Participant> notKnown = new ArrayList<>();
    List<Evidence> notKnownEvidence = new ArrayList<>();
    for (int n = 0; n < participants.size(); n++) {
      Participant p = participants.get(n);
      if (!p.isLivedExperiencePartner()) {
        continue;
      }
      switch (p.decisionMaker()) {
        case PRESENT -> {
          return;
        }
        case ABSENT -> {
          outside.add(p);
          outsideEvidence.add(Evidence.of(participant(n) + "/decisionMaker", ABSENT));
        }
        case NOT_RECORDED -> {
          notKnown.add(p);
          notKnownEvidence.add(Evidence.of(participant(n) + "/decisionMaker", NOT_RECORDED));
        }
      }
    }
    if (!notKnown.isEmpty()) {
      unknown.add(Message.of("tokenism.flags-not-recorded", refs(notKnown)));
      unknownEvidence.addAll(notKnownEvidence);
      return;
    }
    gaps.add(Message.of("tokenism.outside-every-decision", outside.size(), refs(outside)));
    evidence.addAll(outsideEvidence);
  }

  static final Rule DECISION_MAKER_NOT_EVIDENCED = Rule.of(
      describe("decision-maker-not-evidenced", Severity.MAJOR, List.of("S2.7", "S3.1"),
          List.of("C4.1", "C2.3")),
      input -> {
        PowerBalance b = input.power();
        Initiative i = input.initiative();
        if (b.decisions() == 0) {
          return Outcome.notApplicable(Message.of("decision-maker-not-evidenced.no-decisions"));
        }
        if (!b.flaggedButNotDeciding().isEmpty()) {
          List<Evidence> evidence = Subjects.decisionMakerFlags(i, b.flaggedButNotDeciding());
          evidence.add(Evidence.of("/power/decisions", b.decisions() + " decisions, none with "
              + String.join(", ", b.flaggedButNotDeciding())));
          return Outcome.gap(Message.of("decision-maker-not-evidenced.gap",
              b.flaggedButNotDeciding().size(), Message.list(b.flaggedButNotDeciding()),
              b.decisions()), evidence.toArray(Evidence[]::new));
        }
        if (!b.flaggedUnconfirmed().isEmpty()) {
          return Outcome.notRecorded(Message.of("decision-maker-not-evidenced.not-recorded",
              b.flaggedUnconfirmed().size(), Message.list(b.flaggedUnconfirmed())),
              Subjects.decisionMakerFlags(i, b.flaggedUnconfirmed()).toArray(Evidence[]::new));
        }
        for (Participant p : i.participants()) {
          if (p.isLivedExperiencePartner() && p.decisionMaker() == Fact.PRESENT) {
            return Outcome.pass();
          }
        }
        return Outcome.notApplicable(Message.of("decision-maker-not-evidenced.no-flags"));
      });

  static final Rule PAPERS_LATE = Rule.of(
      describe("papers-late", Severity.MINOR, List.of("S3.1", "C4"), List.of("C4.2", "C4.3")),
      input -> {
        PowerBalance b = input.power();
        if (b.sessions() == 0) {
          return Outcome.notApplicable(Message.of("papers-late.no-sessions"));
        }
        if (b.sessionsWithPartners().isEmpty()) {
          return Outcome.notApplicable(Message.of("papers-late.no-sessions-with-partners"));
        }
        int days = input.thresholds().papersNoticeDays();
        List<io.github.coproduction.core.initiative.Session> sessions = input.initiative()
            .sessions();
        List<Evidence> late = new ArrayList<>();
        List<Evidence> unknown = new ArrayList<>();
        for (int s : b.sessionsWithPartners()) {
          Optional<Integer> notice = sessions.get(s).papersNoticeDays();
          if (notice.isEmpty()) {
            unknown.add(Evidence.of("/sessions/" + s + "/papersSent", NOT_RECORDED));
          } else if (notice.get() < days) {
            late.add(Evidence.of("/sessions/" + s + "/papersSent",
                sessions.get(s).papersSent().get() + " (" + notice.get() + " days before "
                    + sessions.get(s).date() + ")"));
          }
        }
        if (!late.isEmpty()) {
          return Outcome.gap(Message.of("papers-late.gap", late.size(),
              b.sessionsWithPartners().size(), days), late.toArray(Evidence[]::new));
        }
        if (!unknown.isEmpty()) {
          return Outcome.notRecorded(Message.of("papers-late.not-recorded", unknown.size(),
              b.sessionsWithPartners().size()), unknown.toArray(Evidence[]::new));
        }
        return Outcome.pass();
      });

  private static Outcome problemDefinition(RuleInput input) {
    Recorded<Set<Role>> by = input.initiative().power().problemDefinedBy();
    String pointer = "/power/problemDefinedBy";
    if (by.isNotRecorded()) {
      return Outcome.notRecorded(
          Message.of("problem-defined-without-lived-experience.not-recorded"),
          Evidence.of(pointer, NOT_RECORDED));
    }
    if (by.isAbsent()) {
      return Outcome.gap(Message.of("problem-defined-without-lived-experience.gap"),
          Evidence.of(pointer, ABSENT));
    }
    if (by.get().stream().noneMatch(Role::isLivedExperiencePartner)) {
      List<Message> roles = by.get().stream().map(r -> Message.of("role." + r.name())).toList();
      return Outcome.gap(Message.of("problem-defined-without-lived-experience.roles",
          Message.list(roles)), Evidence.of(pointer, by.get().stream().map(Subjects::kebab)
              .collect(java.util.stream.Collectors.joining(", ", "[", "]"))));
    }
    return Outcome.pass();
  }

  /** The participants' references, sorted, as a list. */
  private static Message refs(List<Participant> participants) {
    return Message.list(participants.stream().map(Participant::ref).sorted().toList());
  }
}
