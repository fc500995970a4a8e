package io.github.coproduction.core.framework;

/**
 * The seven rungs of the engagement ladder, lowest first.
 *
 * <p>The framework tells its readers to "make use of practical frameworks such as the engagement
 * ladder to assess where organisations are currently, where they want to get to and how that will
 * happen" (action {@link Action#C3_5}) but does not print a ladder. The rungs here are those of
 * the ladder of co-production in common use in English health and care (Think Local Act
 * Personal's), which groups them as doing to, doing for and doing with.
 *
 * <p>Rungs are ordered: {@code compareTo} and {@link #isBelow} follow the ladder upwards.
 *
 * <pre>{@code
 * LadderRung.CONSULTATION.group();                          // DOING_FOR
 * LadderRung.CONSULTATION.isBelow(LadderRung.CO_PRODUCTION); // true
 * LadderRung.CONSULTATION.stepsTo(LadderRung.CO_PRODUCTION); // 3
 * }</pre>
 */
public enum LadderRung {
  /** The lowest rung. */
  COERCION(1, "Coercion", LadderGroup.DOING_TO),
  /** The second rung. */
  EDUCATING(2, "Educating", LadderGroup.DOING_TO),
  /** The third rung. */
  INFORMING(3, "Informing", LadderGroup.DOING_FOR),
  /** The fourth rung. */
  CONSULTATION(4, "Consultation", LadderGroup.DOING_FOR),
  /** The fifth rung. */
  ENGAGEMENT(5, "Engagement", LadderGroup.DOING_FOR),
  /** The sixth rung. */
  CO_DESIGN(6, "Co-design", LadderGroup.DOING_WITH),
  /** The top rung. */
  CO_PRODUCTION(7, "Co-production", LadderGroup.DOING_WITH);

  // Written out, not derived from the declaration order; a test checks the two agree, so
  // compareTo still follows the ladder.
  private final int level;
  private final String title;
  private final LadderGroup group;

  LadderRung(int level, String title, LadderGroup group) {
    this.level = level;
    this.title = title;
    this.group = group;
  }

  /**
   * The rung's name.
   *
   * @return for example {@code "Co-design"}
   */
  public String title() {
    return title;
  }

  /**
   * The rung's group.
   *
   * @return the group
   */
  public LadderGroup group() {
    return group;
  }

  /**
   * The rung's height, 1 for {@link #COERCION} to 7 for {@link #CO_PRODUCTION}.
   *
   * @return the height
   */
  public int level() {
    return level;
  }

  /**
   * Whether this rung is strictly lower than another.
   *
   * @param other the rung to compare with
   * @return true if this rung is lower
   */
  public boolean isBelow(LadderRung other) {
    return compareTo(other) < 0;
  }

  /**
   * How many rungs separate this one from another: positive if {@code target} is higher.
   *
   * @param target the rung to climb to
   * @return the number of rungs between them, negative if {@code target} is lower
   */
  public int stepsTo(LadderRung target) {
    return target.level - level;
  }
}
