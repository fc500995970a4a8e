package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Power in an initiative: who defines the problem, who makes which decisions, and what is not
 * open to co-production, said openly.
 *
 * <pre>{@code
 * Power power = new Power.Builder().
 *     problemDefinedBy(Recorded.present(java.util.Set.of(Role.SERVICE_USER, Role.COMMISSIONER))).
 *     notOpenToCoproduction(Recorded.present(java.util.List.of("The overall budget"))).
 *     build();
 * }</pre>
 */
@Value.Immutable
public abstract class Power {

  Power() {}

  /**
   * The roles of those who define the problem the initiative addresses.
   *
   * @return the recorded roles, not recorded by default
   */
  @Value.Default
  public Recorded<Set<Role>> problemDefinedBy() {
    return Recorded.notRecorded();
  }

  /**
   * The decisions and who makes them.
   *
   * @return the decisions, possibly empty
   */
  public abstract List<Decision> decisions();

  /**
   * The bodies that meet or decide as one, such as a programme board, named by decisions and
   * sessions.
   *
   * @return the bodies, ids unique; possibly empty
   */
  public abstract List<Body> bodies();

  /**
   * Finds a body by id.
   *
   * @param id the body's id
   * @return the body, or empty
   */
  public final java.util.Optional<Body> body(String id) {
    return bodies().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * What is not open to co-production, as stated openly to everyone involved. Present with an
   * empty list means it was stated that everything is open; absent means it was never stated.
   *
   * @return the recorded statement, not recorded by default
   */
  @Value.Default
  @Value.Redacted
  public Recorded<List<String>> notOpenToCoproduction() {
    return Recorded.notRecorded();
  }

  @Value.Check
  Power check() {
    if (problemDefinedBy().value().map(Set::isEmpty).orElse(false)) {
      throw new io.github.coproduction.core.ValidationException("/problemDefinedBy",
          "who defines the problem, when recorded as present, needs at least one role");
    }
    List<String> notOpen = notOpenToCoproduction().value().orElse(List.of());
    for (int i = 0; i < notOpen.size(); i++) {
      References.checkText("/notOpenToCoproduction/" + i, notOpen.get(i),
          "what is not open to co-production");
    }
    return normalized();
  }

  /** Copies recorded collections into immutable ones in a stable order. */
  private Power normalized() {
    boolean rolesOk = problemDefinedBy().value()
        .map(r -> r instanceof ImmutableSet && Iterables.elementsEqual(r, Sets.immutableEnumSet(r)))
        .orElse(true);
    boolean notOpenOk = notOpenToCoproduction().value()
        .map(l -> l instanceof ImmutableList).orElse(true);
    if (rolesOk && notOpenOk) {
      return this;
    }
    // One build, so that validation runs once on the finished value.
    return new Builder().from(this)
        .problemDefinedBy(problemDefinedBy().map(Sets::immutableEnumSet))
        .notOpenToCoproduction(notOpenToCoproduction().map(ImmutableList::copyOf))
        .build();
  }

  /** Builds a {@link Power}; every attribute is optional. */
  public static class Builder extends ImmutablePower.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
