package io.github.coproduction.benchmarks;

import io.github.coproduction.benchmarks.peer.DroolsChecks;
import io.github.coproduction.benchmarks.peer.EasyRulesChecks;
import io.github.coproduction.benchmarks.peer.PeerFinding;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the three engines find the same things, so that the peer-engine benchmark compares
 * the same work: for every initiative, the same findings, each with the same rule, status,
 * message and evidence (every pointer and value), in any order of findings and of evidence: our
 * assessor orders evidence for readers (participants by reference), which is presentation, not
 * judgement.
 */
public final class Agreement {

  private Agreement() {}

  /**
   * Checks every initiative.
   *
   * @param initiatives the inputs
   * @param ours our five-rule assessor
   * @param easyRules the Easy Rules version
   * @param drools the Drools version
   * @return how many findings of each rule and status all three engines found, such as
   *     {@code "tokenism gap" -> 95}
   * @throws IllegalStateException naming the first initiative on which they disagree, and how
   */
  public static Map<String, Integer> check(Initiative[] initiatives, Assessor ours,
      EasyRulesChecks easyRules, DroolsChecks drools) {
    Map<String, Integer> total = new TreeMap<>();
    for (Initiative i : initiatives) {
      List<Finding> found = ours.assess(i, Inputs.ASSESSED_ON).findings();
      List<String> expected = ours(found);
      List<String> easy = peer(easyRules.evaluate(i));
      List<String> drl = peer(drools.evaluate(i));
      if (!expected.equals(easy) || !expected.equals(drl)) {
        throw new IllegalStateException("the engines disagree on " + i.id() + ":\n ours       "
            + expected + "\n Easy Rules " + easy + "\n Drools     " + drl);
      }
      for (Finding f : found) {
        total.merge(f.rule() + (f.status() == FindingStatus.GAP ? " gap" : " not recorded"), 1,
            Integer::sum);
      }
    }
    return total;
  }

  /**
   * Our findings, one line each, sorted.
   *
   * @param findings what our assessor found
   * @return the lines
   */
  public static List<String> ours(List<Finding> findings) {
    return findings.stream().map(f -> line(f.rule(), f.status() == FindingStatus.GAP,
        f.message(), f.evidence().stream().map(Agreement::evidence).toList())).sorted().toList();
  }

  /**
   * A peer engine's findings, one line each, sorted.
   *
   * @param findings what the peer engine found
   * @return the lines
   */
  public static List<String> peer(List<PeerFinding> findings) {
    return findings.stream().map(f -> line(f.rule(), f.gap(), f.message(), f.evidence()))
        .sorted().toList();
  }

  private static String evidence(Evidence e) {
    return PeerFinding.at(e.pointer(), e.value());
  }

  private static String line(String rule, boolean gap, String message, List<String> evidence) {
    return rule + " | " + (gap ? "gap" : "not recorded") + " | " + message + " | "
        + evidence.stream().sorted().toList();
  }
}
