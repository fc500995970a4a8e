package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.report.TextReport;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 3, on the bundled example {@code one-unknown-payment.yaml}: one unknown payment
 * is one missing-information entry listing every rule it blocks, in the report and in the JSON
 * and YAML assessments.
 */
class OneUnknownPaymentExampleTest {

  private static Assessment assess() {
    Initiative i = Documents.strict().readInitiative(Path.of("examples",
        "one-unknown-payment.yaml"));
    return Assessor.standard().assess(i, LocalDate.parse("2026-06-01"));
  }

  @Test
  void oneUnknownPaymentIsOneMissingFactListingEveryRuleItBlocks() {
    Assessment a = assess();
    assertThat(a.summary().verdict()).isEqualTo(Verdict.INCOMPLETE);
    List<String> waiting = a.findings().stream()
        .filter(f -> f.status() == FindingStatus.NOT_RECORDED).map(Finding::rule).distinct()
        .toList();
    assertThat(waiting).as("several rules wait on the payment").hasSizeGreaterThan(1);
    assertThat(a.missingFacts()).hasSize(1);
    MissingFact payment = a.missingFacts().get(0);
    assertThat(payment.pointers()).allMatch(p -> p.startsWith("/participants/1/payment"));
    assertThat(payment.rules()).containsExactlyInAnyOrderElementsOf(waiting);
    assertThat(payment.mattersMost()).isTrue();
  }

  @Test
  void theReportAndTheDocumentsSayItOnce() {
    Assessment a = assess();
    String text = TextReport.render(a);
    String missing = text.substring(text.indexOf("Information missing"),
        text.indexOf("The framework at a glance"));
    assertThat(missing).contains("1 fact is not recorded");
    assertThat(missing.lines().filter(l -> l.startsWith("  - ")).count()).isEqualTo(1);
    for (Format f : new Format[] {Format.JSON, Format.YAML}) {
      String doc = Documents.strict().write(a, f);
      assertThat(doc.split("/participants/\\*/payment", -1)).as(f.toString()).hasSize(2);
    }
  }
}
