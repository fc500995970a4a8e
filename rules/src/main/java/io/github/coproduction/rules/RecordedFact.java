package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import java.util.Optional;
import java.util.Set;

/**
 * One fact of an initiative as its whole record gives it: the structured field, and the checklist
 * answer that speaks to it. {@link RuleInput#fact(String)} makes them.
 *
 * <p>The structured field decides when it is recorded; a checklist answer that disagrees with it
 * is not preferred silently but reported as a contradiction. Where the field is not recorded, a
 * checklist item that answers it ({@link ChecklistItem#facts()}) speaks instead: "yes" is
 * evidence the fact is present, "no" records it absent, and "partly" is a gap one step milder.
 * When several items answer the same fact, the gravest answer speaks: no, then partly, then yes.
 *
 * <pre>{@code
 * RuleInput input = RuleInput.of(new io.github.coproduction.core.initiative.Initiative.Builder().
 *     id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.RUNNING).build(),
 *     java.util.Optional.empty(), java.time.LocalDate.parse("2026-01-01"));
 * RecordedFact f = input.fact("/arrangements/emotionalSupport");
 * f.fact();             // NOT_RECORDED
 * f.fromChecklist();    // false
 * }</pre>
 */
public final class RecordedFact {

  private static final String VISION_INFORMED = "/vision/informedByLivedExperience";
  private static final String VISION_CO_PRODUCED = "/vision/coProduced";
  private static final String REFLECTIONS = "/reflections";
  private static final String NOT_OPEN = "/power/notOpenToCoproduction";

  private static final Set<String> POINTERS = pointers();

  private final String pointer;
  private final Fact recorded;
  private final Answer answer;
  private final ChecklistItem item;
  private final String answerPointer;

  RecordedFact(String pointer, Fact recorded, Answer answer, ChecklistItem item,
      String answerPointer) {
    this.pointer = pointer;
    this.recorded = recorded;
    this.answer = answer;
    this.item = item;
    this.answerPointer = answerPointer;
  }

  /**
   * The pointers of the facts the rules can read this way, which a checklist item's
   * {@link ChecklistItem#facts()} may name: every arrangement, the vision's two facts, the
   * reflections, and whether what is not open to co-production was stated.
   *
   * @return the pointers, such as {@code "/arrangements/emotionalSupport"}
   */
  public static Set<String> readable() {
    return POINTERS;
  }

  private static Set<String> pointers() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (Arrangement a : Arrangement.values()) {
      b.add(a.pointer());
    }
    return b.add(VISION_INFORMED, VISION_CO_PRODUCED, REFLECTIONS, NOT_OPEN).build();
  }

  /** The structured field at a readable pointer. */
  static Fact structured(Initiative initiative, String pointer) {
    requireNonNull(pointer, "pointer");
    if (pointer.startsWith("/arrangements/")) {
      Optional<Arrangement> a = Arrangement.fromDocumentName(
          pointer.substring("/arrangements/".length()));
      if (a.isPresent()) {
        return initiative.arrangements().provision(a.get()).fact();
      }
    }
    return switch (pointer) {
      case VISION_INFORMED -> initiative.vision().informedByLivedExperience();
      case VISION_CO_PRODUCED -> initiative.vision().coProduced();
      case REFLECTIONS -> initiative.reflections().fact();
      case NOT_OPEN -> initiative.power().notOpenToCoproduction().fact();
      default -> throw new IllegalArgumentException("the rules cannot read a fact at \""
          + pointer + "\"; readable: " + POINTERS);
    };
  }

  /**
   * Where the fact is in the initiative document.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The structured field alone.
   *
   * @return present, absent or not recorded
   */
  public Fact recorded() {
    return recorded;
  }

  /**
   * The checklist answer that speaks to the fact, the gravest when several items answer it.
   *
   * @return the answer; {@link Answer#UNANSWERED} when no item that answers the fact is answered
   */
  public Answer answer() {
    return answer;
  }

  /**
   * The checklist item whose answer is {@link #answer()}.
   *
   * @return the item, or empty when unanswered
   */
  public Optional<ChecklistItem> item() {
    return Optional.ofNullable(item);
  }

  /**
   * Where that answer is in the initiative document, such as
   * {@code "/checklist/responses/3/answer"}.
   *
   * @return the pointer, or empty when unanswered
   */
  public Optional<String> answerPointer() {
    return Optional.ofNullable(answerPointer);
  }

  /**
   * Whether the checklist answer decides the fact: the structured field is not recorded and an
   * item answering it is answered yes, no or partly.
   *
   * @return true when the answer speaks for the fact
   */
  public boolean fromChecklist() {
    return !recorded.isRecorded()
        && (answer == Answer.YES || answer == Answer.NO || answer == Answer.PARTLY);
  }

  /**
   * The fact: the structured field when recorded; otherwise present for a "yes", absent for a
   * "no" or "partly" (partly is a gap, see {@link #isPartly()}), not recorded without an answer.
   *
   * @return present, absent or not recorded
   */
  public Fact fact() {
    if (recorded.isRecorded()) {
      return recorded;
    }
    return switch (answer) {
      case YES -> Fact.PRESENT;
      case NO, PARTLY -> Fact.ABSENT;
      default -> Fact.NOT_RECORDED;
    };
  }

  /**
   * Whether the fact rests on a "partly": a gap, one step milder than an absence.
   *
   * @return true when the field is not recorded and the answer is partly
   */
  public boolean isPartly() {
    return !recorded.isRecorded() && answer == Answer.PARTLY;
  }

  @Override
  public String toString() {
    return "RecordedFact[" + pointer + " " + recorded + (answer == Answer.UNANSWERED ? ""
        : ", " + item.id() + " " + answer + " at " + answerPointer) + "]";
  }
}
