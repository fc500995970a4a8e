package io.github.coproduction.rules;

import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Power as the record evidences it: the lived-experience partners' share of the participants,
 * of the decision-makers and of the recorded decisions, the sessions they took part in, and the
 * {@code decisionMaker} flags the decisions contradict. Computed once per assessment and shown in
 * every report format.
 *
 * <p>A partner is a participant for whom {@link Participant#isLivedExperiencePartner()} holds.
 * Staff with lived experience are listed ({@link #staffWithLivedExperience()}), never counted as
 * partners. A decision counts as made with partners when a partner is among those who make it:
 * named in {@link Decision#madeBy()}, in a partner role of {@link Decision#roles()} or of its
 * body, or present at a session where it was taken. It is made without partners only when
 * everyone who makes it is known and none is a partner.
 *
 * <p>Decision-makers are those the recorded decisions name (by reference, by role, or at a
 * session where a decision was taken); when no decision is recorded, those flagged
 * {@code decisionMaker: true} ({@link #decisionMakersFromDecisions()} is then false). Lists of
 * references are sorted, so that the order participants are recorded in changes nothing.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING).
 *     addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER).
 *         decisionMaker(Fact.PRESENT).build()).
 *     addParticipants(new Participant.Builder().ref("S01").role(Role.SENIOR_MANAGER).build()).
 *     power(new Power.Builder().addDecisions(new Decision.Builder().
 *         subject("Budget").addMadeBy("S01").build()).build()).
 *     build();
 * PowerBalance b = PowerBalance.of(i);
 * b.partners();                   // [P01]
 * b.decisionsWithoutPartners();   // [0]
 * b.flaggedButNotDeciding();      // [P01]
 * }</pre>
 */
@Value.Immutable
public abstract class PowerBalance {

  PowerBalance() {}

  /**
   * How many participants are recorded.
   *
   * @return the count
   */
  public abstract int participants();

  /**
   * The lived-experience partners, by reference, sorted.
   *
   * @return the partners' references
   */
  public abstract List<String> partners();

  /**
   * The participants for whom the record cannot tell whether they take part as partners.
   *
   * @return their references
   */
  public abstract List<String> partnershipNotRecorded();

  /**
   * Staff who bring personal lived experience: shown, never counted as partners.
   *
   * @return their references
   */
  public abstract List<String> staffWithLivedExperience();

  /**
   * The decision-makers, by reference.
   *
   * @return the references, sorted
   */
  public abstract List<String> decisionMakers();

  /**
   * The partners among the decision-makers.
   *
   * @return their references
   */
  public abstract List<String> partnerDecisionMakers();

  /**
   * Whether the decision-makers come from recorded decisions, or from the {@code decisionMaker}
   * flags because no decision is recorded.
   *
   * @return true when derived from recorded decisions
   */
  public abstract boolean decisionMakersFromDecisions();

  /**
   * How many decisions are recorded.
   *
   * @return the count
   */
  public abstract int decisions();

  /**
   * The decisions made with partners, by index in the initiative's decisions.
   *
   * @return the indexes, ascending
   */
  public abstract List<Integer> decisionsWithPartners();

  /**
   * The decisions the record shows were made without any partner, by index.
   *
   * @return the indexes, ascending
   */
  public abstract List<Integer> decisionsWithoutPartners();

  /**
   * How many sessions are recorded.
   *
   * @return the count
   */
  public abstract int sessions();

  /**
   * The sessions partners took part in, by index in the initiative's sessions.
   *
   * @return the indexes, in recorded order
   */
  public abstract List<Integer> sessionsWithPartners();

  /**
   * The sessions the record shows were staff only (no partner took part) and were held after the
   * last session with partners, or at any time when no session had partners.
   *
   * @return the indexes, in recorded order
   */
  public abstract List<Integer> staffOnlySessionsAfterPartners();

  /**
   * Partners flagged {@code decisionMaker: true} who took part in none of the recorded decisions.
   *
   * @return their references; empty when no decision is recorded
   */
  public abstract List<String> flaggedButNotDeciding();

  /**
   * Partners flagged {@code decisionMaker: true} whom no recorded decision names, but who may
   * have made one through a body whose members are recorded only by role.
   *
   * @return their references
   */
  public abstract List<String> flaggedUnconfirmed();

  /**
   * How many decisions the record cannot place with or without partners.
   *
   * @return the count
   */
  public final int decisionsNotKnown() {
    return decisions() - decisionsWithPartners().size() - decisionsWithoutPartners().size();
  }

  /**
   * The partners' share of the participants, in whole percent, rounded down.
   *
   * @return the share, or empty when no participant is recorded
   */
  public final OptionalInt participantSharePercent() {
    return percent(partners().size(), participants());
  }

  /**
   * The partners' share of the decision-makers, in whole percent, rounded down.
   *
   * @return the share, or empty when no decision-maker is known
   */
  public final OptionalInt decisionMakerSharePercent() {
    return percent(partnerDecisionMakers().size(), decisionMakers().size());
  }

  /**
   * The share of the recorded decisions made with partners, in whole percent, rounded down.
   *
   * @return the share, or empty when no decision is recorded
   */
  public final OptionalInt decisionSharePercent() {
    return percent(decisionsWithPartners().size(), decisions());
  }

  /**
   * Continuity as the sessions show it: present when partners took part in two sessions or more;
   * absent when partners took part in one session at most and staff-only sessions or staff-only
   * decisions followed; not recorded otherwise, and when no session is recorded.
   *
   * @return the fact
   */
  public final Fact continuityFromSessions() {
    if (sessions() == 0) {
      return Fact.NOT_RECORDED;
    }
    if (sessionsWithPartners().size() >= 2) {
      return Fact.PRESENT;
    }
    if (!staffOnlySessionsAfterPartners().isEmpty() || !decisionsWithoutPartners().isEmpty()) {
      return Fact.ABSENT;
    }
    return Fact.NOT_RECORDED;
  }

  private static OptionalInt percent(int part, int whole) {
    return whole == 0 ? OptionalInt.empty() : OptionalInt.of((int) (part * 100L / whole));
  }

  /**
   * Computes the balance of power an initiative's record evidences.
   *
   * @param initiative the initiative
   * @return the balance
   */
  public static PowerBalance of(Initiative initiative) {
    return new Computation(initiative).balance();
  }

  /** Builds a {@link PowerBalance}; used by {@link #of} and by readers of stored assessments. */
  public static class Builder extends ImmutablePowerBalance.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /** Whether a participant took part in a decision: named, possibly (by role in a body), or not. */
  private enum Part { YES, MAYBE, NO }

  /** One pass over the record. */
  private static final class Computation {
    private final Initiative i;
    private final List<Participant> people;
    /** For each decision, the sessions at which it was taken. */
    private final List<List<Session>> takenAt;

    Computation(Initiative i) {
      this.i = i;
      this.people = i.participants();
      List<List<Session>> at = new ArrayList<>();
      for (int d = 0; d < i.power().decisions().size(); d++) {
        at.add(new ArrayList<>());
      }
      for (Session s : i.sessions()) {
        for (String ref : s.decisions()) {
          i.decisionIndex(ref).ifPresent(d -> at.get(d).add(s));
        }
      }
      this.takenAt = at;
    }

    PowerBalance balance() {
      Builder b = new Builder().participants(people.size());
      for (Participant p : people) {
        switch (p.partnership()) {
          case PRESENT -> b.addPartners(p.ref());
          case NOT_RECORDED -> b.addPartnershipNotRecorded(p.ref());
          case ABSENT -> { }
        }
        if (p.isStaffWithLivedExperience()) {
          b.addStaffWithLivedExperience(p.ref());
        }
      }
      List<Decision> decisions = i.power().decisions();
      b.decisions(decisions.size()).decisionMakersFromDecisions(!decisions.isEmpty());
      for (int d = 0; d < decisions.size(); d++) {
        switch (partners(d)) {
          case PRESENT -> b.addDecisionsWithPartners(d);
          case ABSENT -> b.addDecisionsWithoutPartners(d);
          case NOT_RECORDED -> { }
        }
      }
      for (Participant p : people) {
        boolean deciding;
        if (decisions.isEmpty()) {
          deciding = p.decisionMaker() == Fact.PRESENT;
        } else {
          Part part = Part.NO;
          for (int d = 0; d < decisions.size() && part != Part.YES; d++) {
            Part in = partIn(p, d);
            if (in.ordinal() < part.ordinal()) {
              part = in;
            }
          }
          deciding = part == Part.YES;
          if (p.isLivedExperiencePartner() && p.decisionMaker() == Fact.PRESENT) {
            if (part == Part.NO) {
              b.addFlaggedButNotDeciding(p.ref());
            } else if (part == Part.MAYBE) {
              b.addFlaggedUnconfirmed(p.ref());
            }
          }
        }
        if (deciding) {
          b.addDecisionMakers(p.ref());
          if (p.isLivedExperiencePartner()) {
            b.addPartnerDecisionMakers(p.ref());
          }
        }
      }
      sessions(b);
      PowerBalance built = b.build();
      // References sorted, so that the order participants are recorded in changes nothing.
      return ImmutablePowerBalance.copyOf(built)
          .withPartners(sorted(built.partners()))
          .withPartnershipNotRecorded(sorted(built.partnershipNotRecorded()))
          .withStaffWithLivedExperience(sorted(built.staffWithLivedExperience()))
          .withDecisionMakers(sorted(built.decisionMakers()))
          .withPartnerDecisionMakers(sorted(built.partnerDecisionMakers()))
          .withFlaggedButNotDeciding(sorted(built.flaggedButNotDeciding()))
          .withFlaggedUnconfirmed(sorted(built.flaggedUnconfirmed()));
    }

    private static List<String> sorted(List<String> refs) {
      return refs.stream().sorted().toList();
    }

    private void sessions(Builder b) {
      List<Session> sessions = i.sessions();
      b.sessions(sessions.size());
      Optional<java.time.LocalDate> lastWithPartners = Optional.empty();
      List<Fact> facts = new ArrayList<>();
      for (int s = 0; s < sessions.size(); s++) {
        Fact f = partners(sessions.get(s));
        facts.add(f);
        if (f == Fact.PRESENT) {
          b.addSessionsWithPartners(s);
          java.time.LocalDate date = sessions.get(s).date();
          if (lastWithPartners.isEmpty() || date.isAfter(lastWithPartners.get())) {
            lastWithPartners = Optional.of(date);
          }
        }
      }
      for (int s = 0; s < sessions.size(); s++) {
        if (facts.get(s) == Fact.ABSENT && (lastWithPartners.isEmpty()
            || sessions.get(s).date().isAfter(lastWithPartners.get()))) {
          b.addStaffOnlySessionsAfterPartners(s);
        }
      }
    }

    /** Whether partners took part in a session. */
    private Fact partners(Session s) {
      if (!s.attendanceRecorded()) {
        return Fact.NOT_RECORDED;
      }
      Set<Fact> seen = new LinkedHashSet<>();
      for (String ref : s.attendees()) {
        i.participant(ref).ifPresent(p -> seen.add(p.partnership()));
      }
      for (String id : s.bodies()) {
        i.power().body(id).ifPresent(body -> seen.add(body.partnership()));
      }
      return combine(seen);
    }

    /** Whether partners took part in making decision d. */
    private Fact partners(int d) {
      Decision decision = i.power().decisions().get(d);
      Set<Fact> seen = new LinkedHashSet<>();
      for (String ref : decision.madeBy()) {
        i.participant(ref).ifPresent(p -> seen.add(p.partnership()));
      }
      if (!decision.roles().isEmpty()) {
        seen.add(Fact.of(decision.roles().stream().anyMatch(r -> r.isLivedExperiencePartner())));
      }
      decision.body().flatMap(id -> i.power().body(id)).ifPresent(body ->
          seen.add(body.partnership()));
      for (Session s : takenAt.get(d)) {
        if (s.attendanceRecorded()) {
          seen.add(partners(s));
        }
      }
      return combine(seen);
    }

    private static Fact combine(Set<Fact> seen) {
      if (seen.contains(Fact.PRESENT)) {
        return Fact.PRESENT;
      }
      if (seen.isEmpty() || seen.contains(Fact.NOT_RECORDED)) {
        return Fact.NOT_RECORDED;
      }
      return Fact.ABSENT;
    }

    /** Whether participant p took part in making decision d. */
    private Part partIn(Participant p, int d) {
      Decision decision = i.power().decisions().get(d);
      if (decision.madeBy().contains(p.ref()) || decision.roles().contains(p.role())) {
        return Part.YES;
      }
      Part part = Part.NO;
      for (Session s : takenAt.get(d)) {
        if (s.attendees().contains(p.ref())) {
          return Part.YES;
        }
        for (String id : s.bodies()) {
          part = closer(part, byBody(p, i.power().body(id)));
        }
      }
      return closer(part, byBody(p, decision.body().flatMap(id -> i.power().body(id))));
    }

    private static Part byBody(Participant p, Optional<Body> body) {
      if (body.isEmpty()) {
        return Part.NO;
      }
      Set<io.github.coproduction.core.initiative.Role> roles = body.get().roles();
      return roles.isEmpty() || roles.contains(p.role()) ? Part.MAYBE : Part.NO;
    }

    private static Part closer(Part a, Part b) {
      return a.ordinal() < b.ordinal() ? a : b;
    }
  }
}
