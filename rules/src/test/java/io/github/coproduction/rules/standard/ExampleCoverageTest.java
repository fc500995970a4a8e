package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.testing.Inputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No standard rule goes without examples: every rule has an example of a finding and an example
 * of a pass, and every status a rule gives on generated initiatives (a gap, not recorded, not
 * applicable, passed) has an example beside its input.
 */
class ExampleCoverageTest {

  /** Every example table of the standard rules; a new topic's table must be added here. */
  static List<Example> allExamples() {
    return Stream.of(PaymentRulesTest.examples(), PaymentModelExamplesTest.examples(),
        PeopleRulesTest.examples(),
        LeadershipRulesTest.examples(), ProcessRulesTest.examples(),
        SupportRulesTest.examples(), RiskRulesTest.examples(), ReflectionRulesTest.examples(),
        LadderRulesTest.examples(), ChecklistRulesTest.examples(), PowerRulesTest.examples(),
        ChecklistEvidenceTest.examples(), EventRulesTest.examples(),
        StatementRulesTest.examples())
        .flatMap(s -> s).toList();
  }

  private static Set<String> standardIds() {
    return RuleSet.standard().descriptors().stream().map(RuleDescriptor::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> rulesWith(Set<RuleStatus> statuses) {
    return allExamples().stream().filter(e -> statuses.contains(e.status())).map(Example::rule)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyStandardRuleHasAnExampleOfAFinding() {
    assertThat(rulesWith(EnumSet.of(RuleStatus.GAP, RuleStatus.NOT_RECORDED)))
        .as("rules with an example of a finding").isEqualTo(standardIds());
  }

  @Test
  void everyStandardRuleHasAnExampleOfAGap() {
    assertThat(rulesWith(EnumSet.of(RuleStatus.GAP)))
        .as("rules with an example of a gap").isEqualTo(standardIds());
  }

  @Test
  void everyStandardRuleHasAnExampleOfAPass() {
    assertThat(rulesWith(EnumSet.of(RuleStatus.PASSED)))
        .as("rules with an example of a pass").isEqualTo(standardIds());
  }

  @Test
  void examplesNameOnlyStandardRules() {
    assertThat(rulesWith(EnumSet.allOf(RuleStatus.class))).isSubsetOf(standardIds());
  }

  /**
   * Runs the standard rules on bare initiatives at every stage and on many generated ones, and
   * asks for an example of every (rule, status) seen: a rule that can say "not applicable" or
   * "not recorded" must have an example that shows it.
   */
  @Test
  void everyStatusSeenOnGeneratedInitiativesHasAnExample() {
    Set<String> exampled = allExamples().stream().map(e -> e.rule() + " " + e.status())
        .collect(Collectors.toSet());
    Map<String, Long> seen = seenStatuses();
    Set<String> missing = new TreeSet<>(seen.keySet());
    missing.removeAll(exampled);
    assertThat(missing).as("(rule, status) seen on generated initiatives with no example")
        .isEmpty();
  }

  /**
   * The generated initiatives reach both sides of every rule, so the seeded properties that run
   * on them cannot pass on trivial inputs.
   */
  @Test
  void generatedInitiativesMakeEveryRuleBothPassAndFindAGap() {
    Map<String, Long> seen = seenStatuses();
    List<String> unreached = new ArrayList<>();
    for (String id : standardIds()) {
      for (RuleStatus s : List.of(RuleStatus.GAP, RuleStatus.PASSED)) {
        if (!seen.containsKey(id + " " + s)) {
          unreached.add(id + " " + s);
        }
      }
    }
    assertThat(unreached).as("never reached by %s generated initiatives", SEEDS).isEmpty();
  }

  private static final int SEEDS = 400;

  private static Map<String, Long> seenStatuses() {
    List<Initiative> inputs = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      inputs.add(Generators.bare(stage));
    }
    for (long seed : Seeds.seeds(SEEDS)) {
      inputs.add(Generators.initiative(Seeds.random(seed)));
    }
    Map<String, Long> seen = new TreeMap<>(Comparator.naturalOrder());
    for (Initiative i : inputs) {
      Assessment a = Assessor.standard().assess(i, Inputs.ASSESSED_ON);
      for (RuleResult r : a.rules()) {
        seen.merge(r.rule() + " " + r.status(), 1L, Long::sum);
      }
    }
    return seen;
  }
}
