package io.github.coproduction.core.checklist;

import io.github.coproduction.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An answer to one checklist item, with an optional note ("why not?") and evidence.
 *
 * <p>Notes and evidence are free text that may hold personal data: {@code toString()} leaves them
 * out, and reports print them only when asked.
 *
 * <pre>{@code
 * Response r = new Response.Builder().
 *     item("B05").answer(Answer.NO).note("Advice service has a waiting list").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Response {

  Response() {}

  /**
   * The id of the item answered.
   *
   * @return the item id
   */
  public abstract String item();

  /**
   * The answer.
   *
   * @return the answer
   */
  public abstract Answer answer();

  /**
   * A note, such as why not.
   *
   * @return the note, or empty
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Evidence for the answer: references to documents, minutes, links.
   *
   * @return the evidence, possibly empty
   */
  @Value.Redacted
  public abstract List<String> evidence();

  @Value.Check
  void check() {
    if (item().isBlank()) {
      throw new ValidationException("/item", "a response must name the item it answers");
    }
    if (note().map(String::isBlank).orElse(false)) {
      throw new ValidationException("/note", "a note must not be blank");
    }
    for (int i = 0; i < evidence().size(); i++) {
      if (evidence().get(i).isBlank()) {
        throw new ValidationException("/evidence/" + i, "evidence must not be blank");
      }
    }
  }

  /** Builds a {@link Response}; {@code item} and {@code answer} are required. */
  public static class Builder extends ImmutableResponse.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
