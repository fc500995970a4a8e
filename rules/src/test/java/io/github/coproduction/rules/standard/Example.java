package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.testing.Inputs;
import java.util.List;
import java.util.function.Supplier;

/**
 * One example of one standard rule: a small input initiative beside exactly what the rule says
 * about it. The whole standard assessor runs; only the findings and result of the example's rule
 * are compared, so the input need record only what the example is about.
 *
 * <p>Inputs are built when the example is checked, not when the table is listed, so a model error
 * fails one example rather than the whole table.
 */
final class Example {

  private final String name;
  private final String rule;
  private final Supplier<Initiative> input;
  private final RuleStatus status;
  private final List<ExpectedFinding> findings;
  private final String reason;

  private Example(String name, String rule, Supplier<Initiative> input, RuleStatus status,
      List<ExpectedFinding> findings, String reason) {
    this.name = name;
    this.rule = rule;
    this.input = input;
    this.status = status;
    this.findings = findings;
    this.reason = reason;
  }

  /** The rule finds exactly these findings, in assessment order, and nothing else. */
  static Example finds(String name, Supplier<Initiative> input, ExpectedFinding first,
      ExpectedFinding... more) {
    List<ExpectedFinding> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    for (ExpectedFinding f : all) {
      if (!f.rule().equals(first.rule())) {
        throw new IllegalArgumentException("one example, one rule: " + f.rule());
      }
    }
    boolean gap = all.stream().anyMatch(f -> f.status() == FindingStatus.GAP);
    return new Example(name, first.rule(), input, gap ? RuleStatus.GAP : RuleStatus.NOT_RECORDED,
        List.copyOf(all), null);
  }

  /** The rule runs and finds nothing. */
  static Example passes(String rule, String name, Supplier<Initiative> input) {
    return new Example(name, rule, input, RuleStatus.PASSED, List.of(), null);
  }

  /** The rule says it does not apply, and why. */
  static Example notApplicable(String rule, String name, Supplier<Initiative> input,
      String reason) {
    return new Example(name, rule, input, RuleStatus.NOT_APPLICABLE, List.of(), reason);
  }

  String rule() {
    return rule;
  }

  RuleStatus status() {
    return status;
  }

  /** The example's input, built now. */
  Initiative input() {
    return input.get();
  }

  String name() {
    return name;
  }

  void check() {
    Assessment a = Assessor.standard().assess(input.get(), Inputs.ASSESSED_ON);
    List<ExpectedFinding> actual = a.findings().stream().filter(f -> f.rule().equals(rule))
        .map(ExpectedFinding::of).toList();
    assertThat(actual).as("findings of %s for: %s", rule, name)
        .containsExactlyElementsOf(findings);
    RuleResult result = a.rule(rule);
    assertThat(result.status()).as("status of %s for: %s", rule, name).isEqualTo(status);
    if (reason != null) {
      assertThat(result.detail()).as("reason of %s for: %s", rule, name).hasValue(reason);
    }
  }

  @Override
  public String toString() {
    return rule + ": " + name + " -> " + status.label();
  }
}
