package io.github.coproduction.core.initiative;

/**
 * Whether co-production is the way of working or a single event; the framework warns against a
 * "one-off" or tokenistic exercise (action C3.6).
 *
 * <pre>{@code
 * Continuity.ONE_OFF;
 * }</pre>
 */
public enum Continuity {
  /** A single exercise with no continuing co-production. */
  ONE_OFF,
  /** Part of a continuing way of working. */
  ONGOING;
}
