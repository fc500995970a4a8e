package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue and rule sets, written whole: every element of the framework is there. */
class CatalogueWritingTest {

  @Test
  void theFrameworkIsWrittenWhole() {
    Framework f = Framework.standard();
    ObjectNode doc = Trees.parse(Documents.strict().write(f, Format.JSON));
    assertThat(doc.propertyNames()).containsExactly("schemaVersion", "edition", "steps",
        "changes", "lenses", "people", "companionResources", "ladder");
    assertThat(doc.at("/edition/catalogueVersion").stringValue())
        .isEqualTo(f.edition().catalogueVersion());
    int conditions = 0;
    for (JsonNode step : doc.get("steps")) {
      conditions += step.get("conditions").size();
    }
    assertThat(conditions).isEqualTo(18);
    int actions = 0;
    int challenges = 0;
    for (JsonNode change : doc.get("changes")) {
      for (JsonNode action : change.get("actions")) {
        actions++;
        challenges += action.has("challenges") ? action.get("challenges").size() : 0;
      }
    }
    assertThat(doc.get("changes").size()).isEqualTo(f.changes().size());
    assertThat(actions).isEqualTo(f.actions().size());
    assertThat(challenges).isEqualTo(6);
    assertThat(doc.get("ladder").get(6).get("id").stringValue()).isEqualTo("co-production");
    assertThat(doc.get("ladder").get(6).get("group").stringValue()).isEqualTo("doing-with");
    assertThat(doc.get("lenses").size()).isEqualTo(5);
    assertThat(doc.get("companionResources").size()).isEqualTo(3);
    assertThat(Documents.strict().write(f, Format.YAML))
        .isEqualTo(Documents.strict().write(Framework.standard(), Format.YAML));
  }

  @Test
  void ruleSetsAreWrittenWithTheirDescriptors() {
    RuleSet rules = RuleSet.standard();
    ObjectNode doc = Trees.parse(Documents.strict().write(rules, Format.JSON));
    assertThat(doc.get("name").stringValue()).isEqualTo(rules.name());
    assertThat(doc.get("version").stringValue()).isEqualTo(rules.version());
    assertThat(doc.get("rules").size()).isEqualTo(rules.rules().size());
    JsonNode first = doc.get("rules").get(0);
    assertThat(first.propertyNames()).containsExactly("id", "name", "summary", "severity",
        "elements", "rationale", "remedy", "remedyActions");
  }

  @Test
  void anEmptyPortfolioSummaryIsWrittenWithEveryElement() {
    ObjectNode doc = Trees.parse(Documents.strict().write(PortfolioSummary.empty(), Format.JSON));
    assertThat(doc.get("elements").size()).isEqualTo(24);
    assertThat(doc.get("currentRungs").propertyNames()).contains("co-production", "absent",
        "not-recorded");
    assertThat(doc.get("gapsBySeverity").propertyNames()).containsExactly("advisory", "minor",
        "major", "critical");
  }
}
