package io.github.coproduction.benchmarks.peer;

import java.util.List;

/**
 * What a rule written on a peer engine reports: the finding a user of Easy Rules or Drools would
 * collect, with as much as the standard rule says (rule id, gap or not recorded, a message
 * naming the participants, and every piece of evidence, each a JSON Pointer and the value found
 * there, in the standard rule's order).
 *
 * @param rule the id of the standard rule it mirrors
 * @param gap true for a gap the record proves, false for a fact not recorded
 * @param message what was found
 * @param evidence where, and what was found there, each as made by {@link #at}
 */
public record PeerFinding(String rule, boolean gap, String message, List<String> evidence) {

  /**
   * Copies the evidence, so that a finding cannot change once made.
   *
   * @param rule the rule id
   * @param gap true for a gap
   * @param message what was found
   * @param evidence the evidence
   */
  public PeerFinding {
    evidence = List.copyOf(evidence);
  }

  /**
   * A gap.
   *
   * @param rule the rule id
   * @param message what was found
   * @param evidence the evidence, each made by {@link #at}
   * @return the finding
   */
  public static PeerFinding gap(String rule, String message, List<String> evidence) {
    return new PeerFinding(rule, true, message, evidence);
  }

  /**
   * A fact not recorded.
   *
   * @param rule the rule id
   * @param message what is missing
   * @param evidence the evidence, each made by {@link #at}
   * @return the finding
   */
  public static PeerFinding notRecorded(String rule, String message, List<String> evidence) {
    return new PeerFinding(rule, false, message, evidence);
  }

  /**
   * One piece of evidence, written as the agreement check compares it with the standard rule's.
   *
   * @param pointer the JSON Pointer
   * @param value what was found there
   * @return {@code pointer = value}
   */
  public static String at(String pointer, String value) {
    return pointer + " = " + value;
  }
}
