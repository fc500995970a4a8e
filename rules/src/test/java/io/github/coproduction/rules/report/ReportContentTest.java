package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.ReportCases.gap;
import static io.github.coproduction.rules.report.ReportCases.notRecorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every format shows, worked out once: the gaps to act on first, the verdict sentence, the
 * short form of a missing fact, and the grouping of elements, findings and facts by step.
 */
class ReportContentTest {

  private static ReportContent content(Assessment a) {
    return new ReportContent(a, ReportOptions.defaults());
  }

  @Test
  void redactionWithoutTheParticipantsToRedactIsRefused() {
    ReportOptions blind = ReportOptions.defaults().withRedaction(true);
    assertThatThrownBy(() -> new ReportContent(ReportFixtures.crisisAssessment(), blind))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("participant references to redact are not known");
  }

  @Test
  void aFindingLimitAboveTheNumberOfFindingsShowsThemAll() {
    Assessment crisis = ReportFixtures.crisisAssessment();
    int all = crisis.findings().size();
    ReportContent c = new ReportContent(crisis, ReportOptions.defaults().withFindingLimit(all + 1));
    assertThat(c.findingsShown).isEqualTo(all);
    assertThat(c.findingsLeftOut).isZero();
  }

  @Test
  void withNoMajorGapTheThreeMostSevereMinorGapsComeFirst() {
    ReportContent c = content(ReportCases.with(
        gap("a", Severity.ADVISORY, "Advisory a.", "C1.1"),
        gap("b", Severity.MINOR, "Minor b.", "C1.1"),
        gap("c", Severity.MINOR, "Minor c.", "C1.1"),
        gap("d", Severity.ADVISORY, "Advisory d.", "C1.1"),
        gap("e", Severity.MINOR, "Minor e.", "C1.1")));
    assertThat(c.attention).extracting(Finding::rule).containsExactly("b", "c", "e");
  }

  @Test
  void withAMajorGapOnlyGapsAtMajorOrAboveComeFirst() {
    ReportContent c = content(ReportCases.with(
        gap("b", Severity.MINOR, "Minor b.", "C1.1"),
        gap("m", Severity.MAJOR, "Major m.", "C1.1")));
    assertThat(c.attention).extracting(Finding::rule).containsExactly("m");
  }

  @Test
  void theVerdictSentenceNamesOnlyTheSeveritiesThatHaveOpenGaps() {
    assertThat(content(ReportCases.with(gap("m", Severity.MAJOR, "Major m.", "C1.1")))
        .verdictSentence()).isEqualTo("1 open gap (1 major); no facts not recorded.");
    assertThat(content(ReportCases.with()).verdictSentence())
        .isEqualTo("No open gaps; no facts not recorded.");
  }

  private static String shortFact(String description) {
    ReportContent c = content(ReportFixtures.bareAssessment());
    MissingFact m = new MissingFact.Builder().fact("rule:r").description(description)
        .severity(Severity.MINOR).participants(0).build();
    return c.shortFact(m);
  }

  @Test
  void aShortFactDropsTheEndingAndLowersTheFirstLetterOfAWord() {
    assertThat(shortFact("Whether the initiative refunds expenses is not recorded."))
        .isEqualTo("whether the initiative refunds expenses");
    assertThat(shortFact("Payment methods are not recorded.")).isEqualTo("payment methods");
    assertThat(shortFact("Ab is not recorded.")).isEqualTo("ab");
  }

  @Test
  void aShortFactKeepsAnAcronymAndASingleLetterAsTheyAre() {
    assertThat(shortFact("NHS funding is not recorded.")).isEqualTo("NHS funding");
    assertThat(shortFact("X is not recorded.")).isEqualTo("X is not recorded");
    assertThat(shortFact("NHS funding unknown.")).isEqualTo("NHS funding unknown");
    assertThat(shortFact("X.")).isEqualTo("X");
    assertThat(shortFact("X")).isEqualTo("X");
  }

  @Test
  void aShortFactOfAnotherShapeLosesOnlyAFinalFullStop() {
    assertThat(shortFact("Payment rate unknown")).isEqualTo("payment rate unknown");
    assertThat(shortFact("Payment rate unknown.")).isEqualTo("payment rate unknown");
  }

  @Test
  void capitalisingAnEmptyTextLeavesItEmpty() {
    ReportContent c = content(ReportFixtures.bareAssessment());
    assertThat(c.capitalise("")).isEmpty();
    assertThat(c.capitalise("élan")).isEqualTo("Élan");
  }

  @Test
  void aFindingOnAStepIsGroupedUnderThatStep() {
    ReportContent c = content(ReportCases.with(gap("s", Severity.MINOR, "On step 2.", "S2"),
        gap("x", Severity.MINOR, "On nothing known.", "Z9.9")));
    assertThat(c.gapGroups).extracting(g -> g.group().heading()).containsExactly(
        "Step 2. " + io.github.coproduction.core.framework.Step.S2.title(), "Other findings");
  }

  @Test
  void aMissingFactWithNoElementOrAnUnknownOneIsListedUnderOther() {
    ReportContent c = content(ReportCases.with(
        notRecorded("loose", Severity.MINOR, "The budget is not recorded."),
        notRecorded("odd", Severity.MINOR, "The venue is not recorded.", "Z9.9"),
        notRecorded("known", Severity.MINOR, "The timetable is not recorded.", "S1.1")));
    assertThat(c.missingOther).extracting(g -> g.group().label())
        .containsExactly("Step 1", "Other");
    assertThat(c.missingOther.get(1).facts()).extracting(MissingFact::rules)
        .containsExactly(List.of("loose"), List.of("odd"));
  }

  @Test
  void anElementTheAssessmentLacksIsShownNotAssessedAndAnotherKeepsWhatItEvidences() {
    Assessment bare = ReportFixtures.bareAssessment();
    List<ElementAssessment> elements = new ArrayList<>();
    for (ElementAssessment e : bare.elements()) {
      if (e.element().equals("S1.1")) {
        elements.add(new ElementAssessment.Builder().from(e).status(ElementStatus.NO_GAP_FOUND)
            .evidenced(2).aspects(3).build());
      } else if (!e.element().equals("S1.2")) {
        elements.add(e);
      }
    }
    Assessment a = new Assessment.Builder().from(bare).elements(elements).build();
    String text = TextReport.render(a, ReportFixtures.DETAIL);
    assertThat(text).containsPattern("\\[o\\] S1\\.1 +no gap found +.*\\(2 of 3 aspects")
        .containsPattern("\\[x\\] S1\\.2 +not assessed +");
    ReportContent.Element missing = content(a).elements.values().stream()
        .flatMap(List::stream).filter(e -> e.id().equals("S1.2")).findFirst().orElseThrow();
    assertThat(missing).isEqualTo(new ReportContent.Element("S1.2", missing.title(),
        ElementStatus.NOT_ASSESSED, List.of(), 0, 0));
  }
}
