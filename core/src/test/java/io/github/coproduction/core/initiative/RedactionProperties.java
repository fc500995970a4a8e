package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Redaction removes references and free text, and keeps every fact the rules read. */
class RedactionProperties {

  @TestFactory
  Stream<DynamicTest> redactionKeepsFactsAndDropsReferencesAndNotes() {
    return Seeds.property("redaction", random -> {
      Initiative original = Generators.initiative(random);
      Initiative redacted = Redaction.redact(original);
      String text = redacted.toString() + redacted.checklist().map(Object::toString).orElse("");
      assertThat(redacted.participants()).hasSameSizeAs(original.participants());
      for (int i = 0; i < original.participants().size(); i++) {
        Participant before = original.participants().get(i);
        Participant after = redacted.participants().get(i);
        assertThat(after.ref()).isEqualTo(String.format("participant-%02d", i + 1));
        // every fact is kept but the benefits a participant receives, which become not recorded
        assertThat(after.benefits().isNotRecorded()).isTrue();
        assertThat(ImmutableParticipant.copyOf(after).withRef(before.ref()))
            .isEqualTo(ImmutableParticipant.copyOf(before).withBenefits(Recorded.notRecorded()));
      }
      // Every fact is kept: only notes and texts change.
      for (Arrangement a : Arrangement.values()) {
        assertThat(redacted.arrangements().provision(a).fact()).as(a.documentName())
            .isEqualTo(original.arrangements().provision(a).fact());
        assertThat(redacted.arrangements().provision(a).note()).as(a.documentName()).isEmpty();
      }
      assertThat(redacted.arrangements().staffHourlyRate())
          .isEqualTo(original.arrangements().staffHourlyRate());
      assertThat(redacted.arrangements().budget()).isEqualTo(original.arrangements().budget());
      assertThat(redacted.purpose().fact()).isEqualTo(original.purpose().fact());
      assertThat(redacted.risks().fact()).isEqualTo(original.risks().fact());
      assertThat(redacted.reflections().fact()).isEqualTo(original.reflections().fact());
      assertThat(redacted.ladder()).isEqualTo(original.ladder());
      assertThat(redacted.power().decisions()).hasSameSizeAs(original.power().decisions());
      redacted.reflections().value().ifPresent(list ->
          assertThat(list).allSatisfy(r -> assertThat(r.note()).isEmpty()));
      redacted.risks().value().ifPresent(list ->
          assertThat(list).allSatisfy(r -> assertThat(r.description()).isEmpty()));
      redacted.checklist().ifPresent(c -> assertThat(c.responses())
          .allSatisfy(r -> assertThat(r.note()).isEmpty())
          .allSatisfy(r -> assertThat(r.evidence()).isEmpty()));
      assertThat(redacted.checklist().map(c -> c.responses().stream().map(Response::answer)
          .toList())).isEqualTo(original.checklist().map(c -> c.responses().stream()
          .map(Response::answer).toList()));
      for (Participant p : original.participants()) {
        if (!p.ref().startsWith("participant-")) {
          assertThat(text).doesNotContain("ref=" + p.ref() + ",");
        }
      }
    });
  }

  @Test
  void referencesInDecisionsFollowTheParticipants() {
    Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING)
        .addParticipants(new Participant.Builder().ref("AB-1971").role(Role.CARER).build(),
            new Participant.Builder().ref("CD-1980").role(Role.COMMISSIONER).build())
        .power(new Power.Builder().addDecisions(new Decision.Builder()
            .subject("Who to fund, discussed at J's home").addMadeBy("CD-1980").build()).build())
        .build();
    Initiative r = Redaction.redact(i);
    assertThat(r.power().decisions().get(0).madeBy()).containsExactly("participant-02");
    assertThat(r.power().decisions().get(0).subject()).isEqualTo("decision 1");
    assertThat(r.toString()).doesNotContain("AB-1971", "CD-1980", "home");
  }
}
