package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A decision in the initiative and who makes it: the framework's "sharing the defining and
 * decision-making".
 *
 * <p>Who makes it is named member by member ({@link #madeBy()}), by a body ({@link #body()}, such
 * as a programme board), by roles ({@link #roles()}), or by any mix of these; at least one of the
 * three is needed. A decision taken at a recorded {@link Session} also counts everyone who took
 * part in that session.
 *
 * <pre>{@code
 * Decision d = new Decision.Builder().
 *     subject("Service specification").addMadeBy("P01", "S01").build();
 * Decision budget = new Decision.Builder().
 *     id("budget-2027").
 *     subject("Budget for 2027").
 *     area(DecisionArea.BUDGET).
 *     body("programme-board").
 *     build();
 * }</pre>
 */
@Value.Immutable
public abstract class Decision {

  Decision() {}

  /**
   * The decision's id, by which sessions name it; unique within the initiative.
   *
   * @return the id, or empty: sessions then name the decision by its index
   */
  public abstract Optional<String> id();

  /**
   * What is decided.
   *
   * @return a short description, not blank
   */
  @Value.Redacted
  public abstract String subject();

  /**
   * What the decision is about, where that matters to who holds power.
   *
   * @return the area, or empty when not recorded
   */
  public abstract Optional<DecisionArea> area();

  /**
   * Who makes the decision, by participant reference.
   *
   * @return the references, in the order given; possibly empty when a body or roles are named
   */
  public abstract Set<String> madeBy();

  /**
   * The body that makes the decision, by its id in {@link Power#bodies()}.
   *
   * @return the body id, or empty
   */
  public abstract Optional<String> body();

  /**
   * The roles of those who make the decision, when they are not named one by one.
   *
   * @return the roles, in role order; possibly empty
   */
  public abstract Set<Role> roles();

  @Value.Check
  Decision check() {
    References.checkText("/subject", subject(), "a decision's subject");
    id().ifPresent(v -> References.checkReference("/id", v, "a decision id"));
    body().ifPresent(v -> References.checkReference("/body", v, "a body id"));
    if (madeBy().isEmpty() && body().isEmpty() && roles().isEmpty()) {
      throw new io.github.coproduction.core.ValidationException("/madeBy",
          "a decision needs at least one participant who makes it, or a body or roles that do");
    }
    int i = 0;
    for (String ref : madeBy()) {
      References.checkReference("/madeBy/" + i++, ref, "a participant reference");
    }
    if (roles() instanceof ImmutableSet
        && Iterables.elementsEqual(roles(), Sets.immutableEnumSet(roles()))) {
      return this;
    }
    return ImmutableDecision.copyOf(this).withRoles(Sets.immutableEnumSet(roles()));
  }

  /** Builds a {@link Decision}; {@code subject} and someone who makes it are required. */
  public static class Builder extends ImmutableDecision.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
