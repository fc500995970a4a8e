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

  private static RungCriterion criterion(LadderRung rung, Fact met, String reason,
      Evidence... evidence) {
    return new RungCriterion.Builder().rung(rung).met(met).reason(reason)
        .addEvidence(evidence).build();
  }

  private static String refs(List<String> refs) {
    return String.join(", ", refs);
  }

  private static RungCriterion partnersTakePart(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.CONSULTATION;
    if (b.participants() == 0) {
      return criterion(r, Fact.NOT_RECORDED, "The participants are not recorded.",
          Evidence.of("/participants", "not recorded"));
    }
    if (!b.partners().isEmpty()) {
      return criterion(r, Fact.PRESENT, b.partners().size() + " of " + b.participants()
          + (b.partners().size() == 1 ? " participants takes part as a lived-experience partner ("
              : " participants take part as lived-experience partners (") + refs(b.partners())
          + ").");
    }
    String staff = b.staffWithLivedExperience().isEmpty() ? ""
        : " Staff with lived experience (" + refs(b.staffWithLivedExperience()) + ") are not"
            + " partners.";
    if (!b.partnershipNotRecorded().isEmpty()) {
      return criterion(r, Fact.NOT_RECORDED, "No participant is recorded as taking part as a"
          + " lived-experience partner; for " + refs(b.partnershipNotRecorded()) + " it is not"
          + " recorded." + staff, Evidence.of("/participants", "no partner recorded"));
    }
    return criterion(r, Fact.ABSENT, "None of the " + b.participants() + " participants takes"
        + " part as a lived-experience partner." + staff,
        Evidence.of("/participants", b.participants() + " participants, no partner"));
  }

  private static RungCriterion partnersDecide(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.ENGAGEMENT;
    if (b.decisions() > 0) {
      if (!b.decisionsWithPartners().isEmpty()) {
        return criterion(r, Fact.PRESENT, "Partners took part in "
            + b.decisionsWithPartners().size() + " of " + b.decisions() + " recorded decisions.");
      }
      if (b.decisionsNotKnown() > 0) {
        return criterion(r, Fact.NOT_RECORDED, "For " + b.decisionsNotKnown() + " of "
            + b.decisions() + " recorded decisions, whether partners took part is not recorded.",
            Evidence.of("/power/decisions", "partners not recorded"));
      }
      return criterion(r, Fact.ABSENT, "None of the " + b.decisions() + " recorded decisions"
          + " was made with partners.", staffOnly(b));
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
      return criterion(r, Fact.PRESENT, "No decision is recorded; partners "
          + String.join(", ", declared) + " are declared decision-makers.");
    }
    if (unknown || b.partners().isEmpty()) {
      return criterion(r, Fact.NOT_RECORDED, "No decision is recorded, and no partner is"
          + " declared a decision-maker.", Evidence.of("/power/decisions", "not recorded"));
    }
    return criterion(r, Fact.ABSENT, "No decision is recorded, and every partner is recorded as"
        + " outside where decisions are made.", Evidence.of("/power/decisions", "not recorded"));
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
      return criterion(r, Fact.NOT_RECORDED, "Who defined the problem is not recorded.",
          Evidence.of(pointer, "not recorded"));
    }
    if (by.isPresent() && by.get().stream().anyMatch(Role::isLivedExperiencePartner)) {
      return criterion(r, Fact.PRESENT, "Partners took part in defining the problem.");
    }
    return criterion(r, Fact.ABSENT, "The problem was defined without partners.",
        Evidence.of(pointer, by.isAbsent() ? "absent" : by.get().stream()
            .map(role -> role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", ", "[", "]"))));
  }

  private static RungCriterion mostDecisions(PowerBalance b, PowerThresholds t) {
    LadderRung r = LadderRung.CO_DESIGN;
    int n = b.decisions();
    if (n == 0) {
      return criterion(r, Fact.NOT_RECORDED, "No decision is recorded, so the partners' share of"
          + " decisions cannot be shown.", Evidence.of("/power/decisions", "not recorded"));
    }
    int with = b.decisionsWithPartners().size();
    String share = "Partners took part in " + with + " of " + n + " recorded decisions";
    if (with * 100L >= (long) t.decisionSharePercent() * n) {
      return criterion(r, Fact.PRESENT, share + ".");
    }
    if ((with + b.decisionsNotKnown()) * 100L >= (long) t.decisionSharePercent() * n) {
      return criterion(r, Fact.NOT_RECORDED, share + "; for " + b.decisionsNotKnown()
          + " it is not recorded.", Evidence.of("/power/decisions", "partners not recorded"));
    }
    return criterion(r, Fact.ABSENT, share + ", fewer than " + t.decisionSharePercent()
        + "%.", staffOnly(b));
  }

  private static RungCriterion notTokenShare(PowerBalance b, PowerThresholds t) {
    LadderRung r = LadderRung.CO_DESIGN;
    int n = b.participants();
    if (n == 0) {
      return criterion(r, Fact.NOT_RECORDED, "The participants are not recorded.",
          Evidence.of("/participants", "not recorded"));
    }
    int partners = b.partners().size();
    String share = partners + " of " + n
        + (partners == 1 ? " participants is a partner" : " participants are partners");
    if (partners * 100L >= (long) t.tokenSharePercent() * n) {
      return criterion(r, Fact.PRESENT, share + ".");
    }
    if ((partners + b.partnershipNotRecorded().size()) * 100L
        >= (long) t.tokenSharePercent() * n) {
      return criterion(r, Fact.NOT_RECORDED, share + "; for "
          + b.partnershipNotRecorded().size() + " it is not recorded.",
          Evidence.of("/participants", "partnership not recorded"));
    }
    return criterion(r, Fact.ABSENT, share + ", a token share (below "
        + t.tokenSharePercent() + "%).", Evidence.of("/participants", share));
  }

  private static RungCriterion continuity(Initiative i, PowerBalance b) {
    LadderRung r = LadderRung.CO_PRODUCTION;
    Recorded<Continuity> declared = i.continuity();
    Fact sessions = b.continuityFromSessions();
    if (sessions == Fact.ABSENT) {
      return criterion(r, Fact.ABSENT, "The sessions show partners at "
          + b.sessionsWithPartners().size()
          + (b.sessionsWithPartners().size() == 1 ? " session" : " sessions")
          + ", followed by staff-only sessions or"
          + " decisions.", Evidence.of("/sessions", b.sessionsWithPartners().size()
          + " of " + b.sessions() + " sessions with partners"));
    }
    if (declared.isAbsent() || declared.isPresent() && declared.get() == Continuity.ONE_OFF) {
      return criterion(r, Fact.ABSENT, "Co-production is recorded as a one-off exercise.",
          Evidence.of("/continuity", declared.isAbsent() ? "absent" : "one-off"));
    }
    if (sessions == Fact.PRESENT) {
      return criterion(r, Fact.PRESENT, "Partners took part in "
          + b.sessionsWithPartners().size() + " of " + b.sessions() + " recorded sessions.");
    }
    if (declared.isPresent()) {
      return criterion(r, Fact.PRESENT, "Co-production is recorded as ongoing"
          + (b.sessions() == 0 ? "; no sessions are recorded." : "."));
    }
    return criterion(r, Fact.NOT_RECORDED, "Whether co-production continues is not recorded.",
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
      } else if (!pay.get().method().isMoney()) {
        short_.put(p.ref(), List.of(Evidence.of(pointer + "/method", pay.get().method().name()
            .toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
      } else {
        Optional<BigDecimal> rate = pay.get().hourlyRate();
        if (rate.isPresent() && staffRate.isPresent()
            && rate.get().compareTo(staffRate.get()) < 0) {
          short_.put(p.ref(), List.of(
              Evidence.of(pointer + "/hourlyRate", rate.get().toPlainString()),
              Evidence.of("/arrangements/staffHourlyRate", staffRate.get().toPlainString())));
        }
      }
    }
    if (!short_.isEmpty()) {
      return criterion(r, Fact.ABSENT, "Partners " + String.join(", ", short_.keySet())
          + " are unpaid, paid in kind or paid below the staff rate.",
          short_.values().stream().flatMap(List::stream).distinct().toArray(Evidence[]::new));
    }
    if (!any) {
      return criterion(r, Fact.NOT_RECORDED, "No partner is recorded, so parity of payment"
          + " cannot be shown.");
    }
    if (!unknown.isEmpty()) {
      return criterion(r, Fact.NOT_RECORDED, (unknown.size() == 1 ? "How partner "
          + unknown.first() + " is paid" : "How partners " + String.join(", ", unknown)
          + " are paid") + " is not recorded.",
          unknownEvidence.values().toArray(Evidence[]::new));
    }
    return criterion(r, Fact.PRESENT, "Every partner is paid in money, and none below the staff"
        + " rate.");
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
      return criterion(r, Fact.ABSENT, kept.size() + (kept.size() == 1
          ? " decision on the budget or the model of care was kept to staff."
          : " decisions on the budget or the model of care were kept to staff."),
          kept.toArray(Evidence[]::new));
    }
    return criterion(r, Fact.PRESENT, "No decision on the budget or the model of care is"
        + " recorded as kept to staff.");
  }

  /** Builds a {@link LadderEvidence}; used by {@link #of} and by readers of stored assessments. */
  public static class Builder extends ImmutableLadderEvidence.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
