package io.github.coproduction.benchmarks.peer;

import static io.github.coproduction.benchmarks.peer.PeerFinding.at;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.PaymentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The small helpers a user of either peer engine would write beside the rules; the Drools rules
 * import them as functions. Who is a lived-experience partner comes from the core model
 * ({@link Participant#partnership()}), as for the standard rules; nothing here calls the rules
 * module.
 */
public final class Participants {

  /** The value evidence gives a fact the record does not hold. */
  public static final String NOT_RECORDED = "not recorded";

  /** The value evidence gives a fact recorded as absent. */
  public static final String ABSENT = "absent";

  private Participants() {}

  /**
   * Whether a participant is paid a fee or vouchers.
   *
   * @param p the participant
   * @return true if paid in money or vouchers
   */
  public static boolean paidFeeOrVouchers(Participant p) {
    return p.payment().value()
        .map(pay -> pay.method() == PaymentMethod.FEE || pay.method() == PaymentMethod.VOUCHER)
        .orElse(false);
  }

  /**
   * Whether anyone takes part as a lived-experience partner.
   *
   * @param i the initiative
   * @return true if a participant is a partner
   */
  public static boolean anyPartner(Initiative i) {
    return i.participants().stream().anyMatch(Participant::isLivedExperiencePartner);
  }

  /**
   * Whether a rule about lived-experience partners cannot tell if it applies: no participant is
   * recorded, or nobody is a partner and for some the record cannot tell.
   *
   * @param i the initiative
   * @return true if the rule should say partnership is not recorded
   */
  public static boolean partnershipUnknown(Initiative i) {
    return i.participants().isEmpty() || !anyPartner(i) && i.participants().stream()
        .anyMatch(p -> p.partnership() == Fact.NOT_RECORDED);
  }

  /**
   * What a rule about lived-experience partners says when {@link #partnershipUnknown}.
   *
   * @param rule the rule id
   * @param i the initiative
   * @return the finding
   */
  public static PeerFinding partnershipNotRecorded(String rule, Initiative i) {
    List<Participant> all = i.participants();
    if (all.isEmpty()) {
      return PeerFinding.notRecorded(rule, "The initiative's participants are not recorded.",
          List.of(at("/participants", NOT_RECORDED)));
    }
    List<Participant> unknown = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (int n = 0; n < all.size(); n++) {
      if (all.get(n).partnership() == Fact.NOT_RECORDED) {
        unknown.add(all.get(n));
        evidence.add(at(pointer(n) + "/livedExperience", NOT_RECORDED));
      }
    }
    return PeerFinding.notRecorded(rule, "The initiative records no lived-experience partner,"
        + " and for " + unknown.size() + " of " + all.size() + " participants (" + refs(unknown)
        + ") whether they bring lived experience is not recorded.", evidence);
  }

  /**
   * What {@code no-lived-experience} says when everyone is recorded and nobody is a partner.
   *
   * @param i the initiative, with participants, none of them a partner or unknown
   * @return the gap
   */
  public static PeerFinding noPartner(Initiative i) {
    List<Participant> all = i.participants();
    List<String> evidence = new ArrayList<>();
    evidence.add(at("/participants", all.size() + " participants, no lived-experience partner"));
    List<Participant> staff = new ArrayList<>();
    for (int n = 0; n < all.size(); n++) {
      Participant p = all.get(n);
      if (p.isStaffWithLivedExperience()) {
        staff.add(p);
        evidence.add(at(pointer(n) + "/role", kebab(p.role())));
      }
    }
    return PeerFinding.gap("no-lived-experience", "The initiative has no lived-experience"
        + " partner: none of the " + all.size() + " participants takes part as a service user,"
        + " carer, peer worker or for a user-led or peer-support organisation."
        + (staff.isEmpty() ? "" : " Staff with lived experience (" + refs(staff) + ") bring"
            + " something valuable, but they are not partners."), evidence);
  }

  /**
   * The JSON Pointer of the participant at an index.
   *
   * @param index the participant's place in the initiative
   * @return the pointer
   */
  public static String pointer(int index) {
    return "/participants/" + index;
  }

  /**
   * The JSON Pointer of a participant.
   *
   * @param i the initiative
   * @param p the participant
   * @return the pointer
   */
  public static String pointerOf(Initiative i, Participant p) {
    return pointer(i.participants().indexOf(p));
  }

  /**
   * Participants' references, sorted, comma-separated, as the standard rules name people.
   *
   * @param people the participants
   * @return the references
   */
  public static String refs(List<?> people) {
    return people.stream().map(p -> ((Participant) p).ref()).sorted()
        .collect(Collectors.joining(", "));
  }

  /**
   * An enum constant as the documents write it: {@code SENIOR_MANAGER} is
   * {@code senior-manager}.
   *
   * @param constant the constant
   * @return its document name
   */
  public static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
