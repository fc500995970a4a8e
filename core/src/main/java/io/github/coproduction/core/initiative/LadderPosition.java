package io.github.coproduction.core.initiative;

import io.github.coproduction.core.framework.LadderRung;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an initiative stands on the engagement ladder, and where it wants to get to (action C3.5).
 *
 * <pre>{@code
 * LadderPosition pos = new LadderPosition.Builder().
 *     current(Recorded.present(io.github.coproduction.core.framework.LadderRung.CONSULTATION)).
 *     target(Recorded.present(io.github.coproduction.core.framework.LadderRung.CO_PRODUCTION)).
 *     build();
 * pos.gap();   // Optional[3]
 * }</pre>
 */
@Value.Immutable
public abstract class LadderPosition {

  LadderPosition() {}

  /**
   * The rung the initiative is on now.
   *
   * @return the recorded rung, not recorded by default
   */
  @Value.Default
  public Recorded<LadderRung> current() {
    return Recorded.notRecorded();
  }

  /**
   * The rung the initiative wants to reach.
   *
   * @return the recorded rung, not recorded by default
   */
  @Value.Default
  public Recorded<LadderRung> target() {
    return Recorded.notRecorded();
  }

  /**
   * How many rungs lie between the current rung and the target.
   *
   * @return the number of rungs still to climb (negative if the target is lower), or empty unless
   *     both are recorded as present
   */
  public final Optional<Integer> gap() {
    if (current().isPresent() && target().isPresent()) {
      return Optional.of(current().get().stepsTo(target().get()));
    }
    return Optional.empty();
  }

  /**
   * A position with nothing recorded.
   *
   * @return the position
   */
  public static LadderPosition notRecorded() {
    return new Builder().build();
  }

  /** Builds a {@link LadderPosition}; every attribute is optional. */
  public static class Builder extends ImmutableLadderPosition.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
