package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.report.HtmlReport;
import io.github.coproduction.rules.report.MarkdownReport;
import io.github.coproduction.rules.report.PortfolioTextReport;
import io.github.coproduction.rules.report.TextReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every output (JSON, YAML, CSV of findings and of a portfolio, Markdown, HTML, text) is the same
 * bytes across repeated runs, across thread counts, and across the order in which a record lists
 * its participants and checklist responses. Pointers name participants and responses by their
 * place in the record ({@code /participants/3}), so for the last law each output is compared with
 * those positions replaced by what they point at; everything else must be byte for byte the same.
 */
class OutputDeterminismTest {

  private static final Assessor ASSESSOR = Assessor.standard();

  /** Every output of one assessment, by name, as bytes. */
  static Map<String, byte[]> outputs(Initiative i) {
    Assessment a = ASSESSOR.assess(i, RulesGenerators.DAY);
    Documents d = Documents.strict();
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("json", utf8(d.write(a, Format.JSON)));
    out.put("yaml", utf8(d.write(a, Format.YAML)));
    out.put("jsonl", utf8(JsonLines.line(a)));
    out.put("csv findings", utf8(Csv.findings(a)));
    out.put("markdown", utf8(MarkdownReport.render(a)));
    out.put("html", utf8(HtmlReport.render(a)));
    out.put("text", utf8(TextReport.render(a)));
    return out;
  }

  @TestFactory
  Stream<DynamicTest> outputsDoNotDependOnParticipantOrResponseOrder() {
    return Seeds.property("outputs are the same bytes whatever the record's order", random -> {
      Initiative i = Generators.initiative(random);
      Initiative reordered = Generators.shuffled(i, new Random(random.nextLong()));
      Map<String, byte[]> before = outputs(i);
      Map<String, byte[]> again = outputs(i);
      Map<String, byte[]> after = outputs(reordered);
      for (String format : before.keySet()) {
        assertThat(again.get(format)).as("%s, run again", format).isEqualTo(before.get(format));
        assertThat(positionsNamed(after.get(format), reordered))
            .as("%s, participants and responses reordered", format)
            .isEqualTo(positionsNamed(before.get(format), i));
      }
    });
  }

  @Test
  void aReorderedRecordReallyMovesItsPointers() {
    // Guards the law above: it proves something only if reordering changes the raw bytes.
    int moved = 0;
    for (long seed : Seeds.seeds(40)) {
      Initiative i = Generators.initiative(seed);
      Initiative reordered = Generators.shuffled(i, new Random(seed));
      if (!new String(outputs(i).get("json"), StandardCharsets.UTF_8)
          .equals(new String(outputs(reordered).get("json"), StandardCharsets.UTF_8))) {
        moved++;
      }
    }
    assertThat(moved).isGreaterThan(10);
  }

  @Test
  void portfolioOutputsDoNotDependOnTheOrderOfInitiatives() {
    List<Assessment> assessments = new ArrayList<>();
    for (long seed : Seeds.seeds(60)) {
      assessments.add(ASSESSOR.assess(Generators.initiative(seed), RulesGenerators.DAY));
    }
    Map<String, String> first = portfolio(assessments);
    assertThat(first.get("csv").lines().count()).isGreaterThan(20);
    for (int n = 0; n < 5; n++) {
      List<Assessment> shuffled = new ArrayList<>(assessments);
      Collections.shuffle(shuffled, new Random(n));
      assertThat(portfolio(shuffled)).isEqualTo(first);
      assertThat(portfolio(assessments)).isEqualTo(first);
    }
    // a parallel tally, split across threads, gives the same summary
    PortfolioSummary parallel = assessments.parallelStream().collect(PortfolioSummary.collector());
    assertThat(Csv.portfolio(parallel)).isEqualTo(first.get("csv"));
  }

  private static Map<String, String> portfolio(List<Assessment> assessments) {
    PortfolioSummary s = assessments.stream().collect(PortfolioSummary.collector());
    Map<String, String> out = new LinkedHashMap<>();
    out.put("csv", Csv.portfolio(s));
    out.put("json", Documents.strict().write(s, Format.JSON));
    out.put("yaml", Documents.strict().write(s, Format.YAML));
    out.put("text", PortfolioTextReport.render(s));
    return out;
  }

  @Test
  void outputsAreTheSameOnOneThreadAndOnEight() throws Exception {
    List<Long> seeds = Seeds.seeds(96);
    List<Map<String, String>> one = new ArrayList<>();
    for (long seed : seeds) {
      one.add(asText(outputs(Generators.initiative(seed))));
    }
    for (int threads : new int[] {2, 8}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Map<String, String>>> many = new ArrayList<>();
        for (long seed : seeds) {
          many.add(pool.submit(() -> asText(outputs(Generators.initiative(seed)))));
        }
        for (int k = 0; k < seeds.size(); k++) {
          assertThat(many.get(k).get(60, TimeUnit.SECONDS)).as("%d threads, %s", threads,
              Seeds.describe(seeds.get(k))).isEqualTo(one.get(k));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static Map<String, String> asText(Map<String, byte[]> outputs) {
    Map<String, String> text = new LinkedHashMap<>();
    outputs.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
    return text;
  }

  /**
   * The output with each {@code /participants/N} replaced by the participant's reference and each
   * {@code /checklist/responses/N} by the response's item id.
   */
  static String positionsNamed(byte[] output, Initiative i) {
    String s = new String(output, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("/(participants|checklist/responses)/(\\d+)(?![0-9])").matcher(s);
    List<Response> responses = i.checklist().map(c -> c.responses()).orElse(List.of());
    while (m.find()) {
      int n = Integer.parseInt(m.group(2));
      String named = m.group(1).equals("participants")
          ? "<" + i.participants().get(n).ref() + ">" : "<" + responses.get(n).item() + ">";
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement("/" + m.group(1) + "/"
          + named));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
