package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import org.junit.jupiter.api.Test;

/**
 * A stored assessment is validated like an initiative: ids have their form, so a carriage return,
 * markup or a {@code javascript:} link in an id is refused with a one-line, located error.
 */
class StoredAssessmentValidationTest {

  private static final Documents DOCUMENTS = Documents.strict();

  private static String stored() throws java.io.IOException {
    Assessment a = Assessor.standard().assess(GoldenFilesTest.crisis(),
        java.time.LocalDate.parse("2026-11-25"));
    return DOCUMENTS.write(a, Format.JSON);
  }

  private static void assertRefused(String json, String pointer, String problem) {
    assertThatThrownBy(() -> DOCUMENTS.readAssessment(json, Format.JSON, "stored.json"))
        .isInstanceOf(DocumentException.class)
        .satisfies(e -> {
          DocumentException d = (DocumentException) e;
          assertThat(d.pointer()).isEqualTo(pointer);
          assertThat(d.getMessage()).contains(problem).doesNotContain("\r").doesNotContain("\n");
        });
  }

  @Test
  void theStoredAssessmentReadsBack() throws Exception {
    assertThat(DOCUMENTS.readAssessment(stored(), Format.JSON, "stored.json")).isNotNull();
  }

  @Test
  void anInitiativeIdWithACarriageReturnAndMarkupIsRefused() throws Exception {
    String json = stored().replaceFirst("\"initiative\": \"crisis-redesign\"",
        "\"initiative\": \"x\\\\r<img src=x onerror=alert(1)>\"");
    assertThat(json).contains("onerror");
    assertRefused(json, "/initiative", "the id of the initiative assessed must be");
  }

  @Test
  void aRuleIdWithMarkupInAFindingARuleResultOrAnElementIsRefused() throws Exception {
    String json = stored();
    String bad = "\"no-ground-rules\\\\r[x](javascript:alert(1))\"";
    String finding = json.replaceFirst("\"rule\": \"[a-z-]+\"",
        "\"rule\": " + bad);
    assertThat(finding).isNotEqualTo(json);
    assertThatThrownBy(() -> DOCUMENTS.readAssessment(finding, Format.JSON, "stored.json"))
        .isInstanceOf(DocumentException.class).hasMessageContaining("rule")
        .hasMessageNotContaining("\r");
    String element = json.replaceFirst("\"rules\": \\[\\s*\"", "\"rules\": [ " + bad + ", \"");
    assertThat(element).isNotEqualTo(json);
    assertThatThrownBy(() -> DOCUMENTS.readAssessment(element, Format.JSON, "stored.json"))
        .isInstanceOf(DocumentException.class).hasMessageContaining("a rule id must be");
  }

  @Test
  void anExtremeDateIsRefused() throws Exception {
    String json = stored().replaceFirst("\"assessedOn\": \"2026-11-25\"",
        "\"assessedOn\": \"+999999999-12-31\"");
    assertRefused(json, "/assessedOn", "from 1900-01-01 to 2199-12-31");
  }

  @Test
  void anUnknownElementOrActionIsRefusedWithItsPointer() throws Exception {
    String json = stored();
    String element = json.replaceFirst("\"element\": \"S1\\.1\"", "\"element\": \"S9.9\"");
    assertThat(element).isNotEqualTo(json);
    assertThatThrownBy(() -> DOCUMENTS.readAssessment(element, Format.JSON, "stored.json"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("\"S9.9\" is not an element of the framework")
        .satisfies(e -> assertThat(((DocumentException) e).pointer()).matches("/elements/\\d+/element"));
    String action = json.replaceFirst("\"remedyActions\": \\[\\s*\"[^\"]+\"",
        "\"remedyActions\": [ \"S2\"");
    assertThat(action).isNotEqualTo(json);
    assertThatThrownBy(() -> DOCUMENTS.readAssessment(action, Format.JSON, "stored.json"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("\"S2\" is not an action of the framework")
        .satisfies(e -> assertThat(((DocumentException) e).pointer())
            .matches("/findings/\\d+/remedyActions/0"));
  }

  @Test
  void anUnknownRuleIsRefusedUnlessTheAssessmentNamesAnotherRuleSet() throws Exception {
    String json = stored();
    String unknown = json.replaceFirst("\"rule\": \"[a-z-]+\"", "\"rule\": \"no-ground-rulez\"");
    assertThat(unknown).isNotEqualTo(json);
    assertThatThrownBy(() -> DOCUMENTS.readAssessment(unknown, Format.JSON, "stored.json"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("\"no-ground-rulez\" is not a rule of the standard rule set")
        .hasMessageContaining("ruleSet");
    String foreign = unknown.replaceFirst("\"ruleSet\": \"standard\"", "\"ruleSet\": \"acme\"");
    assertThat(foreign).isNotEqualTo(unknown);
    assertThat(DOCUMENTS.readAssessment(foreign, Format.JSON, "stored.json").ruleSet())
        .isEqualTo("acme");
  }
}
