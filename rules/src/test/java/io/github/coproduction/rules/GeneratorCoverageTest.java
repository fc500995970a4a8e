package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The seeded initiative generator reaches the cases that matter, often enough to test them: for
 * each class a minimum share of the generated initiatives is asserted, as jqwik's
 * {@code Statistics.coverage} would. The shares it measured are printed, and listed in TESTING.md.
 */
class GeneratorCoverageTest {

  /** Enough cases for the shares to be stable, whatever the number of tries asked for. */
  private static final int CASES = Math.max(Seeds.tries(), 600);

  /** Each class and the least share of generated initiatives that must fall in it. */
  private static final Map<String, Double> MINIMUM = new LinkedHashMap<>();
  static {
    MINIMUM.put("tokenism gap", 0.05);
    MINIMUM.put("nobody with lived experience", 0.05);
    MINIMUM.put("a fee at parity", 0.10);
    MINIMUM.put("a fee just below parity", 0.05);
    MINIMUM.put("a checklist phase left unanswered", 0.05);
    MINIMUM.put("no checklist", 0.05);
  }

  @Test
  void everyInterestingClassHasItsMinimumShare() {
    Assessor assessor = Assessor.standard();
    Map<String, Integer> counts = new LinkedHashMap<>();
    MINIMUM.keySet().forEach(k -> counts.put(k, 0));
    for (long seed : Seeds.seeds(CASES)) {
      Initiative i = Generators.initiative(seed);
      Assessment a = assessor.assess(i, java.time.LocalDate.parse("2026-06-01"));
      count(counts, "tokenism gap", a.rule("tokenism").status() == RuleStatus.GAP);
      count(counts, "nobody with lived experience", !i.participants().isEmpty()
          && i.participants().stream().noneMatch(Participant::hasLivedExperience));
      count(counts, "a fee at parity", anyFee(i, c -> c == 0));
      count(counts, "a fee just below parity", anyFee(i, c -> c < 0)
          && justBelow(i));
      count(counts, "a checklist phase left unanswered", i.checklist().map(c -> {
        ResponseSet set = ResponseSet.of(DefaultChecklist.checklist(), c);
        return List.of(Phase.values()).stream()
            .anyMatch(p -> set.completion(p).answered() == 0);
      }).orElse(false));
      count(counts, "no checklist", i.checklist().isEmpty());
    }
    StringBuilder table = new StringBuilder("generator coverage over " + CASES + " seeds:\n");
    counts.forEach((k, n) -> table.append(String.format(java.util.Locale.ROOT,
        "  %-36s %5.1f%% (minimum %.0f%%)%n", k, 100.0 * n / CASES, 100 * MINIMUM.get(k))));
    System.out.print(table);
    counts.forEach((k, n) -> assertThat((double) n / CASES).as("%s%n%s", k, table)
        .isGreaterThanOrEqualTo(MINIMUM.get(k)));
  }

  private static void count(Map<String, Integer> counts, String key, boolean hit) {
    if (hit) {
      counts.merge(key, 1, Integer::sum);
    }
  }

  /** Whether a person with lived experience is paid a fee whose comparison with the staff rate passes. */
  private static boolean anyFee(Initiative i, Predicate<Integer> comparison) {
    if (!i.arrangements().staffHourlyRate().isPresent()) {
      return false;
    }
    BigDecimal staff = i.arrangements().staffHourlyRate().get();
    return i.participants().stream().filter(Participant::hasLivedExperience)
        .map(Participant::payment).filter(p -> p.isPresent())
        .map(p -> p.get())
        .filter(p -> p.method().orElse(null) == PaymentMethod.FEE && p.hourlyRate().isPresent())
        .anyMatch(p -> comparison.test(p.hourlyRate().get().compareTo(staff)));
  }

  /** Whether a fee is below the staff rate by no more than a pound. */
  private static boolean justBelow(Initiative i) {
    BigDecimal staff = i.arrangements().staffHourlyRate().get();
    return i.participants().stream().filter(Participant::hasLivedExperience)
        .map(Participant::payment).filter(p -> p.isPresent()).map(p -> p.get())
        .filter(p -> p.method().orElse(null) == PaymentMethod.FEE && p.hourlyRate().isPresent())
        .map(p -> p.hourlyRate().get())
        .anyMatch(r -> r.compareTo(staff) < 0 && staff.subtract(r).compareTo(BigDecimal.ONE) <= 0);
  }
}
