package io.github.coproduction.benchmarks;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (d) The standard rule set on initiatives of 10, 100, 1,000 and 10,000 participants. The
 * primary score is per initiative; the secondary score {@code participants} is the same time
 * divided by the number of participants, which should stay roughly flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {

  /** How many participants the initiative has. */
  @Param({"10", "100", "1000", "10000"})
  public int participants;

  private Initiative initiative;
  private Assessor standard;

  /** Counts participants assessed, so that JMH reports the time per participant. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class PerParticipant {
    /** Participants assessed in this iteration. */
    public long participants;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      participants = 0;
    }
  }

  /** Builds the initiative. */
  @Setup
  public void setUp() {
    initiative = Inputs.withParticipants(participants);
    standard = Assessor.standard();
  }

  /**
   * Assesses it.
   *
   * @param counter the participant counter
   * @return the assessment
   */
  @Benchmark
  public Assessment standardRules(PerParticipant counter) {
    counter.participants += participants;
    return standard.assess(initiative, Inputs.ASSESSED_ON);
  }
}
