package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.serialization.Documents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled examples of issue 11, assessed as a commissioner would run them. */
class PowerExamplesTest {

  private static Assessment assess(String name) {
    Initiative i = Documents.strict().readInitiative(Path.of("examples", name + ".yaml"));
    return Assessor.standard().assess(i, LocalDate.parse("2026-06-01"));
  }

  private static Finding gap(Assessment a, String rule) {
    List<Finding> found = a.findings().stream()
        .filter(f -> f.rule().equals(rule) && f.status() == FindingStatus.GAP).toList();
    assertThat(found).as("gap from %s", rule).hasSize(1);
    return found.get(0);
  }

  private static List<String> pointers(Finding f) {
    return f.evidence().stream().map(Evidence::pointer).toList();
  }

  @Test
  void theTokenisticInitiativeHasGapsCitingTheFlagAndTheDecisions() {
    Assessment a = assess("tokenistic-programme-board");
    assertThat(a.summary().verdict()).isEqualTo(Verdict.GAPS);
    for (String rule : List.of("tokenism", "coproduction-washing")) {
      assertThat(pointers(gap(a, rule))).as(rule).contains("/power/decisions/0",
          "/power/decisions/1", "/power/decisions/2");
    }
    assertThat(pointers(gap(a, "tokenism"))).contains("/participants/0/decisionMaker");
    assertThat(pointers(gap(a, "decision-maker-not-evidenced")))
        .contains("/participants/0/decisionMaker", "/power/decisions");
    LadderRung evidenced = a.ladderEvidence().orElseThrow().evidenced().get();
    assertThat(evidenced.isBelow(a.ladder().current().get())).isTrue();
  }

  @Test
  void aManagerWithLivedExperienceIsShownNotCountedAsAPartner() {
    Assessment a = assess("manager-with-lived-experience");
    Finding none = gap(a, "no-lived-experience");
    assertThat(none.message()).contains("Staff with lived experience (S01)");
    assertThat(none.elements()).contains("S3.7", "C1");
    assertThat(a.powerBalance().orElseThrow().partners()).isEmpty();
    assertThat(a.powerBalance().orElseThrow().staffWithLivedExperience()).containsExactly("S01");
    assertThat(gap(a, "coproduction-washing").message()).contains("no lived-experience partner");
    assertThat(a.ladderEvidence().orElseThrow().evidenced().isAbsent()).isTrue();
  }

  @Test
  void oneWorkshopThenStaffOnlyIsAOneOffAlthoughItCallsItselfOngoing() {
    Assessment a = assess("one-workshop-then-staff-only");
    Finding oneOff = gap(a, "one-off-exercise");
    assertThat(oneOff.message()).startsWith("The initiative calls itself ongoing");
    assertThat(pointers(oneOff)).contains("/continuity", "/sessions/0", "/sessions/1",
        "/sessions/2");
  }

  @Test
  void aGenuinelyOngoingInitiativeIsNotFlaggedOnPower() {
    Assessment a = assess("ongoing-with-sessions");
    for (String rule : List.of("no-lived-experience", "tokenism", "decision-maker-not-evidenced",
        "one-off-exercise", "papers-late", "limits-not-stated", "coproduction-washing",
        "problem-defined-without-lived-experience")) {
      assertThat(a.rule(rule).status()).as(rule).isEqualTo(RuleStatus.PASSED);
    }
    assertThat(a.ladderEvidence().orElseThrow().evidenced().get())
        .isEqualTo(LadderRung.CO_PRODUCTION);
  }
}
