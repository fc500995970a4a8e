package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A group that meets or decides as one, such as "programme board, staff only", recorded by the
 * roles of its members and how many they are rather than member by member. Decisions and
 * sessions name a body by its id.
 *
 * <pre>{@code
 * Body board = new Body.Builder().
 *     id("programme-board").
 *     name("Programme board").
 *     addRoles(Role.SENIOR_MANAGER, Role.COMMISSIONER).
 *     members(6).
 *     build();
 * board.partnership();   // ABSENT: staff only
 * }</pre>
 */
@Value.Immutable
public abstract class Body {

  Body() {}

  /**
   * The body's id, unique within the initiative.
   *
   * @return a code of letters, digits, '.', '_' or '-'
   */
  public abstract String id();

  /**
   * What the body is called.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The roles of the body's members. Empty means not recorded.
   *
   * @return the roles, in role order
   */
  public abstract Set<Role> roles();

  /**
   * How many members the body has.
   *
   * @return the count, at least one, or empty when not recorded
   */
  public abstract Optional<Integer> members();

  /**
   * Whether lived-experience partners are among the body's members, by the roles recorded for
   * it; see {@link Role#isLivedExperiencePartner()}.
   *
   * @return {@code PRESENT} if a member role is a partner role, {@code ABSENT} if roles are
   *     recorded and none is, {@code NOT_RECORDED} if no roles are recorded
   */
  public final Fact partnership() {
    if (roles().isEmpty()) {
      return Fact.NOT_RECORDED;
    }
    for (Role r : roles()) {
      if (r.isLivedExperiencePartner()) {
        return Fact.PRESENT;
      }
    }
    return Fact.ABSENT;
  }

  @Value.Check
  Body check() {
    References.checkReference("/id", id(), "a body id");
    References.checkText("/name", name(), "a body's name");
    if (members().isPresent() && members().get() < 1) {
      throw new io.github.coproduction.core.ValidationException("/members",
          "a body's number of members must be at least 1, but was " + members().get());
    }
    if (roles() instanceof ImmutableSet
        && Iterables.elementsEqual(roles(), Sets.immutableEnumSet(roles()))) {
      return this;
    }
    return ImmutableBody.copyOf(this).withRoles(Sets.immutableEnumSet(roles()));
  }

  /** Builds a {@link Body}; {@code id} and {@code name} are required. */
  public static class Builder extends ImmutableBody.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
