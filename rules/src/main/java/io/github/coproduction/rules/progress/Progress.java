package io.github.coproduction.rules.progress;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.Finding;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What changed between two assessments of the same initiative: findings closed, opened and
 * persisting, element statuses that moved, and the ladder then and now. Findings are matched by
 * {@link Finding#key()}: rule, status and message.
 *
 * <pre>{@code
 * // Progress p = Progress.between(march, september);
 * // p.closed();   // gaps fixed since March
 * // p.opened();   // new gaps
 * }</pre>
 */
@Value.Immutable
public abstract class Progress {

  Progress() {}

  /**
   * The initiative's id.
   *
   * @return the id
   */
  public abstract String initiative();

  /**
   * The date of the earlier assessment.
   *
   * @return the date
   */
  public abstract LocalDate earlier();

  /**
   * The date of the later assessment.
   *
   * @return the date
   */
  public abstract LocalDate later();

  /**
   * Findings of the earlier assessment that the later one no longer has.
   *
   * @return the closed findings, in the earlier assessment's order
   */
  public abstract List<Finding> closed();

  /**
   * Findings of the later assessment that the earlier one did not have.
   *
   * @return the opened findings, in the later assessment's order
   */
  public abstract List<Finding> opened();

  /**
   * Findings in both assessments, as the later one has them.
   *
   * @return the persisting findings, in the later assessment's order
   */
  public abstract List<Finding> persisting();

  /**
   * Conditions and changes whose status moved.
   *
   * @return the changes, in framework order
   */
  public abstract List<ElementChange> elementChanges();

  /**
   * The ladder position in the earlier assessment.
   *
   * @return the position then
   */
  public abstract LadderPosition ladderBefore();

  /**
   * The ladder position in the later assessment.
   *
   * @return the position now
   */
  public abstract LadderPosition ladderAfter();

  /**
   * Compares two assessments of one initiative.
   *
   * @param earlier the earlier assessment
   * @param later the later assessment
   * @return what changed
   * @throws IllegalArgumentException if they assess different initiatives
   */
  public static Progress between(Assessment earlier, Assessment later) {
    if (!earlier.initiative().equals(later.initiative())) {
      throw new IllegalArgumentException("cannot compare assessments of different initiatives: \""
          + earlier.initiative() + "\" and \"" + later.initiative() + "\"");
    }
    Map<String, Finding> before = index(earlier.findings());
    Map<String, Finding> after = index(later.findings());
    Map<String, ElementAssessment> beforeElements = new LinkedHashMap<>();
    earlier.elements().forEach(e -> beforeElements.put(e.element(), e));
    ImmutableList.Builder<ElementChange> moved = ImmutableList.builder();
    for (ElementAssessment e : later.elements()) {
      ElementAssessment old = beforeElements.get(e.element());
      if (old != null && old.status() != e.status()) {
        moved.add(ImmutableElementChange.of(e.element(), old.status(), e.status()));
      }
    }
    return new Builder()
        .initiative(later.initiative())
        .earlier(earlier.assessedOn())
        .later(later.assessedOn())
        .closed(earlier.findings().stream().filter(f -> !after.containsKey(f.key())).toList())
        .opened(later.findings().stream().filter(f -> !before.containsKey(f.key())).toList())
        .persisting(later.findings().stream().filter(f -> before.containsKey(f.key())).toList())
        .elementChanges(moved.build())
        .ladderBefore(earlier.ladder())
        .ladderAfter(later.ladder())
        .build();
  }

  private static Map<String, Finding> index(List<Finding> findings) {
    Map<String, Finding> map = new LinkedHashMap<>();
    findings.forEach(f -> map.putIfAbsent(f.key(), f));
    return map;
  }

  /** Builds a {@link Progress}; used by {@link #between} and by readers of stored results. */
  public static class Builder extends ImmutableProgress.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
