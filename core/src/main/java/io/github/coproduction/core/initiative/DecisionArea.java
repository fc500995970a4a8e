package io.github.coproduction.core.initiative;

/**
 * What a {@link Decision} is about, where it matters to who holds power: decisions on the budget
 * or on the model of care kept to staff are a sign of tokenism (S2.7, S1.1).
 *
 * <pre>{@code
 * DecisionArea.BUDGET;
 * }</pre>
 */
public enum DecisionArea {
  /** The budget: how money is spent. */
  BUDGET,
  /** The model of care: what the service is and how it works. */
  MODEL_OF_CARE,
  /** Anything else. */
  OTHER;
}
