package io.github.coproduction.rules;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The rung of the engagement ladder the record evidences, beside the rung claimed, with the
 * criteria that decide it.
 *
 * <p>The evidenced rung is the highest rung whose criteria, and those of every rung below it, the
 * record shows met. It starts at Consultation, when lived-experience partners take part;
 * Engagement needs partners among those who make recorded decisions; Co-design needs partners
 * defining the problem, taking part in most decisions and forming more than a token share of the
 * group; Co-production needs, besides, continuity that the sessions do not contradict, partners
 * paid in money and not below the staff rate, and no decision on the budget or the model of care
 * kept to staff. The evidenced rung is absent when no partner takes part at all, and not recorded
 * when the record cannot tell.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING).
 *     addParticipants(new Participant.Builder().ref("S01").role(Role.SENIOR_MANAGER).build()).
 *     claimsCoproduction(Fact.PRESENT).
 *     build();
 * LadderEvidence e = LadderEvidence.of(i, PowerBalance.of(i), PowerThresholds.defaults());
 * e.evidenced().isAbsent();   // true: no partner
 * e.claim();                  // Optional[CO_PRODUCTION]
 * }</pre>
 */
@Value.Immutable
public abstract class LadderEvidence {

  LadderEvidence() {}

  /**
   * The rung the initiative records as its current one.
   *
   * @return the claimed rung, as recorded
   */
  public abstract Recorded<LadderRung> claimed();

  /**
   * Whether the initiative calls itself co-production.
   *
   * @return the fact
   */
  public abstract Fact claimsCoproduction();

  /**
   * The highest rung the record supports: absent when no lived-experience partner takes part, not
   * recorded when the record cannot tell.
   *
   * @return the evidenced rung
   */
  public abstract Recorded<LadderRung> evidenced();

  /**
   * The criteria, lowest rung first.
   *
   * @return the criteria
   */
  public abstract List<RungCriterion> criteria();

  /**
   * The rung the initiative claims: its recorded current rung, or Co-production when it calls
   * itself co-production, whichever is higher.
   *
   * @return the claim, or empty when it claims nothing
   */
  public final Optional<LadderRung> claim() {
    LadderRung claim = claimed().isPresent() ? claimed().get() : null;
    if (claimsCoproduction() == Fact.PRESENT) {
      claim = LadderRung.CO_PRODUCTION;
    }
    return Optional.ofNullable(claim);
  }

  /**
   * The criteria of the rungs above the evidenced one, up to the claim, that the record shows
   * unmet or does not record.
   *
   * @return the criteria between the evidence and the claim, lowest first
   */
  public final List<RungCriterion> unmetUpToClaim() {
    Optional<LadderRung> claim = claim();
    if (claim.isEmpty()) {
      return List.of();
    }
    return criteria().stream()
        .filter(c -> c.met() != Fact.PRESENT && !claim.get().isBelow(c.rung()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Derives the evidenced rung from an initiative's record.
   *
   * @param initiative the initiative
   * @param balance its balance of power, from {@link PowerBalance#of}
   * @param thresholds the thresholds
   * @return the ladder evidence
   */
  public static LadderEvidence of(Initiative initiative, PowerBalance balance,
      PowerThresholds thresholds) {
    List<RungCriterion> criteria = new ArrayList<>();
    criteria.add(partnersTakePart(initiative, balance));
    criteria.add(partnersDecide(initiative, balance));
    criteria.add(problemDefinition(initiative));
    criteria.add(mostDecisions(balance, thresholds));
    criteria.add(notTokenShare(balance, thresholds));
    criteria.add(continuity(initiative, balance));
    criteria.add(payment(initiative));
    criteria.add(budgetAndModelOfCare(initiative, balance));
    Recorded<LadderRung> evidenced;
    Fact first = criteria.get(0).met();
    if (first == Fact.ABSENT) {
      evidenced = Recorded.absent();
    } else if (first == Fact.NOT_RECORDED) {
      evidenced = Recorded.notRecorded();
    } else {
      LadderRung rung = LadderRung.CONSULTATION;
      for (LadderRung next : List.of(LadderRung.ENGAGEMENT, LadderRung.CO_DESIGN,
          LadderRung.CO_PRODUCTION)) {
        boolean met = criteria.stream().filter(c -> c.rung() == next)
            .allMatch(c -> c.met() == Fact.PRESENT);
        if (!met) {
          break;
        }
        rung = next;
      }
      evidenced = Recorded.present(rung);
    }
    return new Builder()
        .claimed(initiative.ladder().current())
        .claimsCoproduction(initiative.claimsCoproduction())
        .evidenced(evidenced)
        .criteria(criteria)
        .build();
  }

  // The reason is kept in English, as stored, and as a message for a report in another locale.
  private static RungCriterion criterion(LadderRung rung, Fact met, Message reason,
      Evidence... evidence) {
    return new RungCriterion.Builder().rung(rung).met(met)
        .reason(Messages.english().format(reason)).reasonMessage(reason)
        .addEvidence(evidence).build();
  }

  private static RungCriterion criterion(LadderRung rung, Fact met, String key,
      Object... arguments) {
    return criterion(rung, met, Message.of(key, arguments));
  }

  private static Message refs(java.util.Collection<String> refs) {
    return Message.list(List.copyOf(refs));
  }

  private static RungCriterion partnersTakePart(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.CONSULTATION;
    if (b.participants() == 0) {
      return criterion(r, Fact.NOT_RECORDED,
          Message.of("detail.criterion.participants.not-recorded"),
          Evidence.of("/participants", "not recorded"));
    }
    if (!b.partners().isEmpty()) {
      return criterion(r, Fact.PRESENT, "detail.criterion.partners", b.partners().size(),
          b.participants(), refs(b.partners()));
    }
    Optional<Message> staff = b.staffWithLivedExperience().isEmpty() ? Optional.empty()
        : Optional.of(Message.of("detail.criterion.staff-not-partners",
            refs(b.staffWithLivedExperience())));
    if (!b.partnershipNotRecorded().isEmpty()) {
      return criterion(r, Fact.NOT_RECORDED, withStaff(Message.of(
          "detail.criterion.partnership-not-recorded", refs(b.partnershipNotRecorded())), staff),
          Evidence.of("/participants", "no partner recorded"));
    }
    return criterion(r, Fact.ABSENT, withStaff(Message.of("detail.criterion.no-partner",
        b.participants()), staff),
        Evidence.of("/participants", b.participants() + " participants, no partner"));
  }

  /** A reason, followed by the sentence on staff with lived experience when there is one. */
  private static Message withStaff(Message reason, Optional<Message> staff) {
    return staff.map(s -> Message.of("detail.two-sentences", reason, s)).orElse(reason);
  }

  private static RungCriterion partnersDecide(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.ENGAGEMENT;
    if (b.decisions() > 0) {
      if (!b.decisionsWithPartners().isEmpty()) {
        return criterion(r, Fact.PRESENT, "detail.criterion.decisions.with-partners",
            b.decisionsWithPartners().size(), b.decisions());
      }
      if (b.decisionsNotKnown() > 0) {
        return criterion(r, Fact.NOT_RECORDED, Message.of(
            "detail.criterion.decisions.partners-not-recorded", b.decisionsNotKnown(),
            b.decisions()), Evidence.of("/power/decisions", "partners not recorded"));
      }
      return criterion(r, Fact.ABSENT, Message.of("detail.criterion.decisions.none-with-partners",
          b.decisions()), staffOnly(b));
    }
    List<Participant> people = i.participants();
    boolean unknown = false;
    java.util.SortedSet<String> declared = new java.util.TreeSet<>();
    for (Participant p : people) {
      if (p.isLivedExperiencePartner()) {
        if (p.decisionMaker() == Fact.PRESENT) {
          declared.add(p.ref());
        }
        unknown |= p.decisionMaker() == Fact.NOT_RECORDED;
      }
    }
    if (!declared.isEmpty()) {
      return criterion(r, Fact.PRESENT, "detail.criterion.declared-decision-makers",
          refs(declared));
    }
    if (unknown || b.partners().isEmpty()) {
      return criterion(r, Fact.NOT_RECORDED,
          Message.of("detail.criterion.no-declared-decision-maker"),
          Evidence.of("/power/decisions", "not recorded"));
    }
    return criterion(r, Fact.ABSENT, Message.of("detail.criterion.partners-outside-decisions"),
        Evidence.of("/power/decisions", "not recorded"));
  }

  private static Evidence[] staffOnly(PowerBalance b) {
    return b.decisionsWithoutPartners().stream()
        .map(d -> Evidence.of("/power/decisions/" + d, "made without partners"))
        .toArray(Evidence[]::new);
  }

  private static RungCriterion problemDefinition(Initiative i) {
    LadderRung r = LadderRung.CO_DESIGN;
    Recorded<Set<Role>> by = i.power().problemDefinedBy();
    String pointer = "/power/problemDefinedBy";
    if (by.isNotRecorded()) {
      return criterion(r, Fact.NOT_RECORDED,
          Message.of("detail.criterion.problem.not-recorded"), Evidence.of(pointer, "not recorded"));
    }
    if (by.isPresent() && by.get().stream().anyMatch(Role::isLivedExperiencePartner)) {
      return criterion(r, Fact.PRESENT, "detail.criterion.problem.with-partners");
    }
    return criterion(r, Fact.ABSENT, Message.of("detail.criterion.problem.without-partners"),
        Evidence.of(pointer, by.isAbsent() ? "absent" : by.get().stream()
            .map(role -> role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", ", "[", "]"))));
  }

  private static RungCriterion mostDecisions(PowerBalance b, PowerThresholds t) {
    LadderRung r = LadderRung.CO_DESIGN;
    int n = b.decisions();
    if (n == 0) {
      return criterion(r, Fact.NOT_RECORDED,
          Message.of("detail.criterion.decisions.share-not-shown"),
          Evidence.of("/power/decisions", "not recorded"));
    }
    int with = b.decisionsWithPartners().size();
    if (with * 100L >= (long) t.decisionSharePercent() * n) {
      return criterion(r, Fact.PRESENT, "detail.criterion.decisions.with-partners", with, n);
    }
    if ((with + b.decisionsNotKnown()) * 100L >= (long) t.decisionSharePercent() * n) {
      return criterion(r, Fact.NOT_RECORDED, Message.of(
          "detail.criterion.decisions.with-partners.rest-not-recorded", with, n,
          b.decisionsNotKnown()), Evidence.of("/power/decisions", "partners not recorded"));
    }
    return criterion(r, Fact.ABSENT, Message.of("detail.criterion.decisions.with-partners.few",
        with, n, t.decisionSharePercent()), staffOnly(b));
  }

  private static RungCriterion notTokenShare(PowerBalance b, PowerThresholds t) {
    LadderRung r = LadderRung.CO_DESIGN;
    int n = b.participants();
    if (n == 0) {
      return criterion(r, Fact.NOT_RECORDED,
          Message.of("detail.criterion.participants.not-recorded"),
          Evidence.of("/participants", "not recorded"));
    }
    int partners = b.partners().size();
    if (partners * 100L >= (long) t.tokenSharePercent() * n) {
      return criterion(r, Fact.PRESENT, "detail.criterion.share", partners, n);
    }
    if ((partners + b.partnershipNotRecorded().size()) * 100L
        >= (long) t.tokenSharePercent() * n) {
      return criterion(r, Fact.NOT_RECORDED, Message.of(
          "detail.criterion.share.rest-not-recorded", partners, n,
          b.partnershipNotRecorded().size()),
          Evidence.of("/participants", "partnership not recorded"));
    }
    // The evidence value is data, in the record's vocabulary: it stays English.
    String share = partners + " of " + n
        + (partners == 1 ? " participants is a partner" : " participants are partners");
    return criterion(r, Fact.ABSENT, Message.of("detail.criterion.share.token", partners, n,
        t.tokenSharePercent()), Evidence.of("/participants", share));
  }

  private static RungCriterion continuity(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.CO_PRODUCTION;
    Recorded<Continuity> declared = i.continuity();
    Fact sessions = b.continuityFromSessions();
    if (sessions == Fact.ABSENT) {
      return criterion(r, Fact.ABSENT, Message.of("detail.criterion.sessions.stopped",
          b.sessionsWithPartners().size()), Evidence.of("/sessions", b.sessionsWithPartners().size()
          + " of " + b.sessions() + " sessions with partners"));
    }
    if (declared.isAbsent() || declared.isPresent() && declared.get() == Continuity.ONE_OFF) {
      return criterion(r, Fact.ABSENT, Message.of("detail.criterion.one-off"),
          Evidence.of("/continuity", declared.isAbsent() ? "absent" : "one-off"));
    }
    if (sessions == Fact.PRESENT) {
      return criterion(r, Fact.PRESENT, "detail.criterion.sessions.with-partners",
          b.sessionsWithPartners().size(), b.sessions());
    }
    if (declared.isPresent()) {
      return criterion(r, Fact.PRESENT, b.sessions() == 0 ? "detail.criterion.ongoing.no-sessions"
          : "detail.criterion.ongoing");
    }
    return criterion(r, Fact.NOT_RECORDED, Message.of("detail.criterion.continuity.not-recorded"),
        Evidence.of("/continuity", "not recorded"));
  }

  private static RungCriterion payment(Initiative i) {
    LadderRung r = LadderRung.CO_PRODUCTION;
    Optional<BigDecimal> staffRate = i.arrangements().staffHourlyRate().value();
    java.util.SortedSet<String> unknown = new java.util.TreeSet<>();
    // By reference, as the reason names them, so that the order of the record changes nothing.
    java.util.SortedMap<String, Evidence> unknownEvidence = new java.util.TreeMap<>();
    java.util.SortedMap<String, List<Evidence>> short_ = new java.util.TreeMap<>();
    List<Participant> people = i.participants();
    boolean any = false;
    for (int n = 0; n < people.size(); n++) {
      Participant p = people.get(n);
      if (!p.isLivedExperiencePartner()) {
        continue;
      }
      any = true;
      Recorded<Payment> pay = p.payment();
      String pointer = "/participants/" + n + "/payment";
      if (pay.isAbsent()) {
        short_.put(p.ref(), List.of(Evidence.of(pointer, "absent")));
      } else if (pay.isNotRecorded()) {
        unknown.add(p.ref());
        unknownEvidence.put(p.ref(), Evidence.of(pointer, "not recorded"));
      } else if (pay.get().method().map(m -> !m.isMoney()).orElse(false)) {
        short_.put(p.ref(), List.of(Evidence.of(pointer + "/method", pay.get().method().get()
            .name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
      } else {
        Optional<BigDecimal> rate = pay.get().ratePerHour();
        if (rate.isPresent() && staffRate.isPresent()
            && rate.get().compareTo(staffRate.get()) < 0) {
          short_.put(p.ref(), List.of(
              Evidence.of(pointer + (pay.get().hourlyRate().isPresent() ? "/hourlyRate" : "/rate"), rate.get().toPlainString()),
              Evidence.of("/arrangements/staffHourlyRate", staffRate.get().toPlainString())));
        }
      }
    }
    if (!short_.isEmpty()) {
      return criterion(r, Fact.ABSENT, Message.of("detail.criterion.payment.short",
          refs(short_.keySet())),
          short_.values().stream().flatMap(List::stream).distinct().toArray(Evidence[]::new));
    }
    if (!any) {
      return criterion(r, Fact.NOT_RECORDED, "detail.criterion.payment.no-partner");
    }
    if (!unknown.isEmpty()) {
      return criterion(r, Fact.NOT_RECORDED, unknown.size() == 1
          ? Message.of("detail.criterion.payment.not-recorded.one", unknown.first())
          : Message.of("detail.criterion.payment.not-recorded", refs(unknown)),
          unknownEvidence.values().toArray(Evidence[]::new));
    }
    return criterion(r, Fact.PRESENT, "detail.criterion.payment.parity");
  }

  private static RungCriterion budgetAndModelOfCare(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.CO_PRODUCTION;
    List<Decision> decisions = i.power().decisions();
    List<Evidence> kept = new ArrayList<>();
    for (int d : b.decisionsWithoutPartners()) {
      Optional<DecisionArea> area = decisions.get(d).area();
      if (area.isPresent() && area.get() != DecisionArea.OTHER) {
        kept.add(Evidence.of("/power/decisions/" + d + "/area",
            area.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
      }
    }
    if (!kept.isEmpty()) {
      return criterion(r, Fact.ABSENT, Message.of("detail.criterion.kept-to-staff", kept.size()),
          kept.toArray(Evidence[]::new));
    }
    return criterion(r, Fact.PRESENT, "detail.criterion.not-kept-to-staff");
  }

  /** Builds a {@link LadderEvidence}; used by {@link #of} and by readers of stored assessments. */
  public static class Builder extends ImmutableLadderEvidence.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
