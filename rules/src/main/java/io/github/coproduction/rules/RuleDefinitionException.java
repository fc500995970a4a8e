package io.github.coproduction.rules;

/**
 * Thrown when a rule, a rule set, a profile or a waiver is defined wrongly: a duplicate or
 * malformed id, an unknown framework element, empty text, a profile or waiver naming a rule the
 * set does not have. The message names the rule.
 *
 * <pre>{@code
 * try {
 *   RuleSet.builder().add(RuleSet.standard().rules().get(0))
 *       .add(RuleSet.standard().rules().get(0)).build();
 * } catch (RuleDefinitionException e) {
 *   e.ruleId();   // the duplicated id
 * }
 * }</pre>
 */
public final class RuleDefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the rule at fault
   * @param problem what is wrong with it
   */
  public RuleDefinitionException(String ruleId, String problem) {
    super("rule '" + ruleId + "': " + problem);
    this.ruleId = ruleId;
  }

  /**
   * The id of the rule at fault.
   *
   * @return the rule id as given
   */
  public String ruleId() {
    return ruleId;
  }
}
