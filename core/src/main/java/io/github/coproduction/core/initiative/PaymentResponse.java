package io.github.coproduction.core.initiative;

/**
 * What a participant did with the payment they were offered.
 *
 * <pre>{@code
 * PaymentResponse.DECLINED_AFTER_ADVICE.isDeclined();   // true
 * PaymentResponse.ACCEPTED.isDeclined();                // false
 * }</pre>
 */
public enum PaymentResponse {
  /** The participant accepted payment and is paid. */
  ACCEPTED,
  /** The participant declined payment after independent welfare benefits advice. */
  DECLINED_AFTER_ADVICE,
  /** The participant declined payment with no independent welfare benefits advice. */
  DECLINED_WITHOUT_ADVICE,
  /** Payment for the participant's time goes to the organisation they come from. */
  PAID_TO_ORGANISATION;

  /**
   * Whether the participant declined the payment offered.
   *
   * @return true for both ways of declining
   */
  public boolean isDeclined() {
    return this == DECLINED_AFTER_ADVICE || this == DECLINED_WITHOUT_ADVICE;
  }
}
