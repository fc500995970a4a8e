package io.github.coproduction.rules;

/**
 * Supplies a rule set through {@link java.util.ServiceLoader}: how {@link RuleSet#standard()}
 * finds the standard rules without the engine depending on the package that writes them (the
 * standard rules are built with this engine, so a direct call would make the two packages depend
 * on each other). The rules module provides one, for the standard set; callers use
 * {@link RuleSet#standard()} rather than this interface.
 *
 * <p>Implementations must be thread-safe and return the same set every time.
 *
 * <pre>{@code
 * java.util.ServiceLoader.load(RuleSetProvider.class).
 *     findFirst().
 *     get().
 *     ruleSet().
 *     name();   // "standard"
 * }</pre>
 */
public interface RuleSetProvider {

  /**
   * The rule set this provider supplies.
   *
   * @return the rule set, the same instance every time
   */
  RuleSet ruleSet();
}
