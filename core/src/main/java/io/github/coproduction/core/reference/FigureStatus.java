package io.github.coproduction.core.reference;

/**
 * How far a reference figure has been checked.
 *
 * <pre>{@code
 * FigureStatus.UNCONFIRMED.isConfirmed();   // false
 * }</pre>
 */
public enum FigureStatus {
  /** Checked against the publisher's own page. */
  CONFIRMED,
  /** Taken from a named secondary source (an advice organisation, a summary), not the publisher. */
  REPORTED,
  /** Not confirmed by any source: shown as such, and its amount may be unknown. */
  UNCONFIRMED;

  /**
   * Whether the figure was checked against the publisher's own page.
   *
   * @return true only for {@link #CONFIRMED}
   */
  public boolean isConfirmed() {
    return this == CONFIRMED;
  }
}
