package io.github.coproduction.benchmarks.peer;

import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.PaymentMethod;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The small helpers a user of either peer engine would write beside the rules; the Drools rules
 * import them as functions.
 */
public final class Participants {

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
   * Whether a participant makes one of the initiative's recorded decisions.
   *
   * @param i the initiative
   * @param p the participant
   * @return true if a decision names them
   */
  public static boolean decides(Initiative i, Participant p) {
    for (Decision d : i.power().decisions()) {
      if (d.madeBy().contains(p.ref())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a rule about people with lived experience cannot tell if it applies: no participant is
   * recorded, or nobody is recorded as bringing lived experience and for some it is not recorded.
   *
   * @param i the initiative
   * @return true if the rule should say lived experience is not recorded
   */
  public static boolean livedExperienceUnknown(Initiative i) {
    return i.participants().isEmpty()
        || i.participants().stream().noneMatch(Participant::hasLivedExperience)
            && i.participants().stream().anyMatch(p -> p.livedExperience().isNotRecorded());
  }

  /**
   * What a rule about people with lived experience says when {@link #livedExperienceUnknown}.
   *
   * @param rule the rule id
   * @param i the initiative
   * @return the finding
   */
  public static PeerFinding livedExperienceNotRecorded(String rule, Initiative i) {
    if (i.participants().isEmpty()) {
      return PeerFinding.notRecorded(rule, "The initiative's participants are not recorded.",
          "/participants");
    }
    List<Participant> unknown = i.participants().stream()
        .filter(p -> p.livedExperience().isNotRecorded()).toList();
    return PeerFinding.notRecorded(rule, "The initiative records no participant with lived"
        + " experience, and for " + unknown.size() + " of " + i.participants().size()
        + " participants (" + refs(unknown) + ") it is not recorded.",
        pointer(i, unknown.get(0)) + "/livedExperience");
  }

  /**
   * The JSON Pointer of a participant.
   *
   * @param i the initiative
   * @param p the participant
   * @return the pointer
   */
  public static String pointer(Initiative i, Participant p) {
    return "/participants/" + i.participants().indexOf(p);
  }

  /**
   * Participants' references, comma-separated.
   *
   * @param people the participants
   * @return the references
   */
  public static String refs(List<?> people) {
    return people.stream().map(p -> ((Participant) p).ref()).collect(Collectors.joining(", "));
  }

  /**
   * The references of the people given, in the initiative's order, whatever order they were
   * collected in (Drools' {@code collect} gives working-memory order).
   *
   * @param initiative the initiative the people are participants of
   * @param people the participants
   * @return their references, comma-separated
   */
  public static String refs(Initiative initiative, List<?> people) {
    java.util.Map<String, Integer> order = new java.util.HashMap<>();
    List<Participant> all = initiative.participants();
    for (int n = 0; n < all.size(); n++) {
      order.put(all.get(n).ref(), n);
    }
    return refs(people.stream().map(p -> (Participant) p)
        .sorted(java.util.Comparator.comparingInt(p -> order.get(p.ref()))).toList());
  }

  /**
   * The one of the people given who comes first in the initiative, whatever order they were
   * collected in.
   *
   * @param initiative the initiative the people are participants of
   * @param people the participants, at least one
   * @return the first of them in the initiative's order
   */
  public static Participant first(Initiative initiative, List<?> people) {
    java.util.Set<?> among = new java.util.HashSet<>(people);
    for (Participant p : initiative.participants()) {
      if (among.contains(p)) {
        return p;
      }
    }
    throw new IllegalArgumentException("none of the people is a participant");
  }
}
