package io.github.coproduction.core.initiative;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What caused a recorded {@link Event}: its kind, and when known the decision (by id or index in
 * {@link Power#decisions()}) or the role of the person whose action caused it.
 *
 * <pre>{@code
 * Cause c = new Cause.Builder().
 *     kind(CauseKind.ROLE).
 *     role(Role.SENIOR_MANAGER).
 *     build();
 * }</pre>
 */
@Value.Immutable
public abstract class Cause {

  Cause() {}

  /**
   * The kind of cause.
   *
   * @return the kind
   */
  public abstract CauseKind kind();

  /**
   * The decision that caused the event, by its id or its index in the decisions list.
   *
   * @return the decision reference, or empty
   */
  public abstract Optional<String> decision();

  /**
   * The role of the person whose action caused the event.
   *
   * @return the role, or empty
   */
  public abstract Optional<Role> role();

  /**
   * A cause of the given kind, with nothing more recorded.
   *
   * @param kind the kind
   * @return the cause
   */
  public static Cause of(CauseKind kind) {
    return new Builder().kind(kind).build();
  }

  @Value.Check
  void check() {
    decision().ifPresent(d -> References.checkReference("/decision", d,
        "a decision id or index"));
  }

  /** Builds a {@link Cause}; {@code kind} is required. */
  public static class Builder extends ImmutableCause.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
