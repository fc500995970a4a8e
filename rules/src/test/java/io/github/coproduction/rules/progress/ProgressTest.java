package io.github.coproduction.rules.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Severity;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What changed between two assessments of one initiative. */
class ProgressTest {

  private static final LocalDate MARCH = LocalDate.parse("2026-03-01");
  private static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-01");

  /** The exemplary initiative with some arrangements changed and a ladder position. */
  private static Initiative exemplaryWith(Provision groundRules, Provision seniorSponsor,
      Provision facilitation, LadderRung current) {
    Initiative exemplary = Generators.exemplary();
    return new Initiative.Builder().from(exemplary)
        .arrangements(new Arrangements.Builder().from(exemplary.arrangements())
            .groundRules(groundRules).seniorSponsor(seniorSponsor).facilitation(facilitation)
            .build())
        .ladder(new LadderPosition.Builder().current(Recorded.present(current))
            .target(Recorded.present(LadderRung.CO_PRODUCTION)).build())
        .build();
  }

  @Test
  void findingsCloseOpenAndPersistAndElementsMove() {
    Assessment march = Assessor.standard().assess(exemplaryWith(Provision.absent(),
        Provision.absent(), Provision.present(), LadderRung.CONSULTATION), MARCH);
    Assessment september = Assessor.standard().assess(exemplaryWith(Provision.present(),
        Provision.absent(), Provision.absent(), LadderRung.CO_DESIGN), SEPTEMBER);

    Progress p = Progress.between(march, september);

    assertThat(p.initiative()).isEqualTo("crisis-redesign-exemplary");
    assertThat(p.earlier()).isEqualTo(MARCH);
    assertThat(p.later()).isEqualTo(SEPTEMBER);
    // the ladder rules find gaps in both with messages that name the rung: they persist
    // the exemplary checklist answers yes to both: each absence is also a contradiction
    assertThat(p.closed()).extracting(Finding::rule, Finding::message).containsExactly(
        tuple("no-ground-rules", "The initiative has no ground rules for group working."),
        tuple("checklist-contradicts-record", "Checklist item B06 (\"Agree ground rules for"
            + " group working with everyone involved.\") is answered yes, but the record says"
            + " this is absent (/arrangements/groundRules)."));
    assertThat(p.opened()).extracting(Finding::rule, Finding::message).containsExactly(
        tuple("no-facilitation", "The initiative has no facilitation or brokering."),
        tuple("checklist-contradicts-record", "Checklist item B07 (\"Arrange facilitation or"
            + " brokering for the process and for the people taking part.\") is answered yes,"
            + " but the record says this is absent (/arrangements/facilitation)."));
    assertThat(p.persisting()).extracting(Finding::rule, Finding::message).containsExactly(
        tuple("no-senior-sponsor", september.findings().get(0).message()),
        tuple("coproduction-washing", "The initiative calls itself co-production but stands at"
            + " Co-design on the engagement ladder."),
        tuple("checklist-contradicts-record", "Checklist item B02 (\"Is there a named senior"
            + " sponsor who is committed to the activity and to acting on what it produces?\")"
            + " is answered yes, but the record says this is absent"
            + " (/arrangements/seniorSponsor)."),
        tuple("below-target-rung", "The initiative stands at Co-design, 1 rung below its"
            + " target, Co-production."));
    assertThat(p.persisting().get(0)).isSameAs(september.findings().get(0));
    assertThat(p.elementChanges()).containsExactly(
        ImmutableElementChange.of("S2.3", ElementStatus.GAP, ElementStatus.MET),
        ImmutableElementChange.of("S2.5", ElementStatus.MET, ElementStatus.GAP),
        ImmutableElementChange.of("C5", ElementStatus.MET, ElementStatus.GAP));
    assertThat(p.ladderBefore().current()).isEqualTo(Recorded.present(LadderRung.CONSULTATION));
    assertThat(p.ladderAfter().current()).isEqualTo(Recorded.present(LadderRung.CO_DESIGN));
  }

  @Test
  void fixingEverythingClosesEveryFinding() {
    Assessment march = Assessor.standard().assess(exemplaryWith(Provision.absent(),
        Provision.absent(), Provision.notRecorded(), LadderRung.CO_DESIGN), MARCH);
    Assessment september = Assessor.standard().assess(Generators.exemplary(), SEPTEMBER);
    Progress p = Progress.between(march, september);
    assertThat(p.closed()).isEqualTo(march.findings()).hasSize(6);
    assertThat(p.opened()).isEmpty();
    assertThat(p.persisting()).isEmpty();
    assertThat(p.elementChanges()).extracting(ElementChange::element, ElementChange::after)
        .containsExactly(tuple("S1.3", ElementStatus.MET), tuple("S2.3", ElementStatus.MET),
            tuple("S3.4", ElementStatus.MET), tuple("C2", ElementStatus.MET),
            tuple("C3", ElementStatus.MET));
    // Facilitation was not recorded in March, but the checklist's "yes" to B07 evidenced it.
    assertThat(p.elementChanges()).extracting(ElementChange::element, ElementChange::before)
        .contains(tuple("S2.3", ElementStatus.GAP));
    assertThat(march.element("S2.5").status()).isEqualTo(ElementStatus.MET);
  }

  @Test
  void assessmentsOfDifferentInitiativesAreRejected() {
    Assessment a = Assessor.standard().assess(Generators.exemplary(), MARCH);
    Assessment b = Assessor.standard().assess(Generators.bare(), SEPTEMBER);
    assertThatThrownBy(() -> Progress.between(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("\"crisis-redesign-exemplary\"", "\"bare\"");
  }

  @TestFactory
  Stream<DynamicTest> anAssessmentComparedWithItselfShowsNoChange() {
    return Seeds.property("an assessment compared with itself shows no change", random -> {
      Initiative i = Generators.initiative(random);
      Assessment a = Assessor.standard().assess(i, MARCH);
      Assessment b = Assessor.standard().assess(i, SEPTEMBER);
      Progress p = Progress.between(a, b);
      assertThat(p.closed()).isEmpty();
      assertThat(p.opened()).isEmpty();
      assertThat(p.persisting()).isEqualTo(b.findings());
      assertThat(p.elementChanges()).isEmpty();
      assertThat(p.ladderBefore()).isEqualTo(p.ladderAfter());
    });
  }

  /**
   * The same record with its participants and checklist answers in another order (as after an
   * edit, or a round trip through a store that does not keep order) has made no progress.
   */
  @TestFactory
  Stream<DynamicTest> reorderingTheRecordClosesAndOpensNothing() {
    return Seeds.property("reordering the record closes and opens nothing", random -> {
      Initiative i = Generators.initiative(random);
      Initiative reordered = Generators.shuffled(i, new java.util.Random(random.nextLong()));
      // Both on one date: benefit limits are dated reference data, so between March and
      // September a payment can cross a new April limit, which is a real change, not a reorder.
      Progress p = Progress.between(Assessor.standard().assess(i, MARCH), i,
          Assessor.standard().assess(reordered, MARCH), reordered);
      assertThat(p.closed()).extracting(Finding::message).as("closed").isEmpty();
      assertThat(p.opened()).extracting(Finding::message).as("opened").isEmpty();
      assertThat(p.elementChanges()).isEmpty();
    });
  }

  @Test
  void aRewordedFindingPersists() {
    Assessment march = Assessor.standard().assess(Generators.bare(), MARCH);
    Assessment september = Assessor.standard().assess(Generators.bare(), SEPTEMBER);
    java.util.List<Finding> reworded = september.findings().stream()
        .map(f -> (Finding) new Finding.Builder().from(f).message("Reworded: " + f.message())
            .build())
        .toList();
    Progress p = Progress.between(march,
        new Assessment.Builder().from(september).findings(reworded).build());
    assertThat(reworded).isNotEmpty();
    assertThat(p.closed()).isEmpty();
    assertThat(p.opened()).isEmpty();
    assertThat(p.persisting()).isEqualTo(reworded);
  }

  @TestFactory
  Stream<DynamicTest> everyFindingIsClosedOpenedOrPersisting() {
    return Seeds.property("every finding is closed, opened or persisting", random -> {
      Initiative earlier = Generators.initiative(random);
      Initiative later = new Initiative.Builder().from(Generators.initiative(random))
          .id(earlier.id()).build();
      Assessment a = Assessor.standard().assess(earlier, MARCH);
      Assessment b = Assessor.standard().assess(later, SEPTEMBER);
      Progress p = Progress.between(a, b);
      // A finding never closes and opens again as the same finding: no closed finding shares
      // its key (rule, status, pointers) with an opened one; the message plays no part.
      for (Finding closed : p.closed()) {
        assertThat(p.opened()).as("opened beside closed %s", closed.key())
            .noneMatch(opened -> opened.key().equals(closed.key()));
      }
      // and a finding persists only beside an earlier one with its key
      for (Finding f : p.persisting()) {
        assertThat(a.findings()).as("%s persists only if it matches an earlier finding", f.key())
            .anyMatch(e -> e.key().equals(f.key()));
      }
      assertThat(p.closed()).as("closed, in the earlier order")
          .isEqualTo(a.findings().stream().filter(p.closed()::contains).toList());
      assertThat(java.util.stream.Stream.concat(p.opened().stream(), p.persisting().stream()))
          .as("opened and persisting partition the later findings")
          .containsExactlyInAnyOrderElementsOf(b.findings());
      assertThat(p.closed().size() + p.persisting().size()).isEqualTo(a.findings().size());
      assertThat(p.opened().size() + p.persisting().size()).isEqualTo(b.findings().size());
      for (var change : p.elementChanges()) {
        assertThat(change.before()).isNotEqualTo(change.after());
        assertThat(a.element(change.element()).status()).isEqualTo(change.before());
        assertThat(b.element(change.element()).status()).isEqualTo(change.after());
      }
      long moved = b.elements().stream()
          .filter(e -> a.element(e.element()).status() != e.status()).count();
      assertThat(p.elementChanges()).hasSize((int) moved);
    });
  }

  /** The message is no part of a finding's identity: a Welsh assessment persists an English one. */
  @Test
  void theSameFindingsInAnotherLanguagePersist() {
    Initiative i = Generators.bare();
    Assessment english = Assessor.standard().assess(i, MARCH);
    Assessment welsh = Assessor.builder().locale(java.util.Locale.forLanguageTag("cy")).build()
        .assess(i, SEPTEMBER);
    assertThat(welsh.findings()).extracting(Finding::message)
        .doesNotContainAnyElementsOf(english.findings().stream().map(Finding::message).toList());
    Progress p = Progress.between(english, i, welsh, i);
    assertThat(p.closed()).isEmpty();
    assertThat(p.opened()).isEmpty();
    assertThat(p.persisting()).isEqualTo(welsh.findings());
  }

  /** Without the records, positions are compared as they are: a reorder cannot be told apart. */
  @Test
  void withoutTheRecordsAPointerIsItsPosition() {
    Initiative i = Generators.exemplary();
    Finding unpaid = new Finding.Builder().rule("unpaid-participant").severity(Severity.CRITICAL)
        .status(io.github.coproduction.rules.FindingStatus.GAP).message("P01 is unpaid.")
        .addElements("S2.6").addEvidence(Evidence.of("/participants/0/payment", "absent"))
        .remedy("Pay.").build();
    Finding moved = new Finding.Builder().from(unpaid)
        .evidence(java.util.List.of(Evidence.of("/participants/1/payment", "absent"))).build();
    assertThat(unpaid.key()).isNotEqualTo(moved.key());
    java.util.List<Participant> swapped = new java.util.ArrayList<>(i.participants());
    java.util.Collections.swap(swapped, 0, 1);
    Initiative reordered = new Initiative.Builder().from(i).participants(swapped).build();
    assertThat(unpaid.key(i)).isEqualTo(moved.key(reordered))
        .isEqualTo("unpaid-participant|GAP|/participants/[" + i.participants().get(0).ref()
            + "]/payment");
  }

  @Test
  void aRecordMustBeTheOneItsAssessmentAssessed() {
    Initiative i = Generators.bare();
    Initiative other = new Initiative.Builder().from(i).id("another").build();
    Assessment a = Assessor.standard().assess(i, MARCH);
    assertThatThrownBy(() -> Progress.between(a, other, a, i))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("\"" + i.id() + "\"", "\"another\"");
  }
}
