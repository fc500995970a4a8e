package io.github.coproduction.rules;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of assessing one initiative: the findings in a deterministic order, a status for each
 * of the framework's 18 conditions and 6 changes, what each rule did, the ladder position, waiver
 * notices, the counts and the verdict, with the catalogue and rule-set versions used.
 *
 * <p>Findings are ordered by severity (most severe first), then by the rules' running order, then
 * by message. Immutable and thread-safe.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build());
 * a.summary().verdict();                  // INCOMPLETE
 * a.elements().size();                    // 24
 * a.findingsAtLeast(Severity.MAJOR);      // the major and critical findings
 * }</pre>
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /**
   * The id of the initiative assessed.
   *
   * @return the initiative id
   */
  public abstract String initiative();

  /**
   * The title of the initiative assessed.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The stage of the initiative when assessed.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * The date of the assessment, which decides whether waivers have expired.
   *
   * @return the date
   */
  public abstract LocalDate assessedOn();

  /**
   * The version of the framework catalogue used.
   *
   * @return the catalogue version
   */
  public abstract String catalogueVersion();

  /**
   * The name of the rule set used.
   *
   * @return the rule set's name
   */
  public abstract String ruleSet();

  /**
   * The version of the rule set used.
   *
   * @return the rule set's version
   */
  public abstract String ruleSetVersion();

  /**
   * The name of the profile used.
   *
   * @return the profile's name
   */
  public abstract String profile();

  /**
   * The findings, most severe first.
   *
   * @return the findings, waived ones included and marked
   */
  public abstract List<Finding> findings();

  /**
   * The status of each of the 18 conditions and 6 changes, in framework order.
   *
   * @return 24 element assessments
   */
  public abstract List<ElementAssessment> elements();

  /**
   * What each rule of the set did, in running order.
   *
   * @return one result per rule
   */
  public abstract List<RuleResult> rules();

  /**
   * The initiative's position on the engagement ladder.
   *
   * @return the position
   */
  public abstract LadderPosition ladder();

  /**
   * The balance of power the initiative's record evidences: the partners' share of the
   * participants, of the decision-makers and of the recorded decisions.
   *
   * @return the balance; empty only in an assessment stored before it was computed
   */
  public abstract Optional<PowerBalance> powerBalance();

  /**
   * The rung of the engagement ladder the record evidences, beside the rung claimed, with the
   * criteria that decide it.
   *
   * @return the ladder evidence; empty only in an assessment stored before it was computed
   */
  public abstract Optional<LadderEvidence> ladderEvidence();

  /**
   * Waivers that have expired or matched nothing.
   *
   * @return the notices
   */
  public abstract List<WaiverNotice> waiverNotices();

  /**
   * The counts and the verdict, derived from the findings and the rule results.
   *
   * @return the summary
   */
  @Value.Lazy
  public Summary summary() {
    int[] gaps = new int[Severity.values().length];
    int notRecorded = 0;
    int waived = 0;
    for (Finding f : findings()) {
      if (f.isWaived()) {
        waived++;
      } else if (f.status() == FindingStatus.GAP) {
        gaps[f.severity().ordinal()]++;
      } else {
        notRecorded++;
      }
    }
    int errors = (int) rules().stream().filter(r -> r.status() == RuleStatus.ERROR).count();
    boolean aboveAdvisory = gaps[Severity.MINOR.ordinal()] + gaps[Severity.MAJOR.ordinal()]
        + gaps[Severity.CRITICAL.ordinal()] > 0;
    int disabled = (int) rules().stream().filter(r -> r.status() == RuleStatus.DISABLED)
        .count();
    ImmutableList<String> notAssessed = elements().stream()
        .filter(e -> e.status() == ElementStatus.NOT_ASSESSED).map(ElementAssessment::element)
        .collect(ImmutableList.toImmutableList());
    Verdict verdict = aboveAdvisory ? Verdict.GAPS
        : notRecorded > 0 || errors > 0 || !notAssessed.isEmpty() ? Verdict.INCOMPLETE
        : elements().stream().anyMatch(e -> e.status() == ElementStatus.NO_GAP_FOUND)
            ? Verdict.LIMITED
        : Verdict.SOUND;
    return new Summary.Builder()
        .critical(gaps[Severity.CRITICAL.ordinal()])
        .major(gaps[Severity.MAJOR.ordinal()])
        .minor(gaps[Severity.MINOR.ordinal()])
        .advisory(gaps[Severity.ADVISORY.ordinal()])
        .notRecorded(notRecorded)
        .waived(waived)
        .errors(errors)
        .disabled(disabled)
        .notAssessed(notAssessed)
        .verdict(verdict)
        .build();
  }

  /**
   * Each fact the record does not give, said once: the "not recorded" findings gathered by the
   * fact they wait on, with every rule and element that needs it and the most severe finding it
   * holds back. Derived from the findings; waived findings are left out.
   *
   * @return the missing facts, those that could hide the most severe gap first
   */
  @Value.Lazy
  public List<MissingFact> missingFacts() {
    return MissingFacts.of(findings());
  }

  /**
   * How many rungs lie between the current rung and the target.
   *
   * @return the rungs still to climb, or empty unless both are recorded
   */
  public final Optional<Integer> ladderGap() {
    return ladder().gap();
  }

  /**
   * The unwaived findings at or above a severity.
   *
   * @param threshold the least severity
   * @return the findings, in assessment order
   */
  public final List<Finding> findingsAtLeast(Severity threshold) {
    return findings().stream()
        .filter(f -> !f.isWaived() && f.severity().isAtLeast(threshold))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether any unwaived gap the record proves is at or above a severity.
   *
   * @param threshold the least severity
   * @return true if such a gap exists
   */
  public final boolean hasGapsAtLeast(Severity threshold) {
    return findings().stream().anyMatch(f -> f.isOpenGap() && f.severity().isAtLeast(threshold));
  }

  /**
   * The status of one condition or change.
   *
   * @param elementId a condition or change id, such as {@code "S2.6"}
   * @return its assessment
   * @throws IllegalArgumentException if the id is not one of the 24 assessed elements
   */
  public final ElementAssessment element(String elementId) {
    return elements().stream().filter(e -> e.element().equals(elementId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + elementId + "' is not one of the"
            + " 18 conditions and 6 changes an assessment gives a status to"));
  }

  /**
   * What one rule did.
   *
   * @param ruleId the rule id
   * @return its result
   * @throws IllegalArgumentException if the rule was not in the rule set
   */
  public final RuleResult rule(String ruleId) {
    return rules().stream().filter(r -> r.rule().equals(ruleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule '" + ruleId + "' in rule set '"
            + ruleSet() + "'"));
  }

  /** Builds an {@link Assessment}; used by {@link Assessor} and by readers of stored
   * assessments. */
  public static class Builder extends ImmutableAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
