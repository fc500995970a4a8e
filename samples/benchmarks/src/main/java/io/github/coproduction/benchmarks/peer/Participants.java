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
        .map(pay -> pay.isPaid() && (pay.method().get() == PaymentMethod.FEE || pay.method().get() == PaymentMethod.PAYROLL || pay.method().get() == PaymentMethod.VOUCHER))
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
    return i.participants().isEmpty() || (!anyPartner(i) && i.participants().stream()
        .anyMatch(p -> p.partnership() == Fact.NOT_RECORDED));
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

  /**
   * Whether a participant's time is unpaid on the record: no payment, or an accepted payment of
   * expenses only. A declined offer is not unpaid.
   *
   * @param p the participant
   * @return true if unpaid on the record
   */
  public static boolean unpaidOnRecord(Participant p) {
    if (p.payment().isAbsent()) {
      return true;
    }
    return p.payment().value().map(pay -> pay.response()
        .map(r -> r == io.github.coproduction.core.initiative.PaymentResponse.ACCEPTED)
        .orElse(true) && pay.method().map(PaymentMethod::isUnpaid).orElse(false))
        .orElse(false);
  }

  /**
   * Whether paid staff take part: as recorded, else present when someone is in a staff role or a
   * staff rate is recorded, else not recorded.
   *
   * @param i the initiative
   * @return the fact
   */
  public static io.github.coproduction.core.initiative.Fact paidStaff(Initiative i) {
    io.github.coproduction.core.initiative.Fact f = i.arrangements().paidStaff();
    if (f.isRecorded()) {
      return f;
    }
    if (i.participants().stream().anyMatch(p -> p.role().isStaff())
        || i.arrangements().staffHourlyRate().isPresent()
        || !i.arrangements().staffRates().isEmpty()) {
      return io.github.coproduction.core.initiative.Fact.PRESENT;
    }
    return io.github.coproduction.core.initiative.Fact.NOT_RECORDED;
  }

  /**
   * What the unpaid rule says of one participant with lived experience, or null for nothing.
   *
   * @param i the initiative
   * @param p the participant
   * @return the finding, or null
   */
  public static PeerFinding unpaidFinding(Initiative i, Participant p) {
    String id = "unpaid-lived-experience";
    String payment = pointerOf(i, p) + "/payment";
    if (p.payment().isNotRecorded()) {
      return PeerFinding.notRecorded(id, "Whether participant " + p.ref() + " is offered"
          + " payment, and how they are paid, is not recorded.",
          List.of(PeerFinding.at(payment, NOT_RECORDED)));
    }
    if (!unpaidOnRecord(p)) {
      return null;
    }
    String words = p.payment().isAbsent() ? "is recorded as unpaid"
        : "is paid expenses only, which leaves their time unpaid";
    io.github.coproduction.core.initiative.Fact staff = paidStaff(i);
    if (staff == io.github.coproduction.core.initiative.Fact.PRESENT) {
      return PeerFinding.gap(id, "Participant " + p.ref() + " brings lived experience and "
          + words + ", beside paid staff.", List.of(p.payment().isAbsent()
              ? PeerFinding.at(payment, ABSENT)
              : PeerFinding.at(payment + "/method", "expenses-only")));
    }
    if (staff == io.github.coproduction.core.initiative.Fact.NOT_RECORDED) {
      return PeerFinding.notRecorded(id, "Participant " + p.ref() + " brings lived experience"
          + " and " + words + "; whether paid staff take part is not recorded.",
          List.of(PeerFinding.at("/arrangements/paidStaff", NOT_RECORDED)));
    }
    return null;
  }

  /**
   * The note the benefits-advice rule adds when some of those paid are given vouchers.
   *
   * @param paid the participants paid
   * @return the note, or empty
   */
  public static String voucherNote(List<Participant> paid) {
    return paid.stream().anyMatch(p -> p.payment().value().flatMap(x -> x.method())
        .orElse(null) == PaymentMethod.VOUCHER)
        ? " Vouchers count: they are taxable and may count as earnings." : "";
  }
}
