package io.github.coproduction.rules.portfolio;

import org.immutables.value.Value;

/**
 * How many initiatives of a portfolio had each status for one framework condition or change.
 *
 * <pre>{@code
 * // PortfolioSummary s = ...; s.element("S2.6").prevalence();
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class ElementTally {

  ElementTally() {}

  /**
   * The element's id.
   *
   * @return the id
   */
  public abstract String element();

  /**
   * Initiatives where the element is met.
   *
   * @return the count
   */
  public abstract long met();

  /**
   * Initiatives where no gap was found but only some aspects are evidenced.
   *
   * @return the count; 0 in summaries written before the status existed
   */
  @org.immutables.value.Value.Default
  public long noGapFound() {
    return 0;
  }

  /**
   * Initiatives with a gap.
   *
   * @return the count
   */
  public abstract long gap();

  /**
   * Initiatives where it is not recorded.
   *
   * @return the count
   */
  public abstract long notRecorded();

  /**
   * Initiatives where it does not apply.
   *
   * @return the count
   */
  public abstract long notApplicable();

  /**
   * Initiatives where it could not be assessed.
   *
   * @return the count
   */
  public abstract long notAssessed();

  /**
   * All initiatives counted.
   *
   * @return the total
   */
  public final long total() {
    return met() + noGapFound() + gap() + notRecorded() + notApplicable() + notAssessed();
  }

  /**
   * The share of initiatives with a gap in this element.
   *
   * @return from 0.0 to 1.0; 0.0 for an empty portfolio
   */
  public final double prevalence() {
    return total() == 0 ? 0.0 : (double) gap() / total();
  }

  /** Builds an {@link ElementTally}; every count is required. */
  public static class Builder extends ImmutableElementTally.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
