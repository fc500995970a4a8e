package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Published accounts of co-production in UK mental health research and services, recorded from
 * their text only ({@code examples/published}), give what their headers expected; the
 * peer-researcher case puts its S1.2 gap first; the profile in force is named in every format.
 */
class PublishedAccountsTest {

  private static final String PUBLISHED = "examples/published/";
  private static final String DATE = "2026-12-01";

  private static Cli assess(String file, String profile, String format) {
    return Cli.run("assess", file, "--profile", profile, "--format", format, "--date", DATE);
  }

  @Test
  void worsleyTheirUsAndThemAndTheConflictAreMajorGapsWithNoLocalVisionFinding() {
    Cli run = assess(PUBLISHED + "worsley-2022-research-proposal.yaml", "research", "json");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"profile\": \"research\"")
        .contains("\"verdict\": \"gaps\"")
        .contains("\"rule\": \"partners-report-exclusion\"")
        .contains("\"rule\": \"something-got-in-the-way\"")
        .doesNotContain("\"rule\": \"vision-not-co-produced\",\n      \"severity\"")
        // the quotes are personal free text: findings never carry them
        .doesNotContain("us and them");
  }

  @Test
  void partners2IsIncompleteNeverSoundAndHasNoProvenGap() {
    Cli run = assess(PUBLISHED + "partners2-2020-research-programme.yaml", "research", "text");
    assertThat(run.out()).contains("Verdict: INCOMPLETE RECORD").contains("No open gaps")
        .doesNotContain("local vision");
  }

  @Test
  void theRecoveryCollegeUnderTheServiceProfileIsIncompleteAndAsksAboutTheVision() {
    Cli run = assess(PUBLISHED + "meddings-recovery-college.yaml", "default", "json");
    assertThat(run.out()).contains("\"verdict\": \"incomplete\"")
        .contains("\"rule\": \"vision-not-co-produced\"");
  }

  @Test
  void thePeerResearcherCaseRanksTheRaisedS12GapFirst() {
    Cli run = assess("examples/peer-researcher-approvals.yaml", "research", "json");
    String out = run.out();
    int first = out.indexOf("\"rule\": ");
    assertThat(out.substring(first)).startsWith("\"rule\": \"systems-in-the-way\",\n"
        + "      \"severity\": \"critical\"");
    assertThat(out).contains("\"raisedBy\": [").doesNotContain("local vision");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html", "json", "yaml", "csv"})
  void theProfileInForceIsNamedInEveryFormat(String format) {
    Cli run = assess("examples/peer-researcher-approvals.yaml", "research", format);
    // Text reports wrap lines: compare with runs of white space made one space.
    assertThat(run.out().replaceAll("\\s+", " ")).as(format).containsAnyOf(
        List.of("profile research", "Profile | research", "\"profile\": \"research\"",
            "profile: research", ",research,", "<dd>research</dd>", "research</td>")
            .toArray(String[]::new));
  }

  @Test
  void anUnknownProfileNameThatIsNoFileIsReadAsAFileAndFailsSayingSo() {
    Cli run = assess("examples/peer-researcher-approvals.yaml", "reserach", "text");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("reserach");
  }

  @Test
  void redactedStatementsAndEventDescriptionsNeverShow() {
    Cli run = Cli.run("assess", "examples/peer-researcher-approvals.yaml", "--profile",
        "research", "--format", "json", "--redact", "--date", DATE);
    assertThat(run.out()).doesNotContain("us and them").doesNotContain("Research passport")
        .doesNotContain("PR1");
  }
}
