package io.github.coproduction.benchmarks;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) One typical initiative (20 participants, every checklist item answered) assessed with the
 * standard rule set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TypicalAssessmentBenchmark {

  private Initiative typical;
  private Assessor standard;

  /** Builds the initiative. */
  @Setup
  public void setUp() {
    typical = Inputs.typical();
    standard = Assessor.standard();
  }

  /**
   * Assesses it.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment standardRules() {
    return standard.assess(typical, Inputs.ASSESSED_ON);
  }
}
