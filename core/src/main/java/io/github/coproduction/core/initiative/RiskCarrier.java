package io.github.coproduction.core.initiative;

/**
 * Who carries a risk: the framework asks that risk is thought about differently, named and
 * shared rather than carried by one side.
 *
 * <pre>{@code
 * RiskCarrier.SHARED;
 * }</pre>
 */
public enum RiskCarrier {
  /** Named and shared by everyone involved. */
  SHARED,
  /** Carried by the organisations alone. */
  ORGANISATIONS,
  /** Carried by the service users and carers taking part. */
  PARTICIPANTS;
}
