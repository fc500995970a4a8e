package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import io.github.coproduction.core.checklist.Phase;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A reflection recorded during or after a co-produced activity: "what is working and not working,
 * what is changing, or has changed during the process as well as the final outcome" (action C6.1).
 *
 * <pre>{@code
 * Reflection r = new Reflection.Builder().
 *     date(java.time.LocalDate.parse("2026-03-01")).
 *     phase(io.github.coproduction.core.checklist.Phase.AFTER).
 *     addRoles(Role.SERVICE_USER, Role.COMMISSIONER).
 *     build();
 * Reflection debriefs = new Reflection.Builder().
 *     recurring(true).
 *     phase(io.github.coproduction.core.checklist.Phase.DURING).
 *     addRoles(Role.SERVICE_USER, Role.FRONT_LINE_STAFF).
 *     build();   // a debrief after every session, no single date
 * }</pre>
 */
@Value.Immutable
public abstract class Reflection {

  Reflection() {}

  /**
   * When the reflection took place; may be left out for a {@linkplain #recurring() recurring}
   * reflection, such as a debrief after every meeting.
   *
   * @return the date, or empty for a recurring reflection recorded without one
   */
  public abstract Optional<LocalDate> date();

  /**
   * Whether the reflection recurs through the work (a debrief after every session, a quarterly
   * review) rather than taking place once.
   *
   * @return true for a recurring reflection; false by default
   */
  @Value.Default
  public boolean recurring() {
    return false;
  }

  /**
   * The phase of the activity it belongs to: during it, or after it.
   *
   * @return the phase
   */
  public abstract Phase phase();

  /**
   * The roles of those who took part in the reflection.
   *
   * @return the roles, in role order; possibly empty when not recorded
   */
  public abstract Set<Role> roles();

  /**
   * What was said. Free text that may hold personal data: printed only when asked.
   *
   * @return the note, or empty
   */
  @Value.Redacted
  public abstract Optional<String> note();

  @Value.Check
  Reflection check() {
    if (date().isEmpty() && !recurring()) {
      throw new io.github.coproduction.core.ValidationException("/date", "a reflection held once"
          + " needs its date; a reflection that recurs through the work (recurring: true) may"
          + " leave it out");
    }
    note().ifPresent(n -> References.checkText("/note", n, "a reflection's note"));
    if (roles() instanceof ImmutableSet
        && Iterables.elementsEqual(roles(), Sets.immutableEnumSet(roles()))) {
      return this;
    }
    return ImmutableReflection.copyOf(this).withRoles(Sets.immutableEnumSet(roles()));
  }

  /**
   * Builds a {@link Reflection}; {@code phase} is required, and {@code date} unless the
   * reflection is {@code recurring}.
   */
  public static class Builder extends ImmutableReflection.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
