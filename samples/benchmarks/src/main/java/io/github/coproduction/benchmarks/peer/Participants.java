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
        .map(pay -> pay.method() == PaymentMethod.FEE || pay.method() == PaymentMethod.VOUCHER)
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
}
