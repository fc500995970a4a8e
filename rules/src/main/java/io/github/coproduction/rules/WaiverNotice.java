package io.github.coproduction.rules;

import org.immutables.value.Value;

/**
 * Something an assessment reports about a waiver: that it has expired, or that it matched no
 * finding.
 *
 * <pre>{@code
 * WaiverNotice.Kind.EXPIRED;
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class WaiverNotice {

  /** What is reported. */
  public enum Kind {
    /** The waiver's expiry date has passed: it suppresses nothing. */
    EXPIRED,
    /** The waiver matched no finding of this assessment. */
    UNUSED
  }

  WaiverNotice() {}

  /**
   * The waiver.
   *
   * @return the waiver
   */
  @Value.Parameter
  public abstract Waiver waiver();

  /**
   * What is reported.
   *
   * @return expired or unused
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * A notice.
   *
   * @param waiver the waiver
   * @param kind what is reported
   * @return the notice
   */
  public static WaiverNotice of(Waiver waiver, Kind kind) {
    return ImmutableWaiverNotice.of(waiver, kind);
  }
}
