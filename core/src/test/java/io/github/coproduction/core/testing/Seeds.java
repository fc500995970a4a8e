package io.github.coproduction.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The seeds that property tests run on: a fixed list first, then a deterministic sequence, so that
 * every run (and CI) checks the same cases and any failure can be replayed from its seed.
 *
 * <ul>
 *   <li>{@code -Dcoproduction.tries=N} sets how many seeds each property runs (default
 *       {@value #DEFAULT_TRIES}); the parent pom passes it to surefire.
 *   <li>{@code -Dcoproduction.seed=S} replays one seed only, as printed by a failure.
 * </ul>
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> generatedInitiativesBuild() {
 *   return Seeds.property("generated initiatives build", random -> {
 *     Initiative i = Generators.initiative(random);
 *     assertThat(i.participants()).hasSizeLessThanOrEqualTo(30);
 *   });
 * }
 * }</pre>
 *
 * <p>A failure is rethrown as an {@link AssertionError} whose message starts with the property's
 * name and the seed, and says how to replay it.
 */
public final class Seeds {

  /** The system property that sets the number of tries. */
  public static final String TRIES_PROPERTY = "coproduction.tries";

  /** The system property that replays a single seed. */
  public static final String SEED_PROPERTY = "coproduction.seed";

  /** The number of tries when {@value #TRIES_PROPERTY} is not set. */
  public static final int DEFAULT_TRIES = 200;

  /** Seeds every run starts with: edge values and seeds that once found a bug. */
  private static final long[] FIXED = {
    0L, 1L, -1L, 42L, 7L, 20260301L, Long.MAX_VALUE, Long.MIN_VALUE, 0x5DEECE66DL,
  };

  /** The start of the deterministic sequence that follows the fixed seeds. */
  private static final long SEQUENCE_START = 0x00C0_9D0C_7100_0001L;

  private Seeds() {}

  /**
   * How many seeds each property runs.
   *
   * @return the value of {@value #TRIES_PROPERTY}, or {@value #DEFAULT_TRIES}
   * @throws IllegalArgumentException if the property is set but not a positive integer
   */
  public static int tries() {
    String value = System.getProperty(TRIES_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(value.trim());
      if (tries < 1) {
        throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1, was " + value);
      }
      return tries;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + " must be an integer, was " + value, e);
    }
  }

  /**
   * The seeds to run: the one given by {@value #SEED_PROPERTY} if set, otherwise {@link #tries()}
   * seeds, the fixed ones first.
   *
   * @return the seeds, in a deterministic order
   */
  public static List<Long> seeds() {
    String replay = System.getProperty(SEED_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      return List.of(Long.parseLong(replay.trim()));
    }
    return seeds(tries());
  }

  /**
   * A given number of seeds, the fixed ones first, ignoring {@value #SEED_PROPERTY}: for coverage
   * statistics, which need many cases whatever the number of tries.
   *
   * @param count how many seeds
   * @return the seeds, in a deterministic order
   */
  public static List<Long> seeds(int count) {
    List<Long> seeds = new ArrayList<>(count);
    for (int i = 0; i < FIXED.length && seeds.size() < count; i++) {
      seeds.add(FIXED[i]);
    }
    SplittableRandom sequence = new SplittableRandom(SEQUENCE_START);
    while (seeds.size() < count) {
      seeds.add(sequence.nextLong());
    }
    return List.copyOf(seeds);
  }

  /**
   * The random source for a seed.
   *
   * @param seed the seed
   * @return a new {@link Random} seeded with it
   */
  public static Random random(long seed) {
    return new Random(seed);
  }

  /**
   * How to name a seed in a failure message.
   *
   * @param seed the seed
   * @return for example {@code "seed 42 (replay with -Dcoproduction.seed=42)"}
   */
  public static String describe(long seed) {
    return "seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
  }

  /**
   * A property as one dynamic test per seed, each named by its seed.
   *
   * @param name what the property says
   * @param property the check, given a random source seeded for this try
   * @return the dynamic tests
   */
  public static Stream<DynamicTest> property(String name, Property property) {
    return seeds().stream().map(seed -> DynamicTest.dynamicTest(
        "seed " + seed, () -> check(name, seed, property)));
  }

  /**
   * Runs a property for one seed, and names the seed in any failure.
   *
   * @param name what the property says
   * @param seed the seed
   * @param property the check
   * @throws AssertionError if the check fails or throws; the message names the seed and the
   *     cause is the original failure
   */
  public static void check(String name, long seed, Property property) {
    try {
      property.check(random(seed));
    } catch (Exception | AssertionError e) {
      throw new AssertionError(name + " failed for " + describe(seed) + "\n" + e, e);
    }
  }

  /**
   * Runs a property for every seed of {@link #seeds()}, stopping at the first failure.
   *
   * @param name what the property says
   * @param property the check
   * @throws AssertionError if the check fails for a seed; the message names the seed
   */
  public static void forAll(String name, Property property) {
    for (long seed : seeds()) {
      check(name, seed, property);
    }
  }

  /** A check run on one seeded random source. */
  @FunctionalInterface
  public interface Property {
    /**
     * Checks the property once.
     *
     * @param random the random source, seeded for this try
     * @throws Exception if the check cannot complete; reported with the seed
     */
    void check(Random random) throws Exception;
  }
}
