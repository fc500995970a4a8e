package io.github.coproduction.rules;

/**
 * How much a gap matters, as a commissioner would weigh it; declared from least to most severe,
 * so {@code compareTo} follows severity.
 *
 * <pre>{@code
 * Severity.CRITICAL.isAtLeast(Severity.MAJOR);   // true
 * Severity.valueOf("MINOR").label();              // "minor"
 * }</pre>
 */
public enum Severity {
  /** Good practice not yet in place. */
  ADVISORY,
  /** The process is weak: no ground rules, no reflection yet. */
  MINOR,
  /** Parity is broken: no say in decisions, no lived experience, co-production claimed but not
   * done. */
  MAJOR,
  /** People are harmed or exploited: unpaid lived-experience work beside paid staff, payment that
   * puts benefits at risk without advice, no support while people relive crisis experiences. */
  CRITICAL;

  /**
   * Whether this severity is at least as severe as another.
   *
   * @param threshold the other severity
   * @return true if this is the same or more severe
   */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }

  /**
   * The lower-case name, for reports.
   *
   * @return for example {@code "critical"}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * One step milder, for a gap the initiative itself says is partly closed, but never below
   * minor for a harm the framework names: critical gives major, major gives minor, minor stays
   * minor and advisory stays advisory.
   *
   * <pre>{@code
   * Severity.CRITICAL.milder();   // MAJOR
   * Severity.MINOR.milder();      // MINOR
   * }</pre>
   *
   * @return the milder severity
   */
  public Severity milder() {
    return switch (this) {
      case CRITICAL -> MAJOR;
      case MAJOR, MINOR -> MINOR;
      case ADVISORY -> ADVISORY;
    };
  }
}
