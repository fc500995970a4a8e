package io.github.coproduction.rules.portfolio;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A running count over assessments, in constant memory: add assessments one at a time, merge
 * tallies made elsewhere, and take an immutable {@link PortfolioSummary} at any point.
 *
 * <p><strong>Not thread-safe</strong>: give each thread its own tally and {@link #merge} them, or
 * use {@link PortfolioSummary#collector()}, which does that for parallel streams.
 *
 * <pre>{@code
 * PortfolioTally tally = new PortfolioTally();
 * // for (Assessment a : assessments) tally.add(a);
 * PortfolioSummary summary = tally.summary();
 * }</pre>
 */
public final class PortfolioTally {

  /** The key under which ladder positions that are not recorded are counted. */
  static final String NOT_RECORDED = "NOT_RECORDED";
  /** The key under which ladder positions recorded as not assessed are counted. */
  static final String ABSENT = "ABSENT";

  private static final List<FrameworkElement> ELEMENTS = Framework.standard().assessedElements();
  private static final Map<String, Integer> ELEMENT_INDEX = new HashMap<>();

  static {
    for (int i = 0; i < ELEMENTS.size(); i++) {
      ELEMENT_INDEX.put(ELEMENTS.get(i).id(), i);
    }
  }

  private long initiatives;
  private final long[][] elements = new long[ELEMENTS.size()][ElementStatus.values().length];
  private final long[] gapsBySeverity = new long[Severity.values().length];
  private long notRecordedFindings;
  private long waivedFindings;
  private long errors;
  private final long[] verdicts = new long[Verdict.values().length];
  private final Map<String, Long> ruleGaps = new TreeMap<>();
  private final Map<String, Long> currentRungs = new HashMap<>();
  private final Map<String, Long> targetRungs = new HashMap<>();

  /** Creates an empty tally. */
  public PortfolioTally() {}

  /**
   * Counts one assessment.
   *
   * @param assessment the assessment
   * @return this tally
   */
  public PortfolioTally add(Assessment assessment) {
    initiatives++;
    for (ElementAssessment e : assessment.elements()) {
      Integer index = ELEMENT_INDEX.get(e.element());
      if (index != null) {
        elements[index][e.status().ordinal()]++;
      }
    }
    java.util.Set<String> rulesWithGaps = new java.util.HashSet<>();
    for (Finding f : assessment.findings()) {
      if (f.isWaived()) {
        waivedFindings++;
      } else if (f.status() == FindingStatus.GAP) {
        gapsBySeverity[f.severity().ordinal()]++;
        rulesWithGaps.add(f.rule());
      } else {
        notRecordedFindings++;
      }
    }
    rulesWithGaps.forEach(r -> ruleGaps.merge(r, 1L, Long::sum));
    errors += assessment.summary().errors();
    verdicts[assessment.summary().verdict().ordinal()]++;
    currentRungs.merge(key(assessment.ladder().current()), 1L, Long::sum);
    targetRungs.merge(key(assessment.ladder().target()), 1L, Long::sum);
    return this;
  }

  /**
   * Adds another tally's counts to this one.
   *
   * @param other the other tally
   * @return this tally
   */
  public PortfolioTally merge(PortfolioTally other) {
    initiatives += other.initiatives;
    for (int i = 0; i < elements.length; i++) {
      for (int s = 0; s < elements[i].length; s++) {
        elements[i][s] += other.elements[i][s];
      }
    }
    for (int s = 0; s < gapsBySeverity.length; s++) {
      gapsBySeverity[s] += other.gapsBySeverity[s];
    }
    notRecordedFindings += other.notRecordedFindings;
    waivedFindings += other.waivedFindings;
    errors += other.errors;
    for (int v = 0; v < verdicts.length; v++) {
      verdicts[v] += other.verdicts[v];
    }
    other.ruleGaps.forEach((k, v) -> ruleGaps.merge(k, v, Long::sum));
    other.currentRungs.forEach((k, v) -> currentRungs.merge(k, v, Long::sum));
    other.targetRungs.forEach((k, v) -> targetRungs.merge(k, v, Long::sum));
    return this;
  }

  /**
   * Adds a summary's counts to this tally, for merging results computed elsewhere.
   *
   * @param summary the summary
   * @return this tally
   */
  public PortfolioTally merge(PortfolioSummary summary) {
    initiatives += summary.initiatives();
    for (ElementTally t : summary.elements()) {
      Integer index = ELEMENT_INDEX.get(t.element());
      if (index == null) {
        throw new IllegalArgumentException("unknown element '" + t.element() + "' in summary");
      }
      long[] row = elements[index];
      row[ElementStatus.MET.ordinal()] += t.met();
      row[ElementStatus.NO_GAP_FOUND.ordinal()] += t.noGapFound();
      row[ElementStatus.GAP.ordinal()] += t.gap();
      row[ElementStatus.NOT_RECORDED.ordinal()] += t.notRecorded();
      row[ElementStatus.NOT_APPLICABLE.ordinal()] += t.notApplicable();
      row[ElementStatus.NOT_ASSESSED.ordinal()] += t.notAssessed();
    }
    summary.gapsBySeverity().forEach((k, v) -> gapsBySeverity[k.ordinal()] += v);
    notRecordedFindings += summary.notRecordedFindings();
    waivedFindings += summary.waivedFindings();
    errors += summary.errors();
    summary.verdicts().forEach((k, v) -> verdicts[k.ordinal()] += v);
    summary.ruleGaps().forEach((k, v) -> ruleGaps.merge(k, v, Long::sum));
    summary.currentRungs().forEach((k, v) -> currentRungs.merge(k, v, Long::sum));
    summary.targetRungs().forEach((k, v) -> targetRungs.merge(k, v, Long::sum));
    return this;
  }

  /**
   * The counts so far, as an immutable summary.
   *
   * @return the summary
   */
  public PortfolioSummary summary() {
    PortfolioSummary.Builder b = new PortfolioSummary.Builder()
        .initiatives(initiatives)
        .notRecordedFindings(notRecordedFindings)
        .waivedFindings(waivedFindings)
        .errors(errors);
    for (int i = 0; i < ELEMENTS.size(); i++) {
      long[] row = elements[i];
      b.addElements(new ElementTally.Builder()
          .element(ELEMENTS.get(i).id())
          .met(row[ElementStatus.MET.ordinal()])
          .noGapFound(row[ElementStatus.NO_GAP_FOUND.ordinal()])
          .gap(row[ElementStatus.GAP.ordinal()])
          .notRecorded(row[ElementStatus.NOT_RECORDED.ordinal()])
          .notApplicable(row[ElementStatus.NOT_APPLICABLE.ordinal()])
          .notAssessed(row[ElementStatus.NOT_ASSESSED.ordinal()])
          .build());
    }
    for (Severity s : Severity.values()) {
      b.putGapsBySeverity(s, gapsBySeverity[s.ordinal()]);
    }
    for (Verdict v : Verdict.values()) {
      b.putVerdicts(v, verdicts[v.ordinal()]);
    }
    b.ruleGaps(ruleGaps);
    b.currentRungs(ladderOrder(currentRungs));
    b.targetRungs(ladderOrder(targetRungs));
    return b.build();
  }

  private static String key(Recorded<LadderRung> rung) {
    return rung.isPresent() ? rung.get().name() : rung.isAbsent() ? ABSENT : NOT_RECORDED;
  }

  /** Every rung in ladder order, then absent and not recorded, with zero counts included. */
  private static Map<String, Long> ladderOrder(Map<String, Long> counts) {
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (LadderRung r : LadderRung.values()) {
      ordered.put(r.name(), counts.getOrDefault(r.name(), 0L));
    }
    ordered.put(ABSENT, counts.getOrDefault(ABSENT, 0L));
    ordered.put(NOT_RECORDED, counts.getOrDefault(NOT_RECORDED, 0L));
    return ordered;
  }
}
