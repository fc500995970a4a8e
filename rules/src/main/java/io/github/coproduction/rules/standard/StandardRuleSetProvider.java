package io.github.coproduction.rules.standard;

import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.RuleSetProvider;

/**
 * Provides {@link StandardRules#ruleSet()} to {@link RuleSet#standard()} through
 * {@link java.util.ServiceLoader} (declared in {@code module-info} and in
 * {@code META-INF/services} for the class path). Not meant to be called directly.
 *
 * <pre>{@code
 * new StandardRuleSetProvider().ruleSet() == StandardRules.ruleSet();   // true
 * }</pre>
 */
public final class StandardRuleSetProvider implements RuleSetProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public StandardRuleSetProvider() {}

  @Override
  public RuleSet ruleSet() {
    return StandardRules.ruleSet();
  }
}
