package io.github.coproduction.rules;

import org.immutables.value.Value;

/**
 * The thresholds by which the standard rules judge power from the evidence: when the partners'
 * share of the group is a token one, when partners are absent from most decisions, and how many
 * days before a session its papers count as sent in good time. A {@link Profile} carries them.
 *
 * <p>The framework gives no figures; the defaults are this project's, chosen to follow the
 * framework's reasoning:
 * <ul>
 *   <li>{@link #tokenSharePercent()} 25: the framework asks for "bringing together people who can
 *       work as equals" and warns against "a 'one-off' or tokenistic exercise"; partners who are
 *       fewer than one in four of the people taking part are a token presence, not equals.
 *   <li>{@link #decisionSharePercent()} 50: the framework names "Sharing the defining and
 *       decision-making" as a condition; partners who take part in fewer than half of the
 *       recorded decisions are absent from "all or most" of them.
 *   <li>{@link #papersNoticeDays()} 5: the framework names "Trust, honesty, communication and
 *       transparency" and asks to "Allow for people's fluctuating mental health by building
 *       flexibility into any timetable"; papers sent fewer than five days before a session
 *       leave partners no time to read them.
 * </ul>
 *
 * <pre>{@code
 * PowerThresholds t = PowerThresholds.defaults();
 * t.tokenSharePercent();   // 25
 * PowerThresholds strict = new PowerThresholds.Builder().
 *     tokenSharePercent(40).
 *     build();
 * strict.decisionSharePercent();   // 50
 * }</pre>
 */
@Value.Immutable
public abstract class PowerThresholds {

  PowerThresholds() {}

  /**
   * The partners' share of the participants, in percent, below which their presence is a token
   * one.
   *
   * @return a percentage from 0 to 100; 25 by default
   */
  @Value.Default
  public int tokenSharePercent() {
    return 25;
  }

  /**
   * The share of the recorded decisions, in percent, that partners must take part in; below it
   * they are absent from most decisions.
   *
   * @return a percentage from 0 to 100; 50 by default
   */
  @Value.Default
  public int decisionSharePercent() {
    return 50;
  }

  /**
   * How many days before a session its papers must be sent to count as sent in good time.
   *
   * @return the days, zero or more; 5 by default
   */
  @Value.Default
  public int papersNoticeDays() {
    return 5;
  }

  /**
   * The default thresholds.
   *
   * @return the thresholds documented above
   */
  public static PowerThresholds defaults() {
    return new Builder().build();
  }

  @Value.Check
  void check() {
    percent("tokenSharePercent", tokenSharePercent());
    percent("decisionSharePercent", decisionSharePercent());
    if (papersNoticeDays() < 0 || papersNoticeDays() > 365) {
      throw new IllegalArgumentException("papersNoticeDays must be from 0 to 365, but was "
          + papersNoticeDays());
    }
  }

  private static void percent(String name, int value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException(name + " must be a percentage from 0 to 100, but was "
          + value);
    }
  }

  /** Builds {@link PowerThresholds}; every attribute has a default. */
  public static class Builder extends ImmutablePowerThresholds.Builder {
    /** Creates a builder holding the defaults. */
    public Builder() {}
  }
}
