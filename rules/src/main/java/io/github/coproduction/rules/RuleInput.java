package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.initiative.Initiative;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees: the initiative, its checklist answers bound to their checklist, and the date
 * of the assessment. Immutable and thread-safe; the {@link Assessor} makes one per initiative and
 * shares it between the rules, and binds the checklist answers only when a rule first asks.
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
  private final LocalDate assessedOn;
  private final PowerThresholds thresholds;
  /** Computed when a rule first asks; deterministic, so a race computes the same value twice. */
  private volatile PowerBalance power;
  private volatile LadderEvidence ladder;
  /** Binds the checklist answers; null once they are bound. */
  private Supplier<Optional<ResponseSet>> binder;
  /** The bound answers, or the error binding them; null until a rule first asks. */
  private volatile Bound bound;
  /** The gravest checklist answer to each fact pointer; null until a rule first asks. */
  private volatile Map<String, RecordedFact> answered;

  private RuleInput(Initiative initiative, Supplier<Optional<ResponseSet>> binder,
      LocalDate assessedOn, PowerThresholds thresholds) {
    this.initiative = initiative;
    this.binder = binder;
    this.assessedOn = assessedOn;
    this.thresholds = thresholds;
  }

  /** The answers bound to their checklist, or the error that binding them gave. */
  private record Bound(Optional<ResponseSet> checklist, RuntimeException problem) {}

  /**
   * An input whose checklist answers are bound the first time a rule asks for them, so that an
   * assessment in which no rule reads them does not pay for binding them. Whatever the binder
   * throws is kept and thrown to every rule that asks: those rules fail with that error.
   */
  static RuleInput binding(Initiative initiative, Supplier<Optional<ResponseSet>> binder,
      LocalDate assessedOn, PowerThresholds thresholds) {
    return new RuleInput(initiative, binder, assessedOn, thresholds);
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
    return of(initiative, checklist, assessedOn, PowerThresholds.defaults());
  }

  /**
   * Creates an input with the thresholds of a profile, for testing rules on their own.
   *
   * @param initiative the initiative
   * @param checklist its checklist answers bound to their checklist, or empty
   * @param assessedOn the date of the assessment
   * @param thresholds the thresholds by which power is judged
   * @return the input
   */
  public static RuleInput of(Initiative initiative, Optional<ResponseSet> checklist,
      LocalDate assessedOn, PowerThresholds thresholds) {
    requireNonNull(initiative, "initiative");
    requireNonNull(checklist, "checklist");
    requireNonNull(assessedOn, "assessedOn");
    requireNonNull(thresholds, "thresholds");
    RuleInput input = new RuleInput(initiative, null, assessedOn, thresholds);
    input.bound = new Bound(checklist, null);
    return input;
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
    Bound b = bound;
    if (b == null) {
      b = bind();
    }
    if (b.problem() != null) {
      throw b.problem();
    }
    return b.checklist();
  }

  private synchronized Bound bind() {
    Bound b = bound;
    if (b == null) {
      try {
        b = new Bound(binder.get(), null);
      } catch (RuntimeException e) {
        b = new Bound(Optional.empty(), e);
      }
      binder = null;
      bound = b;
    }
    return b;
  }

  /**
   * One fact as the whole record gives it: the structured field at the pointer, and the checklist
   * answer to it from any item whose {@link ChecklistItem#facts()} names the pointer.
   *
   * <pre>{@code
   * RuleInput input = RuleInput.of(new io.github.coproduction.core.initiative.Initiative.Builder().
   *     id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.RUNNING).build(),
   *     java.util.Optional.empty(), java.time.LocalDate.parse("2026-01-01"));
   * input.fact("/arrangements/emotionalSupport").fact();   // NOT_RECORDED
   * }</pre>
   *
   * @param pointer one of {@link RecordedFact#readable()}
   * @return the fact
   * @throws IllegalArgumentException if the rules cannot read a fact at that pointer, or if the
   *     checklist answers cannot be bound (see {@link #checklist()})
   */
  public RecordedFact fact(String pointer) {
    requireNonNull(pointer, "pointer");
    io.github.coproduction.core.initiative.Fact recorded =
        RecordedFact.structured(initiative, pointer);
    RecordedFact answer = answers().get(pointer);
    return answer == null ? new RecordedFact(pointer, recorded, Answer.UNANSWERED, null, null)
        : new RecordedFact(pointer, recorded, answer.answer(), answer.item().orElseThrow(),
            answer.answerPointer().orElseThrow());
  }

  private Map<String, RecordedFact> answers() {
    Map<String, RecordedFact> a = answered;
    if (a != null) {
      return a;
    }
    Map<String, RecordedFact> byPointer = new HashMap<>();
    Optional<ResponseSet> set = checklist();
    if (set.isPresent()) {
      for (ChecklistItem item : set.get().checklist().items()) {
        Answer answer = set.get().answer(item);
        if (gravity(answer) == 0) {
          continue;
        }
        String at = "/checklist/responses/" + set.get().responseIndex(item).getAsInt()
            + "/answer";
        for (String pointer : item.facts()) {
          RecordedFact before = byPointer.get(pointer);
          if (before == null || gravity(answer) > gravity(before.answer())) {
            byPointer.put(pointer, new RecordedFact(pointer,
                io.github.coproduction.core.initiative.Fact.NOT_RECORDED, answer, item, at));
          }
        }
      }
    }
    a = Map.copyOf(byPointer);
    answered = a;
    return a;
  }

  private static int gravity(Answer answer) {
    return switch (answer) {
      case NO -> 3;
      case PARTLY -> 2;
      case YES -> 1;
      default -> 0;
    };
  }

  /**
   * The thresholds by which power is judged, from the assessor's profile.
   *
   * @return the thresholds
   */
  public PowerThresholds thresholds() {
    return thresholds;
  }

  /**
   * The balance of power the initiative's record evidences, computed once.
   *
   * @return the balance
   */
  public PowerBalance power() {
    PowerBalance p = power;
    if (p == null) {
      p = PowerBalance.of(initiative);
      power = p;
    }
    return p;
  }

  /**
   * The rung of the engagement ladder the record evidences, beside the claimed one, computed once.
   *
   * @return the ladder evidence
   */
  public LadderEvidence ladderEvidence() {
    LadderEvidence l = ladder;
    if (l == null) {
      l = LadderEvidence.of(initiative, power(), thresholds);
      ladder = l;
    }
    return l;
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
