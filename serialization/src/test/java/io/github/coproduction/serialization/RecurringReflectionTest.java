package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reflection recorded by substance (issue 17 item 4): a reflection that recurs through the work
 * may leave out its date; with partners among those reflecting it evidences C6, with staff only
 * it is a gap; a reflection held once still needs its date.
 */
class RecurringReflectionTest {

  private static final Documents DOCUMENTS = Documents.strict();
  private static final LocalDate ON = LocalDate.parse("2026-11-25");

  /** The exemplar, finished, with its reflections replaced by the given YAML list. */
  private static String exemplarWith(String reflections) throws IOException {
    String yaml = Files.readString(
        Path.of("..", "samples", "examples", "exemplar-early-intervention.yaml"));
    int from = yaml.indexOf("reflections:\n");
    int to = yaml.indexOf("checklist:\n", from);
    return yaml.substring(0, from) + "reflections:\n" + reflections + yaml.substring(to);
  }

  private static Assessment assess(String yaml) {
    Initiative i = DOCUMENTS.readInitiative(yaml, Format.YAML, "exemplar.yaml");
    return Assessor.standard().assess(i, ON);
  }

  @Test
  void aRecurringDebriefWithPartnersAndNoDateMeetsC6() throws IOException {
    String yaml = exemplarWith("""
          - recurring: true
            phase: during
            roles: [service-user, carer, front-line-staff]
        """);
    Assessment a = assess(yaml);
    assertThat(a.findings()).extracting(Finding::rule)
        .noneMatch(r -> r.startsWith("no-reflection") || r.equals("reflection-without-partners"));
    assertThat(a.elements()).filteredOn(e -> e.element().equals("C6"))
        .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(ElementStatus.MET));
    Initiative read = DOCUMENTS.readInitiative(yaml, Format.YAML, "exemplar.yaml");
    assertThat(read.reflections().get().get(0).date()).isEmpty();
    assertThat(read.reflections().get().get(0).recurring()).isTrue();
    String written = DOCUMENTS.write(read, Format.YAML);
    assertThat(DOCUMENTS.readInitiative(written, Format.YAML, "again.yaml")).isEqualTo(read);
  }

  @Test
  void aRecurringStaffOnlyDebriefIsAGapUnderC6() throws IOException {
    Assessment a = assess(exemplarWith("""
          - recurring: true
            phase: during
            roles: [senior-manager, front-line-staff]
        """));
    assertThat(a.findings()).filteredOn(f -> f.rule().equals("reflection-without-partners"))
        .singleElement().satisfies(f -> assertThat(f.elements()).contains("C6"));
    assertThat(a.elements()).filteredOn(e -> e.element().equals("C6"))
        .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(ElementStatus.GAP));
  }

  @Test
  void aReflectionHeldOnceWithoutADateIsRefusedWithItsPointer() throws IOException {
    String yaml = exemplarWith("""
          - phase: after
            roles: [service-user, senior-manager]
        """);
    assertThatThrownBy(() -> DOCUMENTS.readInitiative(yaml, Format.YAML, "exemplar.yaml"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("needs its date")
        .satisfies(e -> assertThat(((DocumentException) e).pointer())
            .isEqualTo("/reflections/0/date"));
  }
}
