package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Text from an assessment cannot inject markup into a report. */
class EscapingTest {

  private static final String SCRIPT = "<script>alert('x')</script>";

  /** An assessment read from an untrusted file: every free text carries markup. */
  static Assessment hostile() {
    Finding f = new Finding.Builder()
        .rule("local-rule")
        .severity(Severity.MAJOR)
        .status(FindingStatus.GAP)
        .message("Bad " + SCRIPT + " & \"quoted\" | piped *starred* _under_ `tick` [link](x)")
        .addElements("S2.6")
        .addEvidence(Evidence.of("/notes/0", "<img src=x onerror=alert(1)>"))
        .remedy("Fix " + SCRIPT)
        .addRemedyActions("C4.2")
        .waiver(new Waiver.Builder().rule("local-rule").justification("Because " + SCRIPT)
            .expires(LocalDate.parse("2027-01-01")).build())
        .build();
    Assessment.Builder b = new Assessment.Builder()
        .initiative("hostile")
        .title("Title " + SCRIPT + " </title><h1>")
        .stage(Stage.RUNNING)
        .assessedOn(LocalDate.parse("2026-06-01"))
        .catalogueVersion("1.0")
        .ruleSet("custom")
        .ruleSetVersion("1")
        .profile("p<b>rofile")
        .addFindings(f)
        .addRules(new RuleResult.Builder().rule("local-rule").status(RuleStatus.GAP).build())
        .addRules(new RuleResult.Builder().rule("broken").status(RuleStatus.ERROR)
            .detail("IllegalStateException: " + SCRIPT).build())
        .ladder(LadderPosition.notRecorded());
    for (var e : io.github.coproduction.core.framework.Framework.standard().assessedElements()) {
      b.addElements(new ElementAssessment.Builder().element(e.id())
          .status(e.id().equals("S2.6") ? ElementStatus.GAP : ElementStatus.NOT_RECORDED)
          .build());
    }
    return b.build();
  }

  @Test
  void htmlEscapesEveryText() {
    String html = HtmlReport.render(hostile(), ReportFixtures.DETAIL);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("</title><h1>")
        .doesNotContain("<b>rofile")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&amp; &quot;quoted&quot;")
        .contains("<title>Co-production assessment: Title &lt;script&gt;");
    // The page's and the 24 boxes' of the framework figure; none from the input.
    assertThat(html.split("<title>", -1)).hasSize(1 + 1 + 24);
  }

  @Test
  void markdownEscapesMarkupAndTableSeparators() {
    String md = MarkdownReport.render(hostile(), ReportFixtures.DETAIL);
    assertThat(md)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;script&gt;")
        .contains("\\| piped \\*starred\\* \\_under\\_ \\`tick\\` \\[link\\](x)");
    String row = md.lines().filter(l -> l.startsWith("| 1 | major |")).findFirst().orElseThrow();
    // Eight columns: nine unescaped bars.
    assertThat(row.replace("\\|", "").chars().filter(ch -> ch == '|').count()).isEqualTo(9);
  }

  @Test
  void textKeepsTheTextAsItIs() {
    assertThat(TextReport.render(hostile(), ReportFixtures.DETAIL)).contains(SCRIPT);
  }
}
