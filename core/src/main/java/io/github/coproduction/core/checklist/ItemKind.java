package io.github.coproduction.core.checklist;

/**
 * What a checklist item is: a key question to consider or an action to take.
 *
 * <pre>{@code
 * ItemKind.QUESTION;
 * }</pre>
 */
public enum ItemKind {
  /** A key question to consider. */
  QUESTION,
  /** An action to take. */
  ACTION
}
