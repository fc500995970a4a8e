package io.github.coproduction.rules.standard;

import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleSet;

/**
 * The standard rule set, in running order: what happened and what partners say, payment, people
 * and power, leadership, the process of coming together, support, challenge and risk, reflection,
 * the ladder and the checklist.
 *
 * <p>Rule ids are part of the public contract and never change meaning once released.
 *
 * <pre>{@code
 * StandardRules.ruleSet().rules().size();   // the number of standard rules
 * StandardRules.VERSION;                    // "1.0"
 * }</pre>
 */
public final class StandardRules {

  /** The version of the standard rule set, reported in every assessment. */
  public static final String VERSION = "1.0";

  private static final RuleSet RULE_SET = build();

  private StandardRules() {}

  /**
   * The standard rule set.
   *
   * @return the shared instance, named "standard"
   */
  public static RuleSet ruleSet() {
    return RULE_SET;
  }

  private static RuleSet build() {
    RuleSet.Builder b = RuleSet.builder().name("standard").version(VERSION);
    for (var group : java.util.List.of(EventRules.all(), StatementRules.all(),
        PaymentRules.all(), PeopleRules.all(),
        LeadershipRules.all(), ProcessRules.all(), SupportRules.all(), RiskRules.all(),
        ReflectionRules.all(), LadderRules.all(), ChecklistRules.all())) {
      for (Rule rule : group) {
        b.add(rule);
      }
    }
    return b.build();
  }
}
