package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import org.junit.jupiter.api.Test;

/** The sample profile and waivers in examples/settings do what README says they do. */
class SampleSettingsTest {

  private static final String WARD = "examples/ward-improvement.yaml";
  private static final String PROFILE = "examples/settings/trust-profile.yaml";
  private static final String WAIVERS = "examples/settings/ward-improvement-waivers.yaml";

  @Test
  void theProfileDisablesTheChecklistRulesAndRaisesOneOffExercises() {
    Assessment a = assess("--profile", PROFILE, "--date", "2026-11-25");
    assertThat(a.profile()).isEqualTo("trust-board");
    assertThat(a.findings()).extracting(Finding::rule)
        .doesNotContain("checklist-before-unanswered", "checklist-after-unanswered");
    assertThat(finding(a, "one-off-exercise").severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding(assess("--date", "2026-11-25"), "one-off-exercise").severity())
        .as("without the profile").isEqualTo(Severity.MAJOR);
  }

  @Test
  void theWaiverCoversTheTrainingGapUntilItExpires() {
    Assessment before = assess("--waivers", WAIVERS, "--date", "2026-11-25");
    assertThat(finding(before, "no-training").waiver()).isPresent();
    assertThat(before.summary().waived()).isEqualTo(1);
    Assessment after = assess("--waivers", WAIVERS, "--date", "2027-04-01");
    assertThat(finding(after, "no-training").waiver()).isEmpty();
    assertThat(after.waiverNotices()).hasSize(1);
  }

  private static Assessment assess(String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "assess";
    args[1] = WARD;
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(options, 0, args, 4, options.length);
    Cli run = Cli.run(args);
    assertThat(run.code()).as("%s", run).isZero();
    return Documents.strict().readAssessment(run.out(), Format.JSON, "assessment");
  }

  private static Finding finding(Assessment a, String rule) {
    return a.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
  }
}
