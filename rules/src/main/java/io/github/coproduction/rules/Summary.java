package io.github.coproduction.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * The counts of an assessment and its verdict. Gap counts leave out waived findings.
 *
 * <pre>{@code
 * Summary s = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build()).summary();
 * s.verdict();       // INCOMPLETE: almost nothing is recorded
 * s.notRecorded() > 0;   // true
 * s.notAssessed();       // []: every condition and change was judged
 * }</pre>
 */
@Value.Immutable
public abstract class Summary {

  Summary() {}

  /**
   * Unwaived critical gaps.
   *
   * @return the count
   */
  public abstract int critical();

  /**
   * Unwaived major gaps.
   *
   * @return the count
   */
  public abstract int major();

  /**
   * Unwaived minor gaps.
   *
   * @return the count
   */
  public abstract int minor();

  /**
   * Unwaived advisory gaps.
   *
   * @return the count
   */
  public abstract int advisory();

  /**
   * Findings of facts not recorded.
   *
   * @return the count
   */
  public abstract int notRecorded();

  /**
   * Findings suppressed by a live waiver.
   *
   * @return the count
   */
  public abstract int waived();

  /**
   * Rules that failed with an evaluation error.
   *
   * @return the count
   */
  public abstract int errors();

  /**
   * Rules the profile disabled. Shown beside the verdict: a disabled rule judges nothing.
   *
   * @return the count; 0 when the summary was read from a document that does not give it
   */
  @Value.Default
  public int disabled() {
    return 0;
  }

  /**
   * The conditions and changes nothing could judge, in framework order: every rule behind them
   * was disabled, had its findings waived, or failed. The verdict is never sound while any is
   * listed, so a profile or a set of waivers cannot make an assessment sound by silencing rules.
   *
   * @return the element ids; empty when the summary was read from a document that does not
   *     give them
   */
  @Value.Default
  public List<String> notAssessed() {
    return List.of();
  }

  /**
   * The verdict.
   *
   * @return sound, incomplete record, or gaps found
   */
  public abstract Verdict verdict();

  /**
   * Unwaived gaps of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public final int gaps(Severity severity) {
    return switch (severity) {
      case CRITICAL -> critical();
      case MAJOR -> major();
      case MINOR -> minor();
      case ADVISORY -> advisory();
    };
  }

  /**
   * All unwaived gaps.
   *
   * @return the count
   */
  public final int gaps() {
    return critical() + major() + minor() + advisory();
  }

  /** Builds a {@link Summary}; every attribute but {@code disabled} and {@code notAssessed} is
   * required. */
  public static class Builder extends ImmutableSummary.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
