package io.github.coproduction.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one rule did in an assessment, with the reason it did not apply or the error it raised.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build());
 * a.rules().get(0).status();
 * }</pre>
 */
@Value.Immutable
public abstract class RuleResult {

  RuleResult() {}

  /**
   * The rule's id.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * What the rule did.
   *
   * @return the status
   */
  public abstract RuleStatus status();

  /**
   * Why the rule did not apply, or what went wrong when it failed.
   *
   * @return the detail, or empty
   */
  public abstract Optional<String> detail();

  /** Builds a {@link RuleResult}; {@code rule} and {@code status} are required. */
  public static class Builder extends ImmutableRuleResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
