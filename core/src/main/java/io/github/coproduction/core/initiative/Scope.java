package io.github.coproduction.core.initiative;

/**
 * What a co-produced initiative shapes: the design, the commissioning or the delivery of mental
 * health services and supports, or research about them. An initiative may cover more than one.
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
  DELIVERY,
  /**
   * Research: a study, a programme or a standing research involvement group, where the payment
   * reference is research guidance (NIHR's) rather than a trust's policy, and there is no local
   * vision and strategy to co-produce. Assess it with the research profile.
   */
  RESEARCH;
}
