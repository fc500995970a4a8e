package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.report.CsvCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** CSV tables, parsed back with an RFC 4180 reader. */
class CsvTest {

  private static List<Map<String, String>> parse(String csv) {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void findingsHaveOneRowPerFindingAndSurviveQuoting() throws Exception {
    Random random = new Random(3);
    List<Assessment> assessments = IntStream.range(0, 8)
        .mapToObj(n -> RulesGenerators.assessment(random)).toList();
    assessments = new ArrayList<>(assessments);
    assessments.add(io.github.coproduction.rules.Assessor.standard()
        .assess(GoldenFilesTest.crisis()));
    String csv = Csv.findings(assessments);
    assertThat(csv).startsWith(String.join(",", Csv.FINDING_COLUMNS) + "\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    List<Map<String, String>> rows = parse(csv);
    List<Finding> findings = assessments.stream().flatMap(a -> a.findings().stream()).toList();
    assertThat(rows).hasSize(findings.size());
    int n = 0;
    for (Assessment a : assessments) {
      for (Finding f : a.findings()) {
        Map<String, String> row = rows.get(n++);
        assertThat(row.get("initiative")).isEqualTo(CsvCell.text(a.initiative()));
        assertThat(row.get("rule")).isEqualTo(CsvCell.text(f.rule()));
        assertThat(row.get("severity")).isEqualTo(Kebab.of(f.severity()));
        assertThat(row.get("status")).isEqualTo(Kebab.of(f.status()));
        assertThat(row.get("waived")).isEqualTo(String.valueOf(f.isWaived()));
        assertThat(row.get("message")).isEqualTo(CsvCell.text(f.message()));
        assertThat(row.get("elements")).isEqualTo(String.join(";", f.elements()));
        assertThat(row.get("remedyActions")).isEqualTo(String.join(";", f.remedyActions()));
      }
    }
    assertThat(Csv.findings(assessments.toArray(Assessment[]::new))).isEqualTo(csv);
  }

  @Test
  void portfolioHasOneRowPerElement() {
    Random random = new Random(5);
    PortfolioSummary summary = IntStream.range(0, 10)
        .mapToObj(n -> RulesGenerators.assessment(random))
        .collect(PortfolioSummary.collector());
    String csv = Csv.portfolio(summary);
    List<Map<String, String>> rows = parse(csv);
    assertThat(rows).hasSize(summary.elements().size()).hasSize(24);
    assertThat(rows.get(0)).containsEntry("element", "S1.1")
        .containsEntry("title", io.github.coproduction.core.framework.Framework.standard()
            .element("S1.1").title())
        .containsKeys(Csv.PORTFOLIO_COLUMNS.toArray(String[]::new));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("prevalence")).matches("[01]\\.[0-9]{4}"));
    assertThat(Csv.portfolio(PortfolioSummary.empty())).contains("S1.1,")
        .contains(",0,0,0,0,0,0.0000\r\n");
  }

  @Test
  void fieldsWithCommasQuotesAndLineEndsAreQuoted() {
    Finding f = new Finding.Builder().rule("r").severity(io.github.coproduction.rules.Severity.MINOR)
        .status(io.github.coproduction.rules.FindingStatus.GAP)
        .message("Said \"no\", twice\nand left").remedy("x").build();
    Assessment a = new Assessment.Builder().from(io.github.coproduction.rules.Assessor.standard()
        .assess(io.github.coproduction.core.testing.Generators.bare())).findings(List.of(f))
        .build();
    String csv = Csv.findings(a);
    assertThat(csv).contains(",\"Said \"\"no\"\", twice\nand left\",");
    assertThat(parse(csv).get(0)).containsEntry("message", "Said \"no\", twice\nand left");
  }

  @Test
  void aTextASpreadsheetWouldRunStartsWithAnApostrophe() {
    Finding f = new Finding.Builder().rule("=cmd|' /C calc'!A0")
        .severity(io.github.coproduction.rules.Severity.MINOR)
        .status(io.github.coproduction.rules.FindingStatus.GAP)
        .message("=HYPERLINK(\"http://evil.example\",\"click\")").remedy("x").build();
    Assessment a = new Assessment.Builder().from(io.github.coproduction.rules.Assessor.standard()
        .assess(io.github.coproduction.core.testing.Generators.bare())).initiative("+1-2")
        .findings(List.of(f)).build();
    Map<String, String> row = parse(Csv.findings(a)).get(0);
    assertThat(row).containsEntry("message", "'=HYPERLINK(\"http://evil.example\",\"click\")")
        .containsEntry("rule", "'=cmd|' /C calc'!A0").containsEntry("initiative", "'+1-2");
    assertThat(row.values()).noneMatch(v -> !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
  }
}
