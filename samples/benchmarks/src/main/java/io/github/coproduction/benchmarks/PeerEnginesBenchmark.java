package io.github.coproduction.benchmarks;

import io.github.coproduction.benchmarks.peer.DroolsChecks;
import io.github.coproduction.benchmarks.peer.EasyRulesChecks;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (b) Five representative rules (payment, welfare benefits advice, lived-experience input,
 * decision-making, emotional support) on our engine, on Easy Rules and on Drools, over the same
 * {@value Inputs#PORTFOLIO_SIZE} synthetic initiatives. Each benchmark returns the number of
 * findings; {@link #setUp} checks that the three engines agree on every initiative, so the
 * comparison is of the same work. Scores are per initiative.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Inputs.PORTFOLIO_SIZE)
public class PeerEnginesBenchmark {

  private Initiative[] initiatives;
  private Assessor ours;
  private List<Rule> fiveRules;
  private EasyRulesChecks easyRules;
  private DroolsChecks drools;

  /** Builds the inputs and the three engines, and checks that they agree. */
  @Setup
  public void setUp() {
    initiatives = Inputs.portfolio(Inputs.PORTFOLIO_SIZE);
    ours = FiveRules.assessor();
    fiveRules = ours.ruleSet().rules();
    easyRules = new EasyRulesChecks();
    drools = new DroolsChecks();
    Agreement.check(initiatives, ours, easyRules, drools);
  }

  /**
   * Our engine: an assessor with the five standard rules.
   *
   * @return the number of findings
   */
  @Benchmark
  public int ours() {
    int findings = 0;
    for (Initiative i : initiatives) {
      findings += ours.assess(i, Inputs.ASSESSED_ON).findings().size();
    }
    return findings;
  }

  /**
   * Not how a user runs rules: the five standard rules' checks called directly, without the
   * assessor. The difference from {@link #ours} is what the assessor adds (findings, rule
   * results, element statuses, ordering); this is the floor under it.
   *
   * @return the number of observations, equal to the number of findings
   */
  @Benchmark
  public int oursChecksOnly() {
    int findings = 0;
    for (Initiative i : initiatives) {
      RuleInput input = RuleInput.of(i, Optional.empty(), Inputs.ASSESSED_ON);
      for (Rule rule : fiveRules) {
        findings += rule.evaluate(input).observations().size();
      }
    }
    return findings;
  }

  /**
   * Easy Rules 4.1: rule builders with lambdas, new facts per initiative.
   *
   * @return the number of findings
   */
  @Benchmark
  public int easyRules() {
    int findings = 0;
    for (Initiative i : initiatives) {
      findings += easyRules.evaluate(i).size();
    }
    return findings;
  }

  /**
   * Drools 10: DRL compiled once, a stateless session per initiative.
   *
   * @return the number of findings
   */
  @Benchmark
  public int drools() {
    int findings = 0;
    for (Initiative i : initiatives) {
      findings += drools.evaluate(i).size();
    }
    return findings;
  }
}
