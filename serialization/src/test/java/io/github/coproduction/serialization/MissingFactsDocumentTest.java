package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Schema 1.2: an assessment's {@code missingFacts} is written in JSON and YAML, read back, checked
 * against the findings it is derived from, and may be left out.
 */
class MissingFactsDocumentTest {

  private static final String ONE_UNKNOWN_PAYMENT = "schemaVersion: \"1.2\"\nid: x\ntitle: X\n"
      + "stage: running\nparticipants:\n"
      + "  - {ref: P01, role: service-user, livedExperience: service-user}\n";

  private static Assessment assessment() {
    Initiative i = Documents.strict().readInitiative(ONE_UNKNOWN_PAYMENT, Format.YAML, "x.yaml");
    return Assessor.standard().assess(i, LocalDate.parse("2026-06-01"));
  }

  @Test
  void missingFactsAreWrittenAndReadBackInJsonAndYaml() {
    Assessment a = assessment();
    assertThat(a.missingFacts()).isNotEmpty();
    for (Format f : new Format[] {Format.JSON, Format.YAML}) {
      String text = Documents.strict().write(a, f);
      assertThat(text).contains("missingFacts").contains("/participants/*/payment");
      Assessment back = Documents.strict().readAssessment(text, f, "a." + f);
      assertThat(back.missingFacts()).isEqualTo(a.missingFacts());
    }
  }

  @Test
  void anAssessmentWithoutMissingFactsStillReads() {
    Assessment a = assessment();
    String json = Documents.strict().write(a, Format.JSON);
    String without = json.replaceAll("(?s),\\s*\"missingFacts\"\\s*:\\s*\\[.*?\\]\\s*(?=,\\s*"
        + "\"summary\")", "");
    assertThat(without).doesNotContain("missingFacts");
    assertThat(Documents.strict().readAssessment(without, Format.JSON, "a.json").missingFacts())
        .isEqualTo(a.missingFacts());
  }

  @Test
  void missingFactsThatDisagreeWithTheFindingsAreATypedErrorAtTheirPointer() {
    String json = Documents.strict().write(assessment(), Format.JSON)
        .replaceFirst("\"severity\"\\s*:\\s*\"critical\"(?=[^}]*\"pointers\")",
            "\"severity\": \"advisory\"");
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> Documents.strict().readAssessment(json, Format.JSON, "a.json"));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("/missingFacts").contains("derived");
  }
}
