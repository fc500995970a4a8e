package io.github.coproduction.rules.portfolio;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * The aggregate of a portfolio of assessments: for each of the 18 conditions and 6 changes how
 * many initiatives met it, had a gap, did not record it; open gaps by severity; verdicts; how many
 * initiatives each rule found gaps in; and the distribution of current and target ladder rungs.
 *
 * <p>Immutable. Summaries {@linkplain #merge merge}, so a portfolio can be split across threads or
 * machines and the parts combined.
 *
 * <pre>{@code
 * // PortfolioSummary s = assessments.stream().collect(PortfolioSummary.collector());
 * // s.element("S2.6").prevalence();   // share of initiatives with a payment gap
 * PortfolioSummary.empty().initiatives();   // 0
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class PortfolioSummary {

  PortfolioSummary() {}

  /**
   * How many assessments were counted.
   *
   * @return the count
   */
  public abstract long initiatives();

  /**
   * One tally per condition and change, in framework order.
   *
   * @return 24 tallies
   */
  public abstract List<ElementTally> elements();

  /**
   * Open gaps (findings not waived) by severity, most severe last.
   *
   * @return counts for every severity
   */
  public abstract Map<Severity, Long> gapsBySeverity();

  /**
   * Findings of facts not recorded.
   *
   * @return the count
   */
  public abstract long notRecordedFindings();

  /**
   * Findings suppressed by waivers.
   *
   * @return the count
   */
  public abstract long waivedFindings();

  /**
   * Rule evaluation errors.
   *
   * @return the count
   */
  public abstract long errors();

  /**
   * Initiatives by verdict.
   *
   * @return counts for every verdict
   */
  public abstract Map<Verdict, Long> verdicts();

  /**
   * For each rule that found a gap anywhere, how many initiatives it found gaps in; sorted by
   * rule id.
   *
   * @return counts by rule id
   */
  public abstract Map<String, Long> ruleGaps();

  /**
   * Initiatives by current ladder rung (rung names, then {@code ABSENT} and
   * {@code NOT_RECORDED}).
   *
   * @return counts by rung, every rung present
   */
  public abstract Map<String, Long> currentRungs();

  /**
   * Initiatives by target ladder rung, keyed as {@link #currentRungs()}.
   *
   * @return counts by rung, every rung present
   */
  public abstract Map<String, Long> targetRungs();

  /**
   * The tally for one condition or change.
   *
   * @param elementId the id, such as {@code "S2.6"}
   * @return its tally
   * @throws IllegalArgumentException if the id is not one of the 24 assessed elements
   */
  public final ElementTally element(String elementId) {
    return elements().stream().filter(e -> e.element().equals(elementId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + elementId + "' is not one of the"
            + " 18 conditions and 6 changes"));
  }

  /**
   * Combines two summaries, as if all their assessments had been counted together.
   *
   * @param other the other summary
   * @return the combined summary
   */
  public final PortfolioSummary merge(PortfolioSummary other) {
    return new PortfolioTally().merge(this).merge(other).summary();
  }

  /**
   * The summary of no assessments.
   *
   * @return the empty summary
   */
  public static PortfolioSummary empty() {
    return new PortfolioTally().summary();
  }

  /**
   * A collector that tallies assessments, in parallel streams too.
   *
   * @return the collector
   */
  public static Collector<Assessment, PortfolioTally, PortfolioSummary> collector() {
    return Collector.of(PortfolioTally::new, PortfolioTally::add, PortfolioTally::merge,
        PortfolioTally::summary, Collector.Characteristics.UNORDERED);
  }

  /** Builds a {@link PortfolioSummary}; used by {@link PortfolioTally} and by readers. */
  public static class Builder extends ImmutablePortfolioSummary.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
