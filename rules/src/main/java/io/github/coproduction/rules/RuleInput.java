package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.initiative.Initiative;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule sees: the initiative, its checklist answers bound to their checklist, and the date
 * of the assessment. Immutable; the {@link Assessor} makes one per initiative and shares it
 * between the rules.
 *
 * <pre>{@code
 * RuleInput input = RuleInput.of(new io.github.coproduction.core.initiative.Initiative.Builder()
 *     .id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING).build(),
 *     java.util.Optional.empty(), java.time.LocalDate.parse("2026-01-01"));
 * input.checklist().isPresent();   // false
 * }</pre>
 */
public final class RuleInput {

  private final Initiative initiative;
  private final Optional<ResponseSet> checklist;
  private final RuntimeException checklistProblem;
  private final LocalDate assessedOn;

  private RuleInput(Initiative initiative, Optional<ResponseSet> checklist,
      RuntimeException checklistProblem, LocalDate assessedOn) {
    this.initiative = initiative;
    this.checklist = checklist;
    this.checklistProblem = checklistProblem;
    this.assessedOn = assessedOn;
  }

  /** An input whose checklist answers could not be bound: rules that read them fail. */
  static RuleInput withChecklistProblem(Initiative initiative, RuntimeException problem,
      LocalDate assessedOn) {
    return new RuleInput(initiative, Optional.empty(), problem, assessedOn);
  }

  /**
   * Creates an input, for testing rules on their own.
   *
   * @param initiative the initiative
   * @param checklist its checklist answers bound to their checklist, or empty
   * @param assessedOn the date of the assessment
   * @return the input
   */
  public static RuleInput of(Initiative initiative, Optional<ResponseSet> checklist,
      LocalDate assessedOn) {
    return new RuleInput(requireNonNull(initiative, "initiative"),
        requireNonNull(checklist, "checklist"), null, requireNonNull(assessedOn, "assessedOn"));
  }

  /**
   * The initiative being assessed.
   *
   * @return the initiative
   */
  public Initiative initiative() {
    return initiative;
  }

  /**
   * The initiative's checklist answers, bound to their checklist.
   *
   * @return the response set, or empty when the initiative records no checklist answers
   * @throws IllegalArgumentException if the answers are to a checklist the assessor does not
   *     know, or to items that checklist does not have; the rule then fails with that error
   */
  public Optional<ResponseSet> checklist() {
    if (checklistProblem != null) {
      throw checklistProblem;
    }
    return checklist;
  }

  /**
   * The date of the assessment.
   *
   * @return the date
   */
  public LocalDate assessedOn() {
    return assessedOn;
  }
}
