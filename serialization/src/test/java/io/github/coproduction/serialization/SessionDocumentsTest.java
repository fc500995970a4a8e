package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.SessionKind;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Schema 1.1: sessions, bodies and decisions by body or roles, read, checked and written. */
class SessionDocumentsTest {

  private static final String HEAD = "schemaVersion: \"1.1\"\nid: x\ntitle: X\nstage: running\n"
      + "participants:\n  - {ref: P01, role: service-user, livedExperience: service-user}\n"
      + "  - {ref: S01, role: commissioner, livedExperience: none}\n";

  private static Initiative read(String yaml) {
    return Documents.strict().readInitiative(yaml, Format.YAML, "test.yaml");
  }

  private static DocumentException fails(String yaml) {
    return catchThrowableOfType(DocumentException.class, () -> read(yaml));
  }

  private static final String FULL = HEAD
      + "power:\n"
      + "  bodies:\n"
      + "    - {id: board, name: Programme board, roles: [commissioner], members: 5}\n"
      + "  decisions:\n"
      + "    - {id: budget, subject: Budget, area: budget, body: board}\n"
      + "    - {subject: Opening hours, roles: [service-user, commissioner]}\n"
      + "sessions:\n"
      + "  - {date: 2026-01-10, kind: workshop, attendees: [P01, S01], papersSent: 2026-01-03,"
      + " decisions: [1]}\n"
      + "  - {date: 2026-02-10, kind: board, bodies: [board], decisions: [budget]}\n";

  @Test
  void sessionsBodiesAndDecisionsByBodyOrRolesAreRead() {
    Initiative i = read(FULL);
    assertThat(i.power().bodies().get(0).members()).contains(5);
    assertThat(i.power().decisions().get(0).area()).contains(DecisionArea.BUDGET);
    assertThat(i.power().decisions().get(0).madeBy()).isEmpty();
    assertThat(i.power().decisions().get(1).roles())
        .containsExactly(Role.SERVICE_USER, Role.COMMISSIONER);
    assertThat(i.sessions()).hasSize(2);
    assertThat(i.sessions().get(0).kind()).isEqualTo(SessionKind.WORKSHOP);
    assertThat(i.sessions().get(0).decisions()).containsExactly("1");
    assertThat(i.sessions().get(0).papersNoticeDays()).contains(7);
    assertThat(i.decisionIndex("budget")).hasValue(0);
  }

  @Test
  void sessionsRoundTripThroughJsonAndYaml() {
    Initiative i = read(FULL);
    for (Format f : new Format[] {Format.JSON, Format.YAML}) {
      String written = Documents.strict().write(i, f);
      assertThat(Documents.strict().readInitiative(written, f, "again")).isEqualTo(i);
    }
  }

  @Test
  void aVersionOneZeroDocumentStillReads() {
    Initiative i = read(HEAD.replace("\"1.1\"", "\"1.0\"")
        + "power:\n  decisions:\n    - {subject: Budget, madeBy: [S01]}\n");
    assertThat(i.sessions()).isEmpty();
    assertThat(i.power().decisions().get(0).madeBy()).containsExactly("S01");
  }

  @Test
  void anUnknownAttendeeIsATypedErrorWithItsPointer() {
    DocumentException e = fails(HEAD + "sessions:\n  - {date: 2026-01-10, kind: meeting,"
        + " attendees: [P09]}\n");
    assertThat(e.pointer()).isEqualTo("/sessions/0/attendees/0");
    assertThat(e.problem()).contains("P09");
  }

  @Test
  void anUnknownDecisionOfASessionIsATypedErrorWithItsPointer() {
    DocumentException e = fails(HEAD + "power:\n  decisions:\n    - {subject: A, madeBy: [S01]}\n"
        + "sessions:\n  - {date: 2026-01-10, kind: meeting, attendees: [P01], decisions: [3]}\n");
    assertThat(e.pointer()).isEqualTo("/sessions/0/decisions/0");
    assertThat(e.problem()).contains("\"3\"");
  }

  @Test
  void anUnknownBodyIsATypedErrorWithItsPointer() {
    DocumentException e = fails(HEAD + "power:\n  decisions:\n"
        + "    - {subject: A, body: nowhere}\n");
    assertThat(e.pointer()).isEqualTo("/power/decisions/0/body");
  }

  @Test
  void aDecisionWithNobodyWhoMakesItIsATypedError() {
    DocumentException e = fails(HEAD + "power:\n  decisions:\n    - {subject: A}\n");
    assertThat(e.pointer()).startsWith("/power/decisions/0");
  }

  @Test
  void theAssessmentCarriesPowerAndTheEvidencedRungThroughJson() {
    Assessment a = Assessor.standard().assess(read(FULL), LocalDate.parse("2026-06-01"));
    String json = Documents.strict().write(a, Format.JSON);
    assertThat(json).contains("\"powerBalance\"").contains("\"ladderEvidence\"")
        .contains("\"decisionSharePercent\"");
    Assessment back = Documents.strict().readAssessment(json, Format.JSON, "a.json");
    assertThat(back.powerBalance()).isEqualTo(a.powerBalance());
    assertThat(back.ladderEvidence()).isEqualTo(a.ladderEvidence());
  }
}
