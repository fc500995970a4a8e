package io.github.coproduction.benchmarks.peer;

/**
 * What a rule written on a peer engine reports: the finding a user of Easy Rules or Drools would
 * collect, with as much as the standard rule says (rule id, gap or not recorded, a message
 * naming the participants, one JSON Pointer of evidence).
 *
 * @param rule the id of the standard rule it mirrors
 * @param gap true for a gap the record proves, false for a fact not recorded
 * @param message what was found
 * @param pointer where, in the initiative
 */
public record PeerFinding(String rule, boolean gap, String message, String pointer) {

  /**
   * A gap.
   *
   * @param rule the rule id
   * @param message what was found
   * @param pointer where
   * @return the finding
   */
  public static PeerFinding gap(String rule, String message, String pointer) {
    return new PeerFinding(rule, true, message, pointer);
  }

  /**
   * A fact not recorded.
   *
   * @param rule the rule id
   * @param message what is missing
   * @param pointer where
   * @return the finding
   */
  public static PeerFinding notRecorded(String rule, String message, String pointer) {
    return new PeerFinding(rule, false, message, pointer);
  }
}
