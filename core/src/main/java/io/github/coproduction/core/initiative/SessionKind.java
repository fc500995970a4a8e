package io.github.coproduction.core.initiative;

/**
 * What kind of gathering a {@link Session} was.
 *
 * <pre>{@code
 * SessionKind.WORKSHOP;
 * }</pre>
 */
public enum SessionKind {
  /** A meeting. */
  MEETING,
  /** A workshop. */
  WORKSHOP,
  /** A meeting of a board, such as a programme board. */
  BOARD,
  /** Any other kind of session. */
  OTHER;
}
