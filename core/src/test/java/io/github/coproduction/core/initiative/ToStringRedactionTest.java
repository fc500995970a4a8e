package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text that may hold personal data never reaches {@code toString()}. */
class ToStringRedactionTest {

  private static final String RESPONSE_NOTE = "Jane could not attend: in hospital";
  private static final String EVIDENCE = "email from jane.smith@example.org";
  private static final String REFLECTION_NOTE = "Mo spoke about his section under the MHA";
  private static final String RISK_DESCRIPTION = "Kim's Universal Credit may be cut";
  private static final String PROVISION_NOTE = "Counselling with Dr Patel on Tuesdays";
  private static final String PURPOSE = "Redesign after Sam's death in the crisis house";
  private static final String DECISION = "Whether Alex's complaint goes to the board";
  private static final String NOT_OPEN = "Closing the ward Lee is on";

  private static final List<String> SECRETS =
      List.of(RESPONSE_NOTE, EVIDENCE, REFLECTION_NOTE, RISK_DESCRIPTION, PROVISION_NOTE, PURPOSE,
          DECISION, NOT_OPEN);

  private final Response response = new Response.Builder().item("B05").answer(Answer.NO)
      .note(RESPONSE_NOTE).addEvidence(EVIDENCE).build();
  private final Reflection reflection = new Reflection.Builder()
      .date(LocalDate.parse("2026-03-01")).phase(Phase.AFTER).addRoles(Role.SERVICE_USER)
      .note(REFLECTION_NOTE).build();
  private final Risk risk = new Risk.Builder().kind(RiskKind.WELFARE_BENEFITS)
      .carriedBy(RiskCarrier.PARTICIPANTS).description(RISK_DESCRIPTION).build();

  @Test
  void aResponsePrintsNeitherNoteNorEvidence() {
    assertThat(response.toString()).contains("B05").contains("NO")
        .doesNotContain(RESPONSE_NOTE).doesNotContain("jane");
    assertThat(response.note()).contains(RESPONSE_NOTE);
    assertThat(response.evidence()).containsExactly(EVIDENCE);
  }

  @Test
  void aReflectionDoesNotPrintItsNote() {
    assertThat(reflection.toString()).contains("2026-03-01").doesNotContain("Mo spoke");
  }

  @Test
  void aRiskDoesNotPrintItsDescription() {
    assertThat(risk.toString()).contains("WELFARE_BENEFITS").doesNotContain("Kim");
  }

  @Test
  void anInitiativePrintsNoneOfItsNotes() {
    Initiative i = new Initiative.Builder().id("i").title("Crisis redesign").stage(Stage.FINISHED)
        .arrangements(new Arrangements.Builder()
            .emotionalSupport(Provision.present(PROVISION_NOTE))
            .groundRules(Provision.absent(PROVISION_NOTE)).build())
        .risks(Recorded.present(ImmutableList.of(risk)))
        .reflections(Recorded.present(ImmutableList.of(reflection)))
        .checklist(new ChecklistResponses.Builder().checklist(DefaultChecklist.ID)
            .addResponses(response).build())
        .purpose(Recorded.present(PURPOSE))
        .addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build())
        .power(new Power.Builder()
            .addDecisions(new Decision.Builder().subject(DECISION).addMadeBy("P01").build())
            .notOpenToCoproduction(Recorded.present(List.of(NOT_OPEN))).build())
        .build();
    String printed = i.toString();
    assertThat(printed).contains("Crisis redesign").contains("B05");
    for (String secret : SECRETS) {
      assertThat(printed).doesNotContain(secret);
    }
    assertThat(printed).doesNotContain("Jane").doesNotContain("Dr Patel").doesNotContain("Kim")
        .doesNotContain("Sam").doesNotContain("Alex").doesNotContain("Lee");
    assertThat(i.purpose().value()).contains(PURPOSE);
  }
}
