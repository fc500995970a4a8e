package io.github.coproduction.core.framework;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when an id names no element of the framework, or an element of another kind than the one
 * asked for. The message names the id and the nearest valid ids.
 *
 * <pre>{@code
 * try {
 *   Framework.standard().element("S2.9");
 * } catch (UnknownElementException e) {
 *   e.getMessage();    // "unknown framework element 'S2.9'; nearest valid ids: S2.1, S2.2, ..."
 *   e.suggestions();   // [S2.1, S2.2, ...]
 * }
 * }</pre>
 */
public final class UnknownElementException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final ImmutableList<String> suggestions;

  UnknownElementException(String message, String id, List<String> suggestions) {
    super(message);
    this.id = id;
    this.suggestions = ImmutableList.copyOf(suggestions);
  }

  /**
   * The id that was not found.
   *
   * @return the id as given
   */
  public String id() {
    return id;
  }

  /**
   * The nearest valid ids, nearest first, at most five.
   *
   * @return the suggestions, possibly empty
   */
  public List<String> suggestions() {
    return suggestions;
  }
}
