package io.github.coproduction.core.framework;

/**
 * The five things the framework's introduction says co-production requires thinking about "in
 * ways that are very different to what has gone before in mental health services".
 *
 * <pre>{@code
 * Lens.PARTNERSHIPS.title();   // "partnerships"
 * }</pre>
 */
public enum Lens {
  /** People: "service users, carers, groups and staff". */
  PEOPLE("people"),
  /** Power. */
  POWER("power"),
  /** Partnerships. */
  PARTNERSHIPS("partnerships"),
  /** Resources. */
  RESOURCES("resources"),
  /** Risk. */
  RISK("risk");

  private final String title;

  Lens(String title) {
    this.title = title;
  }

  /**
   * The framework's word for this lens.
   *
   * @return the word, in lower case as the framework prints it
   */
  public String title() {
    return title;
  }
}
