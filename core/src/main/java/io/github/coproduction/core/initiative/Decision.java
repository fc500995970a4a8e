package io.github.coproduction.core.initiative;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A decision in the initiative and who makes it: the framework's "sharing the defining and
 * decision-making".
 *
 * <pre>{@code
 * Decision d = new Decision.Builder().
 *     subject("Service specification").addMadeBy("P01", "S01").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Decision {

  Decision() {}

  /**
   * What is decided.
   *
   * @return a short description, not blank
   */
  @Value.Redacted
  public abstract String subject();

  /**
   * Who makes the decision, by participant reference.
   *
   * @return the references, in the order given; at least one
   */
  public abstract Set<String> madeBy();

  @Value.Check
  void check() {
    References.checkText("/subject", subject(), "a decision's subject");
    if (madeBy().isEmpty()) {
      throw new io.github.coproduction.core.ValidationException("/madeBy",
          "a decision needs at least one participant who makes it");
    }
    int i = 0;
    for (String ref : madeBy()) {
      References.checkReference("/madeBy/" + i++, ref, "a participant reference");
    }
  }

  /** Builds a {@link Decision}; {@code subject} and at least one {@code madeBy} are required. */
  public static class Builder extends ImmutableDecision.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
