package io.github.coproduction.core.checklist;

import io.github.coproduction.core.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answers an initiative has recorded to one checklist, by item id. An item with no response
 * counts as {@link Answer#UNANSWERED}. Bind the answers to their checklist with
 * {@link ResponseSet#of} for completion per phase.
 *
 * <pre>{@code
 * ChecklistResponses answers = new ChecklistResponses.Builder().
 *     checklist(DefaultChecklist.ID).
 *     addResponses(new Response.Builder().item("B04").answer(Answer.YES).build()).
 *     build();
 * answers.answer("B04");   // YES
 * answers.answer("B05");   // UNANSWERED
 * }</pre>
 */
@Value.Immutable
public abstract class ChecklistResponses {

  ChecklistResponses() {}

  /**
   * The id of the checklist answered.
   *
   * @return the checklist id
   */
  public abstract String checklist();

  /**
   * The responses, one per item at most.
   *
   * @return the responses in recorded order
   */
  public abstract List<Response> responses();

  /**
   * The response to an item.
   *
   * @param itemId the item's id
   * @return the response, or empty if none was recorded
   */
  public final Optional<Response> response(String itemId) {
    return responses().stream().filter(r -> r.item().equals(itemId)).findFirst();
  }

  /**
   * The answer to an item.
   *
   * @param itemId the item's id
   * @return the answer, {@link Answer#UNANSWERED} if none was recorded
   */
  public final Answer answer(String itemId) {
    return response(itemId).map(Response::answer).orElse(Answer.UNANSWERED);
  }

  @Value.Check
  void check() {
    if (checklist().isBlank()) {
      throw new ValidationException("/checklist", "responses must name the checklist answered");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < responses().size(); i++) {
      Integer first = seen.putIfAbsent(responses().get(i).item(), i);
      if (first != null) {
        throw new ValidationException("/responses/" + i + "/item", "a second response to item \""
            + responses().get(i).item() + "\", first answered at /responses/" + first);
      }
    }
  }

  /** Builds {@link ChecklistResponses}; {@code checklist} is required. */
  public static class Builder extends ImmutableChecklistResponses.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
