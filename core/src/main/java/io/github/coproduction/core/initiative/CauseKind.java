package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What caused a recorded {@link Event}: an institutional system or process, a decision, or a
 * person's role.
 *
 * <pre>{@code
 * CauseKind.INSTITUTIONAL_SYSTEM.usualElements();   // [S1.2]
 * }</pre>
 */
public enum CauseKind {
  /** An institutional system or process: approvals, payroll, contracts, IT, paperwork. */
  INSTITUTIONAL_SYSTEM(List.of("S1.2")),
  /** A decision, recorded or not. */
  DECISION(List.of("S2.7")),
  /** What a person in a given role did or did not do. */
  ROLE(List.of("S1.1"));

  private final ImmutableList<String> usualElements;

  CauseKind(List<String> usualElements) {
    this.usualElements = ImmutableList.copyOf(usualElements);
  }

  /**
   * The framework conditions an event with this cause bears on when the record names none:
   * institutional systems and resistance (S1.2), sharing the decision-making (S2.7), or power,
   * hierarchy and authority (S1.1).
   *
   * @return condition ids
   */
  public List<String> usualElements() {
    return usualElements;
  }
}
