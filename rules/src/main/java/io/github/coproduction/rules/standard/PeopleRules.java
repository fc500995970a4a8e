package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;
import static io.github.coproduction.rules.standard.Subjects.participant;
import static io.github.coproduction.rules.standard.Subjects.refs;

import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.rules.Evidence;
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

  static final Rule NO_LIVED_EXPERIENCE = Rule.of(describe(
      "no-lived-experience",
      "No lived-experience partner",
      "No participant takes part as a service user, carer, peer worker or for their organisations",
      Severity.MAJOR,
      List.of("S3.7", "S3.3", "C1", "C4"),
      "Co-production brings service users, carers and staff together as equals: without"
          + " lived-experience partners there is nobody to co-produce with, and the vision cannot"
          + " be informed by service user and carer realities. Staff with lived experience bring"
          + " something valuable, but they are not a substitute for partners.",
      "Invest in, support and encourage service users, carers, their organisations and"
          + " independent peer support groups to take part as equals.",
      List.of("C4.1", "C1.2")),
      PeopleRules::noLivedExperience);

  static final Rule TOKENISM = Rule.of(describe(
      "tokenism",
      "Tokenism",
      "Partners are absent from most decisions, a token share of the group, or kept out of"
          + " decisions on the budget or the model of care",
      Severity.MAJOR,
      List.of("S2.7", "S1.1", "S3.3"),
      "The framework asks for the defining and the decision-making to be shared; involving people"
          + " without a say in decisions, or as a token few among many, is tokenism, not"
          + " co-production. Judged on the recorded decisions, not on the decisionMaker flags.",
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
      input -> Subjects.resolved(input, "/vision/informedByLivedExperience",
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
      input -> Subjects.resolved(input, "/vision/coProduced",
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
      String shown = "partners took part in " + (b.sessionsWithPartners().isEmpty() ? "none"
          : "only one") + " of " + b.sessions() + " recorded sessions, and staff-only sessions or"
          + " decisions followed.";
      return Outcome.gap(c.isPresent() && c.get() == Continuity.ONGOING
          ? "The initiative calls itself ongoing, but the sessions show a one-off: " + shown
          : "The sessions show a one-off exercise: " + shown, evidence.toArray(Evidence[]::new));
    }
    if (c.isNotRecorded()) {
      if (b.continuityFromSessions() == Fact.PRESENT) {
        return Outcome.pass();
      }
      return Outcome.notRecorded("Whether co-production continues beyond this initiative is"
          + " not recorded.", Evidence.of("/continuity", NOT_RECORDED));
    }
    if (c.isAbsent() || c.get() == Continuity.ONE_OFF) {
      return Outcome.gap("The initiative is a one-off exercise: co-production is not recorded"
          + " as continuing beyond it.", Evidence.of("/continuity", declared));
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
    return Outcome.gap("The initiative has no lived-experience partner: none of the "
        + i.participants().size() + " participants takes part as a service user, carer, peer"
        + " worker or for a user-led or peer-support organisation."
        + Subjects.staffWithLivedExperience(i), evidence.toArray(Evidence[]::new));
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
    List<String> gaps = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<Evidence> unknownEvidence = new ArrayList<>();
    int n = b.decisions();
    if (n > 0) {
      int with = b.decisionsWithPartners().size();
      if ((with + b.decisionsNotKnown()) * 100L < (long) t.decisionSharePercent() * n) {
        gaps.add("Partners took part in " + with + " of " + n + " recorded decisions: they are"
            + " absent from " + (with == 0 ? "all" : "most") + " of them.");
        List<String> flagged = new ArrayList<>();
        for (Participant p : i.participants()) {
          if (p.isLivedExperiencePartner() && p.decisionMaker() == Fact.PRESENT) {
            flagged.add(p.ref());
          }
        }
        if (!flagged.isEmpty()) {
          java.util.Collections.sort(flagged);
          gaps.add((flagged.size() == 1 ? "That " + flagged.get(0) + " is flagged as a"
              + " decision-maker does not change it." : "That " + String.join(", ", flagged)
              + " are flagged as decision-makers does not change it."));
          evidence.addAll(Subjects.decisionMakerFlags(i, flagged));
        }
        evidence.addAll(Subjects.madeWithoutPartners(b.decisionsWithoutPartners()));
      } else if (with * 100L < (long) t.decisionSharePercent() * n) {
        unknown.add("whether partners took part in " + b.decisionsNotKnown() + " of " + n
            + " recorded decisions");
        unknownEvidence.add(Evidence.of("/power/decisions", "partners not recorded"));
      }
    } else {
      flagsOnly(i, gaps, evidence, unknown, unknownEvidence);
    }
    int people = b.participants();
    int partners = b.partners().size();
    if ((partners + b.partnershipNotRecorded().size()) * 100L
        < (long) t.tokenSharePercent() * people) {
      gaps.add(partners + " of " + people + (partners == 1 ? " participants is a partner"
          : " participants are partners") + ": a token share of the"
          + " group (below " + t.tokenSharePercent() + "%).");
      evidence.add(Evidence.of("/participants", partners + " of " + people
          + " participants are partners"));
    }
    List<Decision> decisions = i.power().decisions();
    for (int d : b.decisionsWithoutPartners()) {
      Optional<DecisionArea> area = decisions.get(d).area();
      if (area.isPresent() && area.get() != DecisionArea.OTHER) {
        gaps.add("A decision on " + (area.get() == DecisionArea.BUDGET ? "the budget"
            : "the model of care") + " (\"" + decisions.get(d).subject()
            + "\") was kept to staff.");
        evidence.add(Evidence.of("/power/decisions/" + d + "/area", Subjects.kebab(area.get())));
      }
    }
    if (!gaps.isEmpty()) {
      return Outcome.gap(String.join(" ", gaps), evidence.stream().distinct()
          .toArray(Evidence[]::new));
    }
    if (!unknown.isEmpty()) {
      return Outcome.notRecorded("Whether partners take part in decisions is not recorded: "
          + String.join("; ", unknown) + ".", unknownEvidence.toArray(Evidence[]::new));
    }
    return Outcome.pass();
  }

  /** With no decision recorded, the flags: a partner flagged as deciding is all it takes. */
  private static void flagsOnly(Initiative i, List<String> gaps, List<Evidence> evidence,
      List<String> unknown, List<Evidence> unknownEvidence) {
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
      unknown.add("no decision is recorded, and whether partners sit where decisions are made"
          + " is not recorded for " + refs(notKnown));
      unknownEvidence.addAll(notKnownEvidence);
      return;
    }
    gaps.add("Partners sit outside every decision: none of the " + outside.size()
        + " partners (" + refs(outside) + ") is where decisions are made.");
    evidence.addAll(outsideEvidence);
  }

  static final Rule DECISION_MAKER_NOT_EVIDENCED = Rule.of(describe(
      "decision-maker-not-evidenced",
      "Decision-maker flag not evidenced",
      "A partner flagged as a decision-maker took part in none of the recorded decisions",
      Severity.MAJOR,
      List.of("S2.7", "S3.1"),
      "A decision-maker flag the recorded decisions contradict overstates the partners' power;"
          + " the framework asks for the defining and the decision-making to be shared, with"
          + " honesty and transparency.",
      "Bring the partners flagged as decision-makers into the decisions, and record who took"
          + " part in each; or correct the flag.",
      List.of("C4.1", "C2.3")),
      input -> {
        PowerBalance b = input.power();
        Initiative i = input.initiative();
        if (b.decisions() == 0) {
          return Outcome.notApplicable("No decision is recorded to check the decisionMaker"
              + " flags against.");
        }
        if (!b.flaggedButNotDeciding().isEmpty()) {
          List<Evidence> evidence = Subjects.decisionMakerFlags(i, b.flaggedButNotDeciding());
          evidence.add(Evidence.of("/power/decisions", b.decisions() + " decisions, none with "
              + String.join(", ", b.flaggedButNotDeciding())));
          return Outcome.gap(String.join(", ", b.flaggedButNotDeciding())
              + (b.flaggedButNotDeciding().size() == 1 ? " is" : " are") + " flagged as a"
              + " decision-maker but took part in none of the " + b.decisions()
              + " recorded decisions.", evidence.toArray(Evidence[]::new));
        }
        if (!b.flaggedUnconfirmed().isEmpty()) {
          return Outcome.notRecorded("Whether " + String.join(", ", b.flaggedUnconfirmed())
              + ", flagged as decision-makers, took part in the recorded decisions is not"
              + " recorded: the bodies that made them are recorded only by role.",
              Subjects.decisionMakerFlags(i, b.flaggedUnconfirmed()).toArray(Evidence[]::new));
        }
        for (Participant p : i.participants()) {
          if (p.isLivedExperiencePartner() && p.decisionMaker() == Fact.PRESENT) {
            return Outcome.pass();
          }
        }
        return Outcome.notApplicable("No partner is flagged as a decision-maker.");
      });

  static final Rule PAPERS_LATE = Rule.of(describe(
      "papers-late",
      "Papers late",
      "Papers for sessions with partners were not sent in good time",
      Severity.MINOR,
      List.of("S3.1", "C4"),
      "Trust, honesty, communication and transparency, and a timetable flexible enough for"
          + " fluctuating mental health, need papers in people's hands in good time before they"
          + " are asked to decide.",
      "Send the papers for every session to everyone taking part in good time, and ask partners"
          + " what notice they need.",
      List.of("C4.2", "C4.3")),
      input -> {
        PowerBalance b = input.power();
        if (b.sessions() == 0) {
          return Outcome.notApplicable("No sessions are recorded.");
        }
        if (b.sessionsWithPartners().isEmpty()) {
          return Outcome.notApplicable("No recorded session had partners taking part.");
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
          return Outcome.gap("Papers for " + late.size() + " of " + b.sessionsWithPartners()
              .size() + " sessions with partners were sent fewer than " + days + " days"
              + " before.", late.toArray(Evidence[]::new));
        }
        if (!unknown.isEmpty()) {
          return Outcome.notRecorded("When papers were sent is not recorded for "
              + unknown.size() + " of " + b.sessionsWithPartners().size() + " sessions with"
              + " partners.", unknown.toArray(Evidence[]::new));
        }
        return Outcome.pass();
      });

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
    if (by.get().stream().noneMatch(Role::isLivedExperiencePartner)) {
      return Outcome.gap("The problem the initiative addresses was defined by "
          + by.get().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_',
              ' ')).reduce((a, b) -> a + ", " + b).orElse("")
          + " only, without service users or carers.", Evidence.of(pointer, by.get().stream().map(Subjects::kebab)
              .collect(java.util.stream.Collectors.joining(", ", "[", "]"))));
    }
    return Outcome.pass();
  }
}
