package io.github.coproduction.core.framework;

/**
 * The three groups of the engagement ladder's rungs, lowest first.
 *
 * <pre>{@code
 * LadderGroup.DOING_WITH.title();   // "doing with"
 * }</pre>
 */
public enum LadderGroup {
  /** Coercion and educating. */
  DOING_TO("doing to"),
  /** Informing, consultation and engagement. */
  DOING_FOR("doing for"),
  /** Co-design and co-production. */
  DOING_WITH("doing with");

  private final String title;

  LadderGroup(String title) {
    this.title = title;
  }

  /**
   * The group's name.
   *
   * @return for example {@code "doing for"}
   */
  public String title() {
    return title;
  }
}
