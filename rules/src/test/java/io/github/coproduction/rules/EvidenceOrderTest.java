package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.testing.Inputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence that points at participants or checklist answers is shown in the order of their
 * references and item ids, and a pointer names them by reference or item id rather than by
 * position; a position past the end, or any other pointer, is left where and as it is.
 */
class EvidenceOrderTest {

  /** Eleven participants, P01 to P11 in that order, and the answers B04 then B02. */
  private static Initiative elevenAndTwoAnswers() {
    Initiative.Builder b = Inputs.running();
    for (int n = 1; n <= 11; n++) {
      b.addParticipants(Inputs.serviceUser(String.format("P%02d", n)).build());
    }
    return b.checklist(Inputs.only("B04=NO", "B02=YES")).build();
  }

  private static final Initiative RECORD = elevenAndTwoAnswers();

  private static List<Evidence> ordered(Evidence... evidence) {
    return EvidenceOrder.of(List.of(evidence), RECORD);
  }

  @Test
  void twoParticipantsAreOrderedByReferenceNotByThePointersText() {
    // "/participants/10" sorts before "/participants/9" as text; P10 comes before P11
    assertThat(ordered(Evidence.of("/participants/10/payment", "absent"),
        Evidence.of("/participants/9/payment", "absent")))
        .containsExactly(Evidence.of("/participants/9/payment", "absent"),
            Evidence.of("/participants/10/payment", "absent"));
  }

  @Test
  void otherEvidenceKeepsItsPlaceBetweenTheParticipants() {
    assertThat(ordered(Evidence.of("/participants/3/role", "commissioner"),
        Evidence.of("/arrangements/groundRules", "absent"),
        Evidence.of("/participants/0/role", "service user")))
        .containsExactly(Evidence.of("/participants/0/role", "service user"),
            Evidence.of("/arrangements/groundRules", "absent"),
            Evidence.of("/participants/3/role", "commissioner"));
  }

  @Test
  void aPositionPastTheLastParticipantStaysWhereItIs() {
    assertThat(ordered(Evidence.of("/participants/11/payment", "absent"),
        Evidence.of("/participants/1/payment", "absent"),
        Evidence.of("/participants/0/payment", "absent")))
        .containsExactly(Evidence.of("/participants/11/payment", "absent"),
            Evidence.of("/participants/0/payment", "absent"),
            Evidence.of("/participants/1/payment", "absent"));
  }

  @Test
  void evidenceOfOneParticipantIsOrderedByValue() {
    assertThat(ordered(Evidence.of("/participants/0/payment", "voucher"),
        Evidence.of("/participants/0/payment", "fee")))
        .containsExactly(Evidence.of("/participants/0/payment", "fee"),
            Evidence.of("/participants/0/payment", "voucher"));
  }

  @Test
  void aParticipantsWholeEvidenceComesBeforeTheNextReferences() {
    // "P1/role" sorts after "P1-A" as text ('/' > '-'); the whole of P1 comes first
    Initiative record = Inputs.running().addParticipants(Inputs.serviceUser("P1-A").build(),
        Inputs.serviceUser("P1").build()).build();
    assertThat(EvidenceOrder.of(List.of(Evidence.of("/participants/0", "present"),
        Evidence.of("/participants/1/role", "service user"),
        Evidence.of("/participants/1", "present")), record))
        .containsExactly(Evidence.of("/participants/1", "present"),
            Evidence.of("/participants/1/role", "service user"),
            Evidence.of("/participants/0", "present"));
  }

  @Test
  void checklistAnswersAreOrderedByItemIdNotByValue() {
    // B04 is answered first; the values alone would keep that order
    assertThat(ordered(Evidence.of("/checklist/responses/0/answer", "a"),
        Evidence.of("/checklist/responses/1/answer", "b")))
        .containsExactly(Evidence.of("/checklist/responses/1/answer", "b"),
            Evidence.of("/checklist/responses/0/answer", "a"));
  }

  @Test
  void aPositionPastTheLastAnswerStaysWhereItIs() {
    assertThat(ordered(Evidence.of("/checklist/responses/2/answer", "yes"),
        Evidence.of("/checklist/responses/0/answer", "no"),
        Evidence.of("/checklist/responses/1/answer", "yes")))
        .containsExactly(Evidence.of("/checklist/responses/2/answer", "yes"),
            Evidence.of("/checklist/responses/1/answer", "yes"),
            Evidence.of("/checklist/responses/0/answer", "no"));
  }

  @Test
  void answersOfARecordWithoutAChecklistStayWhereTheyAre() {
    assertThat(EvidenceOrder.of(List.of(Evidence.of("/checklist/responses/1/answer", "yes"),
        Evidence.of("/checklist/responses/0/answer", "no")), Inputs.running().build()))
        .containsExactly(Evidence.of("/checklist/responses/1/answer", "yes"),
            Evidence.of("/checklist/responses/0/answer", "no"));
  }

  @Test
  void aStablePointerNamesTheParticipantByReference() {
    assertThat(EvidenceOrder.stable("/participants/10/payment/hourlyRate", RECORD))
        .isEqualTo("/participants/[P11]/payment/hourlyRate");
    assertThat(EvidenceOrder.stable("/participants/0", RECORD)).isEqualTo("/participants/[P01]");
  }

  @Test
  void aStablePointerNamesTheAnswerByItemId() {
    assertThat(EvidenceOrder.stable("/checklist/responses/1/answer", RECORD))
        .isEqualTo("/checklist/responses/[B02]/answer");
  }

  @Test
  void aStablePointerPastTheEndIsThePointerAsItIs() {
    assertThat(EvidenceOrder.stable("/participants/11/payment", RECORD))
        .isEqualTo("/participants/11/payment");
    assertThat(EvidenceOrder.stable("/checklist/responses/2/answer", RECORD))
        .isEqualTo("/checklist/responses/2/answer");
  }

  @Test
  void anAnswerOfARecordWithoutAChecklistIsThePointerAsItIs() {
    Initiative noChecklist = Inputs.running().build();
    assertThat(EvidenceOrder.stable("/checklist/responses/0/answer", noChecklist))
        .isEqualTo("/checklist/responses/0/answer");
  }

  @Test
  void anyOtherPointerIsStableAsItIs() {
    assertThat(EvidenceOrder.stable("/arrangements/groundRules", RECORD))
        .isEqualTo("/arrangements/groundRules");
  }

  @Test
  void aFindingKeyedAgainstItsRecordNamesWhatItsPointersPointAt() {
    Finding f = new Finding.Builder().rule("checklist-contradicts-record")
        .severity(Severity.MAJOR).status(FindingStatus.GAP).message("Contradiction.")
        .addElements("S2.3")
        .addEvidence(Evidence.of("/checklist/responses/0/answer", "no"),
            Evidence.of("/participants/9", "present"))
        .remedy("Correct the record.").build();
    assertThat(f.key(RECORD)).isEqualTo("checklist-contradicts-record|GAP"
        + "|/checklist/responses/[B04]/answer|/participants/[P10]");
  }
}
