package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A seeded law over 10,000 generated cases, run as ten dynamic tests of 1,000 seeds each, plus
 * one that checks more than a tenth of the cases exercised the law (the law returns whether a
 * case did). A failure names the law and the seed that replays it. The mutation profile asks for
 * fewer cases with {@code -Dcoproduction.lawCases} (PIT runs every covering test once per mutant);
 * every other build runs 10,000.
 */
final class Laws {

  static final int CASES = Integer.getInteger("coproduction.lawCases", 10_000);
  private static final int CHUNKS = 10;

  private Laws() {}

  static Stream<DynamicTest> chunks(String name, Function<Random, Boolean> law) {
    List<Long> seeds = Seeds.seeds(CASES);
    int size = CASES / CHUNKS;
    int[] exercised = new int[1];
    List<DynamicTest> tests = new ArrayList<>();
    for (int c = 0; c < CHUNKS; c++) {
      List<Long> chunk = seeds.subList(c * size, (c + 1) * size);
      tests.add(DynamicTest.dynamicTest(name + ", seeds " + (c * size) + " to "
          + ((c + 1) * size - 1), () -> {
            for (long seed : chunk) {
              try {
                if (law.apply(Seeds.random(seed))) {
                  exercised[0]++;
                }
              } catch (AssertionError e) {
                throw new AssertionError(name + " failed for seed " + seed, e);
              }
            }
          }));
    }
    tests.add(DynamicTest.dynamicTest(name + ": enough cases exercise the law", () ->
        assertThat(exercised[0]).as("cases out of %d that exercise the law", CASES)
            .isGreaterThan(CASES / 10)));
    return tests.stream();
  }
}
