package io.github.coproduction.core.initiative;

/**
 * What a co-produced initiative shapes: the design, the commissioning or the delivery of mental
 * health services and supports. An initiative may cover more than one.
 *
 * <pre>{@code
 * Scope.valueOf("COMMISSIONING");
 * }</pre>
 */
public enum Scope {
  /** Designing a service or support. */
  DESIGN,
  /** Commissioning (or recommissioning) a service. */
  COMMISSIONING,
  /** Delivering a service or support. */
  DELIVERY;
}
