package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redacted decisions keep who made them, under the participants' new references, and are
 * numbered in their recorded order; their subjects, which may name people, are dropped. So are
 * the items not open to co-production, which keep their number.
 */
class RedactionDecisionsTest {

  private static Participant participant(String ref, Role role) {
    return new Participant.Builder().ref(ref).role(role).build();
  }

  @Test
  void decisionsKeepWhoMadeThemAndAreNumberedInOrder() {
    Initiative original = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING)
        .addParticipants(participant("Alice", Role.SERVICE_USER),
            participant("Bob", Role.COMMISSIONER), participant("Carol", Role.CARER))
        .power(new Power.Builder()
            .addDecisions(new Decision.Builder().subject("Alice's budget").addMadeBy("Bob").build(),
                new Decision.Builder().subject("Ward rota").addMadeBy("Carol", "Alice").build(),
                new Decision.Builder().subject("Bob's contract").addMadeBy("Alice").build())
            .notOpenToCoproduction(Recorded.present(List.of("Alice's care plan", "The budget")))
            .build())
        .build();
    assertThat(Redaction.redact(original).power().notOpenToCoproduction().get())
        .containsExactly("item 1", "item 2");
    List<Decision> decisions = Redaction.redact(original).power().decisions();
    assertThat(decisions).extracting(Decision::subject)
        .containsExactly("decision 1", "decision 2", "decision 3");
    assertThat(decisions).extracting(d -> List.copyOf(d.madeBy())).containsExactly(
        List.of("participant-02"),
        List.of("participant-03", "participant-01"),
        List.of("participant-01"));
  }
}
