package io.github.coproduction.rules.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings of one key pair up in order, at most one earlier with one later, and an element the
 * earlier assessment has no status for has not moved.
 */
class ProgressMatchingTest {

  private static final Assessment MARCH =
      Assessor.standard().assess(Generators.exemplary(), LocalDate.parse("2026-03-01"));
  private static final Assessment SEPTEMBER =
      Assessor.standard().assess(Generators.exemplary(), LocalDate.parse("2026-09-01"));

  /** A gap of one rule at one pointer: all such gaps share a key, whatever their message. */
  private static Finding gap(String message) {
    return new Finding.Builder().rule("no-ground-rules").severity(Severity.MAJOR)
        .status(FindingStatus.GAP).message(message).addElements("S2.3")
        .addEvidence(Evidence.of("/arrangements/groundRules", "absent"))
        .remedy("Agree ground rules.").build();
  }

  private static Assessment with(Assessment a, Finding... findings) {
    return new Assessment.Builder().from(a).findings(List.of(findings)).build();
  }

  @Test
  void twoEarlierFindingsOfAKeyPersistInTheFirstTwoLaterOnes() {
    Finding first = gap("first");
    Finding second = gap("second");
    Finding third = gap("third");
    Progress p = Progress.between(with(MARCH, gap("one"), gap("two")),
        with(SEPTEMBER, first, second, third));
    assertThat(p.persisting()).containsExactly(first, second);
    assertThat(p.opened()).containsExactly(third);
    assertThat(p.closed()).isEmpty();
  }

  @Test
  void earlierFindingsOfAKeyBeyondTheLaterOnesClose() {
    Finding one = gap("one");
    Finding two = gap("two");
    Finding three = gap("three");
    Progress p = Progress.between(with(MARCH, one, two, three), with(SEPTEMBER, gap("first")));
    assertThat(p.persisting()).extracting(Finding::message).containsExactly("first");
    assertThat(p.closed()).containsExactly(two, three);
    assertThat(p.opened()).isEmpty();
  }

  @Test
  void anElementTheEarlierAssessmentHadNoStatusForHasNotMoved() {
    // as when a stored assessment predates an element, or left it out
    List<ElementAssessment> fewer = new ArrayList<>(MARCH.elements());
    ElementAssessment s23 = fewer.stream().filter(e -> e.element().equals("S2.3")).findFirst()
        .orElseThrow();
    fewer.remove(s23);
    fewer.replaceAll(e -> e.element().equals("C4")
        ? new ElementAssessment.Builder().from(e).status(ElementStatus.NOT_ASSESSED).build()
        : e);
    Assessment stored = new Assessment.Builder().from(MARCH).elements(fewer).build();
    Progress p = Progress.between(stored, SEPTEMBER);
    assertThat(p.elementChanges()).containsExactly(ImmutableElementChange.of("C4",
        ElementStatus.NOT_ASSESSED, SEPTEMBER.element("C4").status()));
  }
}
