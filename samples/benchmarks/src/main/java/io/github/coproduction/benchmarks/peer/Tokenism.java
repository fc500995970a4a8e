package io.github.coproduction.benchmarks.peer;

import static io.github.coproduction.benchmarks.peer.PeerFinding.at;
import static io.github.coproduction.benchmarks.peer.Participants.ABSENT;
import static io.github.coproduction.benchmarks.peer.Participants.NOT_RECORDED;
import static io.github.coproduction.benchmarks.peer.Participants.kebab;
import static io.github.coproduction.benchmarks.peer.Participants.pointer;
import static io.github.coproduction.benchmarks.peer.Participants.refs;

import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.rules.PowerThresholds;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tokenism judged on the record's evidence, written for the peer engines the way their users
 * would: a helper the rule's action calls. It works out on its own, from the core model, whether
 * partners took part in each recorded decision (named in it, in one of its roles, in its body, or
 * at a session where it was taken), without the rules module's {@code PowerBalance}; only the
 * thresholds come from the default profile ({@link PowerThresholds#defaults()}).
 */
public final class Tokenism {

  /** The rule id. */
  public static final String RULE = "tokenism";

  private static final PowerThresholds THRESHOLDS = PowerThresholds.defaults();

  private Tokenism() {}

  /**
   * Judges an initiative in which someone takes part as a lived-experience partner.
   *
   * @param i the initiative
   * @return the finding, or null when the rule passes
   */
  public static PeerFinding judge(Initiative i) {
    List<String> gaps = new ArrayList<>();
    Set<String> evidence = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    List<String> unknownEvidence = new ArrayList<>();
    List<Decision> decisions = i.power().decisions();
    int n = decisions.size();
    List<Integer> without = new ArrayList<>();
    int with = 0;
    for (int d = 0; d < n; d++) {
      Fact partners = partnersIn(i, d);
      if (partners == Fact.PRESENT) {
        with++;
      } else if (partners == Fact.ABSENT) {
        without.add(d);
      }
    }
    int notKnown = n - with - without.size();
    int decisionShare = THRESHOLDS.decisionSharePercent();
    if (n > 0) {
      if ((with + notKnown) * 100L < (long) decisionShare * n) {
        gaps.add("Partners took part in " + with + " of " + n + " recorded decisions: they are"
            + " absent from " + (with == 0 ? "all" : "most") + " of them.");
        List<Participant> flagged = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<Participant> all = i.participants();
        for (int k = 0; k < all.size(); k++) {
          Participant p = all.get(k);
          if (p.isLivedExperiencePartner() && p.decisionMaker() == Fact.PRESENT) {
            flagged.add(p);
            flags.add(at(pointer(k) + "/decisionMaker", "present"));
          }
        }
        if (!flagged.isEmpty()) {
          gaps.add(flagged.size() == 1
              ? "That " + refs(flagged) + " is flagged as a decision-maker does not change it."
              : "That " + refs(flagged) + " are flagged as decision-makers does not change it.");
          evidence.addAll(flags);
        }
        for (int d : without) {
          evidence.add(at("/power/decisions/" + d, "made without partners"));
        }
      } else if (with * 100L < (long) decisionShare * n) {
        unknown.add("whether partners took part in " + notKnown + " of " + n
            + " recorded decisions");
        unknownEvidence.add(at("/power/decisions", "partners not recorded"));
      }
    } else {
      flagsOnly(i, gaps, evidence, unknown, unknownEvidence);
    }
    int people = i.participants().size();
    int partners = 0;
    int partnershipNotRecorded = 0;
    for (Participant p : i.participants()) {
      Fact partnership = p.partnership();
      partners += partnership == Fact.PRESENT ? 1 : 0;
      partnershipNotRecorded += partnership == Fact.NOT_RECORDED ? 1 : 0;
    }
    int tokenShare = THRESHOLDS.tokenSharePercent();
    if ((partners + partnershipNotRecorded) * 100L < (long) tokenShare * people) {
      gaps.add(partners + " of " + people + (partners == 1 ? " participants is a partner"
          : " participants are partners") + ": a token share of the"
          + " group (below " + tokenShare + "%).");
      evidence.add(at("/participants", partners + " of " + people
          + " participants are partners"));
    }
    for (int d : without) {
      Optional<DecisionArea> area = decisions.get(d).area();
      if (area.isPresent() && area.get() != DecisionArea.OTHER) {
        gaps.add("A decision on " + (area.get() == DecisionArea.BUDGET ? "the budget"
            : "the model of care") + " (\"" + decisions.get(d).subject()
            + "\") was kept to staff.");
        evidence.add(at("/power/decisions/" + d + "/area", kebab(area.get())));
      }
    }
    if (!gaps.isEmpty()) {
      return PeerFinding.gap(RULE, String.join(" ", gaps), List.copyOf(evidence));
    }
    if (!unknown.isEmpty()) {
      return PeerFinding.notRecorded(RULE, "Whether partners take part in decisions is not"
          + " recorded: " + String.join("; ", unknown) + ".", unknownEvidence);
    }
    return null;
  }

  /** With no decision recorded, the decisionMaker flags: one partner flagged deciding will do. */
  private static void flagsOnly(Initiative i, List<String> gaps, Set<String> evidence,
      List<String> unknown, List<String> unknownEvidence) {
    List<Participant> outside = new ArrayList<>();
    List<String> outsideEvidence = new ArrayList<>();
    List<Participant> notKnown = new ArrayList<>();
    List<String> notKnownEvidence = new ArrayList<>();
    List<Participant> all = i.participants();
    for (int k = 0; k < all.size(); k++) {
      Participant p = all.get(k);
      if (!p.isLivedExperiencePartner()) {
        continue;
      }
      if (p.decisionMaker() == Fact.PRESENT) {
        return;
      }
      if (p.decisionMaker() == Fact.ABSENT) {
        outside.add(p);
        outsideEvidence.add(at(pointer(k) + "/decisionMaker", ABSENT));
      } else {
        notKnown.add(p);
        notKnownEvidence.add(at(pointer(k) + "/decisionMaker", NOT_RECORDED));
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

  /**
   * Whether partners took part in making a recorded decision: present when a partner is among
   * those who made it, absent only when everyone who made it is known and none is a partner.
   *
   * @param i the initiative
   * @param d the decision's index in {@code power().decisions()}
   * @return the fact
   */
  public static Fact partnersIn(Initiative i, int d) {
    Decision decision = i.power().decisions().get(d);
    Set<Fact> seen = EnumSet.noneOf(Fact.class);
    for (String ref : decision.madeBy()) {
      i.participant(ref).ifPresent(p -> seen.add(p.partnership()));
    }
    if (!decision.roles().isEmpty()) {
      seen.add(decision.roles().stream().anyMatch(Role::isLivedExperiencePartner)
          ? Fact.PRESENT : Fact.ABSENT);
    }
    decision.body().flatMap(id -> i.power().body(id)).ifPresent(b -> seen.add(b.partnership()));
    for (Session s : i.sessions()) {
      if (s.attendanceRecorded() && takes(i, s, d)) {
        seen.add(partnersAt(i, s));
      }
    }
    return combine(seen);
  }

  private static boolean takes(Initiative i, Session s, int d) {
    for (String reference : s.decisions()) {
      if (i.decisionIndex(reference).orElse(-1) == d) {
        return true;
      }
    }
    return false;
  }

  private static Fact partnersAt(Initiative i, Session s) {
    Set<Fact> seen = EnumSet.noneOf(Fact.class);
    for (String ref : s.attendees()) {
      i.participant(ref).ifPresent(p -> seen.add(p.partnership()));
    }
    for (String id : s.bodies()) {
      i.power().body(id).ifPresent(b -> seen.add(b.partnership()));
    }
    return combine(seen);
  }

  private static Fact combine(Set<Fact> seen) {
    if (seen.contains(Fact.PRESENT)) {
      return Fact.PRESENT;
    }
    return seen.isEmpty() || seen.contains(Fact.NOT_RECORDED) ? Fact.NOT_RECORDED : Fact.ABSENT;
  }
}
