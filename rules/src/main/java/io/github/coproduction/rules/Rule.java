package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

/**
 * A check of an initiative against the framework, with its {@link RuleDescriptor}.
 *
 * <p>Implementations must be immutable and thread-safe: one rule is shared by every assessment.
 * A rule that throws does not pass: the {@link Assessor} records an evaluation error. A custom rule
 * is a small class implementing this interface, or a descriptor and a lambda given to
 * {@link #of}; there is no reflection and no annotation scanning.
 *
 * <pre>{@code
 * Rule noBudget = Rule.of(
 *     new RuleDescriptor.Builder()
 *         .id("no-budget").name("No budget").summary("No budget is set aside for co-production")
 *         .severity(Severity.MINOR).addElements("S2.1")
 *         .rationale("Time, preparation and planning need resources.")
 *         .remedy("Set aside a budget.").addRemedyActions("C2.5").build(),
 *     input -> input.initiative().arrangements().budget().isAbsent()
 *         ? Outcome.gap("The initiative has no budget.", Evidence.of("/arrangements/budget", "absent"))
 *         : Outcome.pass());
 * }</pre>
 */
public interface Rule {

  /**
   * The rule's descriptor.
   *
   * @return the descriptor
   */
  RuleDescriptor descriptor();

  /**
   * Checks one initiative.
   *
   * @param input the initiative and what goes with it
   * @return the outcome, never null
   */
  Outcome evaluate(RuleInput input);

  /**
   * The body of a rule given as a lambda.
   */
  @FunctionalInterface
  interface Check {
    /**
     * Checks one initiative.
     *
     * @param input the initiative and what goes with it
     * @return the outcome, never null
     */
    Outcome evaluate(RuleInput input);
  }

  /**
   * A rule made of a descriptor and a check.
   *
   * @param descriptor the descriptor
   * @param check the check, which must be thread-safe
   * @return the rule
   */
  static Rule of(RuleDescriptor descriptor, Check check) {
    requireNonNull(descriptor, "descriptor");
    requireNonNull(check, "check");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public Outcome evaluate(RuleInput input) {
        return check.evaluate(input);
      }

      @Override
      public String toString() {
        return "Rule[" + descriptor.id() + "]";
      }
    };
  }
}
