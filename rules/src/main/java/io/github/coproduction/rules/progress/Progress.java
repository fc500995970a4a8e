package io.github.coproduction.rules.progress;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What changed between two assessments of the same initiative: findings closed, opened and
 * persisting, element statuses that moved, and the ladder then and now.
 *
 * <p>A finding of the later assessment persists when the earlier one has the same finding: the
 * same rule, status and sorted JSON Pointers of its evidence, never the message, so that a gap
 * whose message names a value that changed (the initiative still claims co-production, now at
 * Co-design rather than Consultation), whose wording changed, or that is shown in another
 * language persists rather than closing and opening again. Given the two records
 * ({@link #between(Assessment, Initiative, Assessment, Initiative)}), a pointer into the
 * participants or the checklist answers names the participant or the item
 * ({@link Finding#key(Initiative)}), so that a record listing them in another order has made no
 * progress; without them ({@link #between(Assessment, Assessment)}, as for stored assessments)
 * pointers are compared as they are ({@link Finding#key()}). Each earlier finding matches at most
 * one later finding, in order.
 *
 * <pre>{@code
 * // Progress p = Progress.between(march, september);
 * // p.closed();   // gaps fixed since March
 * // p.opened();   // new gaps
 * }</pre>
 */
@Value.Immutable(copy = false)
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
    return between(earlier, later, Finding::key, Finding::key);
  }

  /**
   * Compares two assessments of one initiative, given the records they assessed, so that a
   * participant or a checklist answer is recognised wherever the record lists it.
   *
   * @param earlier the earlier assessment
   * @param earlierRecord the initiative it assessed
   * @param later the later assessment
   * @param laterRecord the initiative it assessed
   * @return what changed
   * @throws IllegalArgumentException if they assess different initiatives, or a record is not
   *     the one its assessment assessed
   */
  public static Progress between(Assessment earlier, Initiative earlierRecord, Assessment later,
      Initiative laterRecord) {
    for (var pair : java.util.List.of(java.util.Map.entry(earlier, earlierRecord),
        java.util.Map.entry(later, laterRecord))) {
      if (!pair.getKey().initiative().equals(pair.getValue().id())) {
        throw new IllegalArgumentException("the assessment of \"" + pair.getKey().initiative()
            + "\" was given the record of \"" + pair.getValue().id() + "\"");
      }
    }
    return between(earlier, later, f -> f.key(earlierRecord), f -> f.key(laterRecord));
  }

  private static Progress between(Assessment earlier, Assessment later,
      Function<Finding, String> earlierKey, Function<Finding, String> laterKey) {
    if (!earlier.initiative().equals(later.initiative())) {
      throw new IllegalArgumentException("cannot compare assessments of different initiatives: \""
          + earlier.initiative() + "\" and \"" + later.initiative() + "\"");
    }
    Map<String, ElementAssessment> beforeElements = new LinkedHashMap<>();
    earlier.elements().forEach(e -> beforeElements.put(e.element(), e));
    List<Finding> before = earlier.findings();
    List<Finding> after = later.findings();
    int[] partner = new int[after.size()];
    Arrays.fill(partner, -1);
    boolean[] matched = new boolean[before.size()];
    match(before, after, partner, matched, earlierKey, laterKey);
    List<Finding> closed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!matched[i]) {
        closed.add(before.get(i));
      }
    }
    List<Finding> opened = new ArrayList<>();
    List<Finding> persisting = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      (partner[j] < 0 ? opened : persisting).add(after.get(j));
    }
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
        .closed(closed)
        .opened(opened)
        .persisting(persisting)
        .elementChanges(moved.build())
        .ladderBefore(earlier.ladder())
        .ladderAfter(later.ladder())
        .build();
  }

  /** Pairs later findings with earlier ones of the same key, in order. */
  private static void match(List<Finding> before, List<Finding> after, int[] partner,
      boolean[] matched, Function<Finding, String> earlierKey,
      Function<Finding, String> laterKey) {
    Map<String, ArrayDeque<Integer>> unmatched = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      if (!matched[i]) {
        unmatched.computeIfAbsent(earlierKey.apply(before.get(i)), k -> new ArrayDeque<>())
            .add(i);
      }
    }
    for (int j = 0; j < after.size(); j++) {
      if (partner[j] < 0) {
        ArrayDeque<Integer> candidates = unmatched.get(laterKey.apply(after.get(j)));
        if (candidates != null && !candidates.isEmpty()) {
          int i = candidates.poll();
          partner[j] = i;
          matched[i] = true;
        }
      }
    }
  }

  /** Builds a {@link Progress}; used by {@link #between} and by readers of stored results. */
  public static class Builder extends ImmutableProgress.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
