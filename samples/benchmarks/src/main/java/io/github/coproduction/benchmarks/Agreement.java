package io.github.coproduction.benchmarks;

import io.github.coproduction.benchmarks.peer.DroolsChecks;
import io.github.coproduction.benchmarks.peer.EasyRulesChecks;
import io.github.coproduction.benchmarks.peer.PeerFinding;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the three engines find the same things, so that the peer-engine benchmark compares
 * the same work: for every initiative, the same number of gaps and of facts not recorded per
 * rule.
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
   * @throws IllegalStateException naming the first initiative on which they disagree
   */
  public static Map<String, Integer> check(Initiative[] initiatives, Assessor ours, EasyRulesChecks easyRules,
      DroolsChecks drools) {
    Map<String, Integer> total = new TreeMap<>();
    for (Initiative i : initiatives) {
      Map<String, Integer> expected = oursTally(ours.assess(i, Inputs.ASSESSED_ON).findings());
      Map<String, Integer> easy = peerTally(easyRules.evaluate(i));
      Map<String, Integer> drl = peerTally(drools.evaluate(i));
      if (!expected.equals(easy) || !expected.equals(drl)) {
        throw new IllegalStateException("the engines disagree on " + i.id() + ": ours "
            + expected + ", Easy Rules " + easy + ", Drools " + drl);
      }
      expected.forEach((key, count) -> total.merge(key, count, Integer::sum));
    }
    return total;
  }

  private static Map<String, Integer> oursTally(List<Finding> findings) {
    Map<String, Integer> tally = new TreeMap<>();
    for (Finding f : findings) {
      tally.merge(f.rule() + (f.status() == FindingStatus.GAP ? " gap" : " not recorded"), 1,
          Integer::sum);
    }
    return tally;
  }

  private static Map<String, Integer> peerTally(List<PeerFinding> findings) {
    Map<String, Integer> tally = new TreeMap<>();
    for (PeerFinding f : findings) {
      tally.merge(f.rule() + (f.gap() ? " gap" : " not recorded"), 1, Integer::sum);
    }
    return tally;
  }
}
