package io.github.coproduction.benchmarks;

import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.RuleSet;
import java.util.List;

/**
 * The five standard rules the peer engines are compared on, as a user of this library would run
 * them: a {@link RuleSet} of just those rules in an {@link Assessor}.
 */
public final class FiveRules {

  /** The ids of the five rules: payment, benefits advice, lived-experience input, decisions,
   *  emotional support. */
  public static final List<String> IDS = List.of("unpaid-lived-experience",
      "payment-without-benefits-advice", "no-lived-experience", "tokenism",
      "no-emotional-support");

  private FiveRules() {}

  /**
   * An assessor with the five standard rules and nothing else.
   *
   * @return the assessor
   */
  public static Assessor assessor() {
    RuleSet.Builder rules = RuleSet.builder().name("five").version("1");
    for (String id : IDS) {
      rules.add(RuleSet.standard().rule(id));
    }
    return Assessor.builder().ruleSet(rules.build()).build();
  }
}
