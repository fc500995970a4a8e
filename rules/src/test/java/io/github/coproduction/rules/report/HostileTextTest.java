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
import io.github.coproduction.rules.progress.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every value of an assessment: terminal escapes, OSC 8 hyperlinks, BEL, NUL,
 * bidi overrides, bare carriage returns in ids, raw HTML and {@code javascript:} links. Each output
 * kind neutralises it with its own escaper; the Markdown is rendered by a real CommonMark parser.
 */
class HostileTextTest {

  static final char ESC = 27;
  static final char BEL = 7;
  static final char NUL = 0;
  static final char RLO = 0x202e;
  static final char CSI = 0x9b;

  /** A value carrying every class of hostile text. */
  static String hostile(String name) {
    return name + ESC + "[31m" + ESC + "]8;;https://evil.example" + BEL + "click" + ESC + "]8;;"
        + BEL + NUL + RLO + "txt.exe" + CSI + "2J\r| x | <img src=x onerror=alert(1)>"
        + " [go](javascript:alert(1)) <javascript:alert(2)> ![i](javascript:alert(3))\n"
        + "coproduction: forged";
  }

  static Assessment assessment(String idSuffix) {
    String rule = "rule\r" + hostile("rule");
    Finding f = new Finding.Builder().rule(rule).severity(Severity.MAJOR)
        .status(FindingStatus.GAP).message(hostile("message")).addElements("S2.6")
        .addEvidence(Evidence.of("/notes/0", hostile("evidence")))
        .remedy(hostile("remedy")).addRemedyActions("C4.2")
        .waiver(new Waiver.Builder().rule(rule).justification(hostile("justification"))
            .expires(LocalDate.parse("2027-01-01")).build())
        .build();
    Finding open = new Finding.Builder().from(f).waiver(java.util.Optional.empty())
        .message(hostile("open")).build();
    Assessment.Builder b = new Assessment.Builder()
        .initiative("id\r" + hostile("initiative") + idSuffix)
        .title(hostile("title"))
        .stage(Stage.RUNNING)
        .assessedOn(LocalDate.parse("2026-06-01"))
        .catalogueVersion(hostile("catalogue"))
        .ruleSet(hostile("ruleset"))
        .ruleSetVersion(hostile("version"))
        .profile(hostile("profile"))
        .addFindings(f, open)
        .addRules(new RuleResult.Builder().rule(rule).status(RuleStatus.GAP).build())
        .addRules(new RuleResult.Builder().rule("broken\r" + hostile("broken"))
            .status(RuleStatus.ERROR).detail(hostile("detail")).build())
        .ladder(LadderPosition.notRecorded());
    for (var e : io.github.coproduction.core.framework.Framework.standard().assessedElements()) {
      b.addElements(new ElementAssessment.Builder().element(e.id())
          .status(e.id().equals("S2.6") ? ElementStatus.GAP : ElementStatus.NOT_ASSESSED)
          .build());
    }
    return b.build();
  }

  private static final Assessment HOSTILE = assessment("");

  private static List<String> outputsForPeople() {
    Progress p = Progress.between(assessment(""), HOSTILE);
    return List.of(TextReport.render(HOSTILE), ProgressTextReport.render(p),
        MarkdownReport.render(HOSTILE), MarkdownReport.render(p), HtmlReport.render(HOSTILE));
  }

  @Test
  void noOutputCarriesAControlOrBidiCharacterFromInput() {
    for (String out : outputsForPeople()) {
      assertThat(out.chars().filter(c -> c != '\n' && UnsafeChars.isUnsafe((char) c)))
          .as("control or bidi characters").isEmpty();
    }
  }

  @Test
  void textReportsCannotForgeALine() {
    assertThat(TextReport.render(HOSTILE).lines())
        .noneMatch(l -> l.startsWith("coproduction: forged"));
  }

  @Test
  void markdownRenderedByCommonMarkHasNoHtmlNoLinkAndNoExtraCell() {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    for (String md : List.of(MarkdownReport.render(HOSTILE),
        MarkdownReport.render(Progress.between(assessment(""), HOSTILE)))) {
      Node doc = parser.parse(md);
      List<String> unsafe = new ArrayList<>();
      doc.accept(new AbstractVisitor() {
        @Override
        public void visit(HtmlInline html) {
          unsafe.add("inline HTML " + html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
          unsafe.add("HTML block " + html.getLiteral());
        }

        @Override
        public void visit(Link link) {
          if (!link.getDestination().startsWith("#")) {
            unsafe.add("link to " + link.getDestination());
          }
          visitChildren(link);
        }

        @Override
        public void visit(Image image) {
          unsafe.add("image " + image.getDestination());
        }
      });
      assertThat(unsafe).isEmpty();
      String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
          .render(doc);
      assertThat(html).doesNotContain("<img").doesNotContain("href=\"javascript")
          .doesNotContain("onerror=alert(1)>");
      // Every row of every table has as many cells as its header.
      List<Integer> cellsPerRow = new ArrayList<>();
      countCells(doc, cellsPerRow);
      assertThat(Set.copyOf(cellsPerRow)).as("cell counts of table rows").hasSizeLessThan(10);
    }
  }

  private static void countCells(Node node, List<Integer> counts) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.ext.gfm.tables.TableRow) {
        int cells = 0;
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
          cells += c instanceof TableCell ? 1 : 0;
        }
        counts.add(cells);
      }
      countCells(n, counts);
    }
  }

  @Test
  void markdownTableRowsKeepTheirColumnsWhateverTheIdsHold() {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    Node doc = parser.parse(MarkdownReport.render(HOSTILE));
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.ext.gfm.tables.TableBlock table) {
        List<Integer> counts = new ArrayList<>();
        countCells(table, counts);
        assertThat(Set.copyOf(counts)).as("one cell count per table").hasSize(1);
      }
    }
  }

  @Test
  void eachEscaperNeutralisesItsOwnDanger() {
    assertThat(TerminalText.value("a" + ESC + "[2Jb" + RLO + "c\r\nd"))
        .isEqualTo("a\ufffd[2Jb\ufffdc d");
    assertThat(MarkdownText.escape("x\ry <b> [l](javascript:x)"))
        .isEqualTo("x y &lt;b&gt; \\[l\\](javascript:x)");
    assertThat(MarkdownText.code("id\rx")).doesNotContain("\r").doesNotStartWith("`");
    assertThat(HtmlEscape.text("<a href='x'>" + RLO)).isEqualTo("&lt;a href=&#39;x&#39;&gt;\ufffd");
    assertThat(CsvCell.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvCell.text("+1")).isEqualTo("'+1");
    assertThat(CsvCell.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCell.text("-2")).isEqualTo("'-2");
    assertThat(CsvCell.text("\tx")).isEqualTo("'\tx");
    assertThat(CsvCell.text("plain text")).isEqualTo("plain text");
    assertThat(ErrorLine.quote("a\nb" + RLO)).isEqualTo("\"a\\nb\\u202e\"");
    assertThat(ErrorLine.quote("x".repeat(70000))).hasSize(ErrorLine.MAX_VALUE + 2);
    assertThat(ErrorLine.line("one\ncoproduction: forged" + ESC + "x".repeat(70000)))
        .doesNotContain("\n").doesNotContain(String.valueOf(ESC))
        .hasSize(ErrorLine.MAX_LINE).startsWith("one\\ncoproduction: forged\\u001b");
  }
}
