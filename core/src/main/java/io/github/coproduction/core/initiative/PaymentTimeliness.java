package io.github.coproduction.core.initiative;

/**
 * Whether payments reach the participant when they should (institutional systems, S1.2). Not
 * recorded is an empty value, never a constant here.
 *
 * <pre>{@code
 * PaymentTimeliness.valueOf("LATE");   // LATE
 * }</pre>
 */
public enum PaymentTimeliness {
  /** Payments arrive when agreed. */
  ON_TIME,
  /** Payments arrive late, for example weeks or months after the work. */
  LATE
}
