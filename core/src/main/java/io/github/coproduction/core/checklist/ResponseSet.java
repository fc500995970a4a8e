package io.github.coproduction.core.checklist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.ValidationException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist together with the answers given to it: completion per phase, and whether the
 * activity may move on.
 *
 * <p>The phases are ordered: an activity may move on from a phase when no item of that phase or
 * an earlier one is unanswered or answered "no". "Partly" does not block, but its remedy should be
 * surfaced. Immutable and thread-safe.
 *
 * <pre>{@code
 * Checklist c = DefaultChecklist.checklist();
 * ChecklistResponses answers = new ChecklistResponses.Builder().checklist(c.id()).
 *     addResponses(new Response.Builder().item("B01").answer(Answer.YES).build()).
 *     build();
 * ResponseSet set = ResponseSet.of(c, answers);
 * set.completion(Phase.BEFORE).yes();   // 1
 * set.mayMoveOn(Phase.BEFORE);          // false: other BEFORE items are unanswered
 * }</pre>
 */
public final class ResponseSet {

  private final Checklist checklist;
  private final ChecklistResponses responses;
  private final Map<Phase, PhaseCompletion> completion;
  // The response answering each item, by item id, made once: directly, or through an alias.
  private final Map<String, Integer> answering;

  private ResponseSet(Checklist checklist, ChecklistResponses responses) {
    this.checklist = checklist;
    this.responses = responses;
    Map<String, Integer> byItem = new HashMap<>();
    List<Response> list = responses.responses();
    for (int i = 0; i < list.size(); i++) {
      if (checklist.item(list.get(i).item()).isPresent()) {
        byItem.putIfAbsent(list.get(i).item(), i);
      }
    }
    // An answer to an old id speaks for each replacement not answered in its own right.
    for (int i = 0; i < list.size(); i++) {
      if (checklist.item(list.get(i).item()).isEmpty()) {
        for (ChecklistItem item : checklist.named(list.get(i).item())) {
          byItem.putIfAbsent(item.id(), i);
        }
      }
    }
    this.answering = byItem;
    Map<Phase, Map<Answer, Integer>> countsByPhase = new EnumMap<>(Phase.class);
    for (ChecklistItem item : checklist.items()) {
      countsByPhase.computeIfAbsent(item.phase(), p -> new EnumMap<>(Answer.class))
          .merge(answer(item), 1, Integer::sum);
    }
    Map<Phase, PhaseCompletion> byPhase = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      Map<Answer, Integer> counts = countsByPhase.getOrDefault(phase, Map.of());
      byPhase.put(phase, ImmutablePhaseCompletion.of(phase,
          counts.getOrDefault(Answer.YES, 0), counts.getOrDefault(Answer.PARTLY, 0),
          counts.getOrDefault(Answer.NO, 0), counts.getOrDefault(Answer.NOT_APPLICABLE, 0),
          counts.getOrDefault(Answer.UNANSWERED, 0)));
    }
    this.completion = byPhase;
  }

  /**
   * Binds answers to their checklist.
   *
   * @param checklist the checklist
   * @param responses the answers to it
   * @return the response set
   * @throws ValidationException if the answers are to another checklist, or answer an item the
   *     checklist neither has nor {@linkplain Checklist#aliases() aliases}; the pointer is into
   *     the responses
   */
  public static ResponseSet of(Checklist checklist, ChecklistResponses responses) {
    requireNonNull(checklist, "checklist");
    requireNonNull(responses, "responses");
    if (!responses.checklist().equals(checklist.id())) {
      throw new ValidationException("/checklist", "responses are to checklist \""
          + responses.checklist() + "\", not to \"" + checklist.id() + "\"");
    }
    List<Response> list = responses.responses();
    for (int i = 0; i < list.size(); i++) {
      if (checklist.named(list.get(i).item()).isEmpty()) {
        throw new ValidationException("/responses/" + i + "/item", "checklist \""
            + checklist.id() + "\" has no item \"" + list.get(i).item() + "\"");
      }
    }
    return new ResponseSet(checklist, responses);
  }

  /**
   * The checklist.
   *
   * @return the checklist
   */
  public Checklist checklist() {
    return checklist;
  }

  /**
   * The answers.
   *
   * @return the answers
   */
  public ChecklistResponses responses() {
    return responses;
  }

  /**
   * The answer to an item.
   *
   * @param item the item
   * @return its answer, {@link Answer#UNANSWERED} if none was given
   */
  public Answer answer(ChecklistItem item) {
    Integer n = answering.get(item.id());
    return n == null ? Answer.UNANSWERED : responses.responses().get(n).answer();
  }

  /**
   * Where the answer to an item is: the position in {@link ChecklistResponses#responses()} of
   * the response that answers it, in its own right or through an old id the checklist
   * {@linkplain Checklist#aliases() aliases} to it.
   *
   * <pre>{@code
   * ResponseSet set = ResponseSet.of(DefaultChecklist.checklist(),
   *     new ChecklistResponses.Builder().checklist(DefaultChecklist.ID).
   *         addResponses(new Response.Builder().item("B04").answer(Answer.YES).build()).
   *         build());
   * set.responseIndex(DefaultChecklist.checklist().item("B04.2").get());   // OptionalInt[0]
   * }</pre>
   *
   * @param item the item
   * @return the position, or empty when the item is not answered
   */
  public java.util.OptionalInt responseIndex(ChecklistItem item) {
    Integer n = answering.get(item.id());
    return n == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(n);
  }

  /**
   * How far a phase has been answered.
   *
   * @param phase the phase
   * @return its completion
   */
  public PhaseCompletion completion(Phase phase) {
    return completion.get(requireNonNull(phase, "phase"));
  }

  /**
   * Whether the activity may move on from a phase: no item of that phase or an earlier one is
   * unanswered or answered "no".
   *
   * @param from the phase the activity is in
   * @return true if it may move on
   */
  public boolean mayMoveOn(Phase from) {
    requireNonNull(from, "from");
    for (Phase phase : Phase.values()) {
      if (phase.compareTo(from) <= 0 && !completion(phase).isClear()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The items of a phase, and of the phases before it, that stop the activity moving on.
   *
   * @param from the phase the activity is in
   * @return the items unanswered or answered "no", in checklist order
   */
  public List<ChecklistItem> blocking(Phase from) {
    requireNonNull(from, "from");
    return checklist.items().stream()
        .filter(i -> i.phase().compareTo(from) <= 0 && answer(i).blocksProgress())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The items answered "no" or "partly", whose remedies should be surfaced.
   *
   * @return the items, in checklist order
   */
  public List<ChecklistItem> needingRemedy() {
    return checklist.items().stream().filter(i -> answer(i).needsRemedy())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "ResponseSet[" + checklist.id() + ", " + completion.values() + "]";
  }
}
