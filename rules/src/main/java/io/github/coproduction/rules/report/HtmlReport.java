package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HtmlText.escape;

import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Summary;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import java.util.List;
import java.util.Map;

/**
 * A report as one self-contained HTML5 file that a commissioner can open in any browser, offline,
 * and print: no external assets, no scripts, the styles inline.
 *
 * <p>It holds: a header (initiative, stage, date, framework and catalogue version, rule set,
 * profile); a summary with the verdict, the counts and the open gaps that need attention first;
 * a picture, as inline SVG, of the 3 steps with their 18 conditions and of the 6 changes, each box
 * coloured by status with a key, the status also given by a pattern, a symbol and in words so that
 * colour is never the only cue, followed by the same statuses as a table; the engagement ladder as
 * a picture of its 7 rungs with the current and target rungs marked, in words too; the findings
 * grouped by step, then the changes (as {@link TextReport} describes), each with its evidence,
 * remedy, the framework actions that fix it with their titles from the catalogue, and its waiver;
 * waiver notices; and what the rules did, with the detail of every rule that failed.
 *
 * <p>Every text from the assessment is HTML-escaped. The document declares the language of the
 * options' locale ({@code lang="en"} by default) and has a {@code <title>}. Output uses '\n' line ends and is byte-for-byte deterministic: no
 * timestamps, no generated ids. Every method rejects null. Thread-safe: there is no state.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * import io.github.coproduction.rules.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
 * Assessment a = Assessor.standard().assess(i, java.time.LocalDate.parse("2026-06-01"));
 * String html = HtmlReport.render(a, ReportOptions.defaults());
 * java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".html");
 * java.nio.file.Files.writeString(file, html);
 * }</pre>
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Renders an assessment with the default options.
   *
   * @param assessment the assessment
   * @return the HTML document, lines ending in '\n'
   */
  public static String render(Assessment assessment) {
    return render(assessment, ReportOptions.defaults());
  }

  /**
   * Renders an assessment.
   *
   * @param assessment the assessment
   * @param options redaction and finding limit
   * @return the HTML document, lines ending in '\n'
   * @throws IllegalStateException if the options redact but give no participant references
   */
  public static String render(Assessment assessment, ReportOptions options) {
    ReportContent c = new ReportContent(assessment, options);
    String title = c.text(assessment.title());
    StringBuilder out = new StringBuilder(64_000);
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(options.locale().toLanguageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(c.msg("report.header.title", escape(title))).append(" (")
        .append(escape(assessment.initiative())).append(", ").append(assessment.assessedOn())
        .append(")</title>\n<style>\n").append(ReportStyle.css()).append("</style>\n</head>\n")
        .append("<body>\n<main>\n");
    for (ReportContent.Part part : c.parts()) {
      switch (part) {
        case HEADER -> {
          header(out, c, title);
          contents(out, c);
        }
        case SUMMARY -> summary(out, c);
        case ATTENTION -> attention(out, c);
        case GAPS -> gaps(out, c);
        case MISSING -> missing(out, c);
        case FRAMEWORK -> framework(out, c);
        case LADDER -> {
          ladder(out, c);
          PowerSection.html(out, c);
        }
        case WAIVERS -> waivers(out, c);
        case FINDINGS -> findings(out, c);
        case RULES -> rules(out, c);
        case FOOTER -> footer(out, c);
      }
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * The anchor of each part that has a section of its own, and the key of its heading in the
   * contents (the section's own heading says the same words).
   */
  private static final Map<ReportContent.Part, String[]> SECTIONS = Map.of(
      ReportContent.Part.SUMMARY, new String[] {"summary", "report.summary.heading"},
      ReportContent.Part.GAPS, new String[] {"gaps", "report.gaps.heading"},
      ReportContent.Part.MISSING, new String[] {"missing", "report.missing.heading"},
      ReportContent.Part.FRAMEWORK, new String[] {"framework", "report.contents.framework"},
      ReportContent.Part.LADDER, new String[] {"ladder", "report.contents.ladder"},
      ReportContent.Part.WAIVERS, new String[] {"waivers", "report.contents.waivers"},
      ReportContent.Part.FINDINGS, new String[] {"findings", "report.contents.findings"},
      ReportContent.Part.RULES, new String[] {"rules", "report.contents.rules"});

  /** The badge of a severity, its name in English: for the parts not yet in the bundles. */
  static String badge(Severity s) {
    return "<span class=\"badge sev-" + s.label() + "\"><span class=\"mark\" aria-hidden=\"true\">"
        + escape(TextReport.mark(s)) + "</span> " + s.label() + "</span>";
  }

  /**
   * The badge of a severity: its own colour, shape and mark, and its name in the report's locale
   * (the class keeps the English name, which the style sheet knows).
   */
  static String badge(Severity s, ReportContent c) {
    return "<span class=\"badge sev-" + s.label() + "\"><span class=\"mark\" aria-hidden=\"true\">"
        + escape(TextReport.mark(s)) + "</span> " + escape(c.severity(s)) + "</span>";
  }

  private static void attention(StringBuilder out, ReportContent c) {
    out.append("<section id=\"attention\">\n<h2>").append(c.msg("report.attention.heading"))
        .append("</h2>\n");
    if (c.attention.isEmpty()) {
      out.append("<p>").append(c.missingTotal == 0 ? c.msg("report.attention.none")
          : c.msg("report.attention.none-but-missing")).append("</p>\n</section>\n");
      return;
    }
    out.append("<ol class=\"first\">\n");
    for (Finding f : c.attention) {
      out.append("<li><a href=\"#gap-").append(gapNumber(c, f)).append("\">")
          .append(badge(f.severity(), c)).append(' ').append(escape(c.text(f.message())))
          .append("</a></li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  /** The number of an open gap in the gaps part, from 1. */
  private static int gapNumber(ReportContent c, Finding f) {
    int n = 1;
    for (ReportContent.FindingGroup g : c.gapGroups) {
      for (Finding each : g.findings()) {
        if (each == f) {
          return n;
        }
        n++;
      }
    }
    return 0;
  }

  private static void gaps(StringBuilder out, ReportContent c) {
    out.append("<section id=\"gaps\">\n<h2>").append(c.msg("report.gaps.heading"))
        .append("</h2>\n");
    if (c.gapsTotal == 0) {
      out.append("<p>").append(c.msg("report.gaps.none")).append("</p>\n</section>\n");
      return;
    }
    out.append("<p>").append(c.msg("report.gaps.intro")).append("</p>\n");
    int n = 1;
    for (ReportContent.FindingGroup g : c.gapGroups) {
      out.append("<section class=\"group\">\n<h3>").append(escape(g.group().heading()))
          .append("</h3>\n");
      for (Finding f : g.findings()) {
        out.append("<article class=\"finding sev-").append(f.severity().label())
            .append("\" id=\"gap-").append(n++).append("\">\n<header>\n")
            .append(badge(f.severity(), c)).append('\n');
        if (c.detail()) {
          out.append("<code class=\"rule\">").append(escape(f.rule())).append("</code>\n");
        }
        out.append("</header>\n<p class=\"message\">").append(escape(c.text(f.message())))
            .append("</p>\n<dl>\n<dt>").append(c.msg("report.gaps.what-to-do"))
            .append("</dt>\n<dd>").append(escape(c.text(c.messages.remedy(f))))
            .append("</dd>\n");
        if (!f.remedyActions().isEmpty()) {
          out.append("<dt>").append(c.msg("report.gaps.framework-action"))
              .append("</dt>\n<dd><ul class=\"actions\">\n");
          for (String id : f.remedyActions()) {
            out.append("<li>").append(c.detail() ? "<b>" + escape(id) + "</b> " : "")
                .append(escape(ReportContent.title(id))).append("</li>\n");
          }
          out.append("</ul></dd>\n");
        }
        if (c.detail()) {
          out.append("<dt>").append(c.msg("report.gaps.elements")).append("</dt>\n<dd>")
              .append(escape(String.join(", ", f.elements()))).append("</dd>\n<dt>")
              .append(c.msg("report.gaps.evidence"))
              .append("</dt>\n<dd><ul class=\"evidence\">\n");
          for (Evidence e : f.evidence()) {
            out.append("<li><code>").append(escape(e.pointer())).append("</code> = ")
                .append(escape(c.text(e.value()))).append("</li>\n");
          }
          out.append("</ul></dd>\n");
        }
        out.append("</dl>\n</article>\n");
      }
      out.append("</section>\n");
    }
    if (c.gapsTotal > n - 1) {
      out.append("<p class=\"note\">").append(c.msg("report.left-out", c.gapsTotal - n + 1, n - 1))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static void missingDetail(StringBuilder out, ReportContent c, MissingFact m) {
    if (c.detail()) {
      String rules = String.join(", ", m.rules().stream()
          .map(r -> "<code>" + escape(r) + "</code>").toList());
      String elements = escape(String.join(", ", m.elements()));
      out.append(" <span class=\"detail\">").append(m.pointers().isEmpty()
          ? c.msg("report.missing.detail", rules, elements)
          : c.msg("report.missing.detail-at", rules, elements, String.join(", ",
              m.pointers().stream().map(p -> "<code>" + escape(p) + "</code>").toList())))
          .append("</span>");
    }
  }

  private static void missing(StringBuilder out, ReportContent c) {
    out.append("<section id=\"missing\">\n<h2>").append(c.msg("report.missing.heading"))
        .append("</h2>\n");
    if (c.missingTotal == 0) {
      out.append("<p>").append(c.msg("report.missing.none")).append("</p>\n</section>\n");
      return;
    }
    out.append("<p>").append(c.msg("report.missing.count", c.missingTotal)).append(' ')
        .append(c.msg("report.missing.why")).append("</p>\n");
    if (!c.missingMost.isEmpty()) {
      out.append("<h3>").append(c.msg("report.missing.most")).append(" <small>(")
          .append(c.msg("report.missing.most-why")).append(")</small></h3>\n"
          + "<ul class=\"missing\">\n");
      for (MissingFact m : c.missingMost) {
        out.append("<li>").append(escape(c.describe(m))).append(" <span class=\"needs\">")
            .append(escape(c.neededToJudge(m))).append("</span>");
        missingDetail(out, c, m);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!c.missingOther.isEmpty()) {
      out.append("<h3>").append(c.msg(c.missingMost.isEmpty() ? "report.missing.other"
          : "report.missing.also")).append(" <small>(").append(c.msg("report.missing.by-step"))
          .append("; ").append(c.msg("report.missing.other-why"))
          .append(")</small></h3>\n<ul class=\"missing\">\n");
      for (ReportContent.MissingGroup g : c.missingOther) {
        out.append("<li>").append(escape(g.group().label())).append(":\n<ul>\n");
        for (MissingFact m : g.facts()) {
          out.append("<li>");
          if (c.detail()) {
            out.append(escape(c.describe(m))).append(" <span class=\"needs\">")
                .append(escape(c.neededToJudge(m))).append("</span>");
          } else {
            out.append(escape(c.shortFact(m)));
          }
          missingDetail(out, c, m);
          out.append("</li>\n");
        }
        out.append("</ul></li>\n");
      }
      out.append("</ul>\n");
    }
    if (c.missingTotal > c.missing.size()) {
      out.append("<p class=\"note\">").append(c.msg("report.left-out",
          c.missingTotal - c.missing.size(), c.missing.size())).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static void waivers(StringBuilder out, ReportContent c) {
    if (!c.detail() && c.waived.isEmpty() && c.assessment.waiverNotices().isEmpty()) {
      return;
    }
    Messages m = DetailText.messages(c);
    out.append("<section id=\"waivers\">\n<h2>").append(escape(m.format("detail.waivers")))
        .append("</h2>\n");
    if (!c.waived.isEmpty()) {
      out.append("<h3>").append(escape(m.format("detail.waivers.waived"))).append("</h3>\n<ul>\n");
      for (Finding f : c.waived) {
        // The bundle's words are HTML as they are; only the arguments from the record are escaped.
        out.append("<li>").append(escape(c.text(f.message()))).append(" <i>")
            .append(m.format("detail.waived.until",
                f.waiver().orElseThrow().expires().toString(),
                escape(c.text(f.waiver().orElseThrow().justification())))).append("</i>")
            .append(c.detail() ? " <code>" + escape(f.rule()) + "</code>" : "")
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (c.detail() || !c.assessment.waiverNotices().isEmpty()) {
      out.append("<h3>").append(escape(m.format("detail.waivers.notices"))).append("</h3>\n");
      waiverNotices(out, c);
    }
    out.append("</section>\n");
  }

  private static void header(StringBuilder out, ReportContent c, String title) {
    Assessment a = c.assessment;
    out.append("<header class=\"masthead\">\n<p class=\"kicker\">")
        .append(c.msg("report.header.kicker")).append("</p>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n<dl class=\"meta\">\n");
    meta(out, c.msg("report.header.initiative"), "<code>" + escape(a.initiative()) + "</code>");
    meta(out, c.msg("report.header.stage"), escape(c.stage()));
    meta(out, c.msg("report.header.assessed-on"), a.assessedOn().toString());
    meta(out, c.msg("report.header.profile"), escape(a.profile()));
    if (c.detail()) {
      meta(out, c.msg("report.header.rule-set"), escape(c.ruleSet()));
      meta(out, c.msg("report.header.framework"), escape(c.catalogue()));
    }
    if (c.options.redaction()) {
      meta(out, c.msg("report.header.redacted"), c.msg("report.header.redacted-value"));
    }
    out.append("</dl>\n</header>\n");
  }

  private static void meta(StringBuilder out, String name, String html) {
    out.append("<div><dt>").append(name).append("</dt><dd>").append(html).append("</dd></div>\n");
  }

  private static void contents(StringBuilder out, ReportContent c) {
    out.append("<nav class=\"contents\" aria-label=\"")
        .append(escape(c.msg("report.contents"))).append("\">\n<ol>\n");
    for (ReportContent.Part p : c.parts()) {
      String[] section = SECTIONS.get(p);
      boolean shown = section != null && switch (p) {
        case WAIVERS -> c.detail() || !c.waived.isEmpty()
            || !c.assessment.waiverNotices().isEmpty();
        case RULES -> c.detail() || !c.errors.isEmpty();
        default -> true;
      };
      if (shown) {
        out.append("<li><a href=\"#").append(section[0]).append("\">")
            .append(c.msg(section[1])).append("</a></li>\n");
      }
    }
    out.append("</ol>\n</nav>\n");
  }

  private static void summary(StringBuilder out, ReportContent c) {
    Summary s = c.assessment.summary();
    String v = s.verdict().name().toLowerCase(java.util.Locale.ROOT);
    out.append("<section id=\"summary\">\n<h2>").append(c.msg("report.summary.heading"))
        .append("</h2>\n");
    out.append("<div class=\"verdict verdict-").append(v).append("\">\n")
        .append("<p class=\"verdict-label\">").append(c.msg("report.summary.verdict-label"))
        .append("</p>\n<p class=\"verdict-value\">")
        .append(escape(c.capitalise(c.verdict(s.verdict())))).append("</p>\n<p>")
        .append(escape(c.verdictNote(s.verdict()))).append("</p>\n");
    c.judgementNote().ifPresent(note -> out.append("<p class=\"not-judged\">")
        .append(escape(note)).append("</p>\n"));
    out.append("</div>\n");
    out.append("<ul class=\"counts\">\n");
    for (Severity sev : ReportContent.SEVERITIES) {
      int n = ReportContent.gaps(s, sev);
      count(out, "sev-" + sev.label(), c.msg("report.summary.count.open-gaps",
          number(n), c.severity(sev), n));
    }
    if (c.detail()) {
      count(out, "count-nr", c.msg("report.summary.count.not-recorded",
          number(s.notRecorded()), s.notRecorded()));
    } else {
      count(out, "count-nr", c.msg("report.summary.count.missing", number(c.missingTotal),
          c.missingTotal));
    }
    count(out, "count-waived", c.msg("report.summary.count.waived", number(s.waived()),
        s.waived()));
    count(out, "count-error", c.msg("report.summary.count.errors", number(s.errors()),
        s.errors()));
    out.append("</ul>\n");
    out.append("<p>").append(escape(c.verdictSentence())).append(' ')
        .append(escape(c.msg("report.summary.elements", c.elementLine()))).append("</p>\n");
    out.append("</section>\n");
  }

  /** A count in the summary, its number in a span of its own. */
  private static String number(int n) {
    return "<span class=\"n\">" + n + "</span>";
  }

  private static void count(StringBuilder out, String css, String html) {
    out.append("<li class=\"").append(css).append("\">").append(html).append("</li>\n");
  }

  private static void framework(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    out.append("<section id=\"framework\">\n<h2>").append(escape(m.format("detail.framework.glance")))
        .append("</h2>\n<p>").append(escape(m.format("detail.framework.figure.boxes")))
        .append(' ').append(escape(m.format("detail.framework.figure.cues"))).append("</p>\n")
        .append("<figure class=\"framework\">\n").append(FrameworkFigure.svg(c))
        .append("</figure>\n");
    board(out, c, m);
    if (!c.detail()) {
      out.append("</section>\n");
      return;
    }
    out.append("<table class=\"elements\">\n<caption>")
        .append(escape(m.format("detail.framework.table"))).append("</caption>\n<thead><tr>"
            + "<th scope=\"col\">").append(escape(m.format("detail.column.id")))
        .append("</th><th scope=\"col\">").append(escape(m.format("detail.column.element")))
        .append("</th><th scope=\"col\">").append(escape(m.format("detail.column.status")))
        .append("</th></tr></thead>\n");
    for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e : c.elements.entrySet()) {
      out.append("<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"3\">")
          .append(escape(e.getKey().heading())).append("</th></tr>\n");
      for (ReportContent.Element el : e.getValue()) {
        String css = FrameworkFigure.Look.of(el.status()).pattern;
        out.append("<tr><td>").append(el.id()).append("</td><td>")
            .append(escape(DetailText.title(el, m)))
            .append("</td><td><span class=\"status ").append(css).append("\">")
            .append(escape(DetailText.status(el.status(), m))).append("</span></td></tr>\n");
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n</section>\n");
  }

  /**
   * The framework's elements as a list of boxes in HTML: what narrow screens and the PDF show
   * instead of the picture, with the same colours, symbols and words.
   */
  private static void board(StringBuilder out, ReportContent c, Messages m) {
    out.append("<div class=\"board\">\n");
    for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e : c.elements.entrySet()) {
      out.append("<div class=\"board-group\">\n<h3>")
          .append(escape(e.getKey().heading())).append("</h3>\n<ul>\n");
      for (ReportContent.Element el : e.getValue()) {
        out.append("<li class=\"").append(FrameworkFigure.Look.of(el.status()).pattern)
            .append("\"><span class=\"sym\" aria-hidden=\"true\">")
            .append(escape(ReportContent.symbol(el.status()))).append("</span> ")
            .append(escape(DetailText.title(el, m))).append(" <span class=\"word\">")
            .append(escape(DetailText.status(el.status(), m))).append("</span></li>\n");
      }
      out.append("</ul>\n</div>\n");
    }
    out.append("</div>\n");
  }

  private static void ladder(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    LadderPosition p = c.assessment.ladder();
    out.append("<section id=\"ladder\">\n<h2>").append(escape(m.format("detail.ladder")))
        .append("</h2>\n<dl class=\"ladder-facts\">\n");
    meta(out, escape(m.format("detail.ladder.current")), escape(DetailText.rung(p.current(), m)));
    meta(out, escape(m.format("detail.ladder.target")), escape(DetailText.rung(p.target(), m)));
    meta(out, escape(m.format("detail.ladder.gap")), escape(DetailText.ladderGap(c, m)));
    c.assessment.ladderEvidence().ifPresent(e ->
        meta(out, escape(m.format("detail.ladder.evidenced")),
            escape(PowerSection.evidenced(e.evidenced(), m))));
    out.append("</dl>\n<figure class=\"ladder\">\n").append(LadderFigure.svg(p,
            c.assessment.ladderEvidence().map(e -> e.evidenced()), m))
        .append("<figcaption>").append(escape(m.format("detail.ladder.figure.rungs")))
        .append(' ').append(escape(m.format("detail.ladder.figure.columns")))
        .append("</figcaption>\n</figure>\n");
    out.append("<ol class=\"rungs\" reversed=\"reversed\">\n");
    List<io.github.coproduction.core.framework.LadderRung> rungs =
        io.github.coproduction.core.framework.Framework.standard().ladder();
    for (int i = rungs.size() - 1; i >= 0; i--) {
      var r = rungs.get(i);
      String mark = DetailText.position(p.current().value().map(r::equals).orElse(false),
          p.target().value().map(r::equals).orElse(false), m);
      out.append("<li").append(mark.isEmpty() ? "" : " class=\"marked\"").append('>')
          .append(r.level()).append(". ").append(escape(r.title())).append(" <i>(")
          .append(escape(r.group().title())).append(")</i>")
          .append(mark.isEmpty() ? "" : " <b>&#8592; " + escape(mark) + "</b>").append("</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private static void findings(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    out.append("<section id=\"findings\">\n<h2>").append(escape(m.format("detail.findings")))
        .append("</h2>\n");
    int total = c.assessment.findings().size();
    if (total == 0) {
      out.append("<p>").append(escape(m.format("detail.findings.none")))
          .append("</p>\n</section>\n");
      return;
    }
    out.append("<p>").append(c.findingsLeftOut > 0
        ? m.format("detail.findings.intro.limited", c.findingsShown, total)
        : m.format("detail.findings.intro", total)).append("</p>\n");
    int n = 1;
    for (ReportContent.FindingGroup g : c.findingGroups) {
      out.append("<section class=\"group\">\n<h3>")
          .append(escape(g.group().heading())).append("</h3>\n");
      for (Finding f : g.findings()) {
        finding(out, c, f, n++, m);
      }
      out.append("</section>\n");
    }
    if (c.findingsLeftOut > 0) {
      out.append("<p class=\"note\">").append(escape(m.format("detail.findings.left-out",
          c.findingsLeftOut, c.findingsShown))).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static void finding(StringBuilder out, ReportContent c, Finding f, int n, Messages m) {
    String sev = f.severity().name().toLowerCase(java.util.Locale.ROOT);
    out.append("<article class=\"finding sev-").append(sev)
        .append(f.isWaived() ? " waived" : "").append("\" id=\"finding-").append(n).append("\">\n")
        .append("<header>\n<span class=\"num\">#").append(n).append("</span>\n")
        .append(badge(f.severity(), c)).append("\n<span class=\"badge ")
        .append(f.status() == FindingStatus.GAP ? "st-gap" : "st-nr").append("\">")
        .append(escape(DetailText.status(f.status(), m))).append("</span>\n");
    if (f.isWaived()) {
      out.append("<span class=\"badge st-waived\">")
          .append(escape(m.format("detail.finding.waived"))).append("</span>\n");
    }
    out.append("<code class=\"rule\">").append(escape(f.rule())).append("</code>\n</header>\n");
    out.append("<p class=\"message\">").append(escape(c.text(f.message()))).append("</p>\n");
    out.append("<dl>\n<dt>").append(escape(m.format("detail.framework.elements")))
        .append("</dt>\n<dd><ul class=\"elements\">\n");
    for (String id : f.elements()) {
      out.append("<li><b>").append(escape(id)).append("</b> ")
          .append(escape(DetailText.actionTitle(id, m))).append("</li>\n");
    }
    out.append("</ul></dd>\n<dt>").append(escape(m.format("detail.column.evidence")))
        .append("</dt>\n<dd><ul class=\"evidence\">\n");
    for (Evidence e : f.evidence()) {
      out.append("<li><code>").append(escape(e.pointer())).append("</code> = <span class=\"value\">")
          .append(escape(c.text(e.value()))).append("</span></li>\n");
    }
    out.append("</ul></dd>\n<dt>").append(escape(m.format("detail.column.remedy")))
        .append("</dt>\n<dd>").append(escape(c.text(m.remedy(f))))
        .append("</dd>\n<dt>").append(escape(m.format("detail.finding.framework-actions")))
        .append("</dt>\n<dd><ul class=\"actions\">\n");
    for (String id : f.remedyActions()) {
      out.append("<li><b>").append(escape(id)).append("</b> ")
          .append(escape(DetailText.actionTitle(id, m))).append("</li>\n");
    }
    out.append("</ul></dd>\n");
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      out.append("<dt>").append(escape(m.format("detail.finding.waiver")))
          .append("</dt>\n<dd class=\"waiver\">").append(m.format("detail.waived.until",
              w.expires().toString(), escape(c.text(w.justification())))).append("</dd>\n");
    }
    out.append("</dl>\n</article>\n");
  }

  private static void waiverNotices(StringBuilder out, ReportContent c) {
    if (c.assessment.waiverNotices().isEmpty()) {
      out.append("<p>").append(escape(DetailText.messages(c).format("detail.waivers.none")))
          .append("</p>\n");
    } else {
      out.append("<ul>\n");
      for (WaiverNotice notice : c.assessment.waiverNotices()) {
        out.append("<li>").append(escape(TextReport.waiverNotice(notice, c))).append("</li>\n");
      }
      out.append("</ul>\n");
    }
  }

  private static void rules(StringBuilder out, ReportContent c) {
    if (!c.detail() && c.errors.isEmpty()) {
      return;
    }
    Messages m = DetailText.messages(c);
    out.append("<section id=\"rules\">\n<h2>").append(escape(m.format("detail.rules")))
        .append("</h2>\n<p>").append(escape(DetailText.ruleLine(c, m))).append("</p>\n");
    if (!c.errors.isEmpty()) {
      out.append("<table class=\"errors\">\n<caption>")
          .append(escape(m.format("detail.rules.errors.caption"))).append("</caption>\n<thead><tr>"
              + "<th scope=\"col\">").append(escape(m.format("detail.column.rule")))
          .append("</th><th scope=\"col\">").append(escape(m.format("detail.column.error")))
          .append("</th></tr></thead>\n<tbody>\n");
      for (RuleResult r : c.errors) {
        out.append("<tr><td><code>").append(escape(r.rule())).append("</code></td><td>")
            .append(escape(c.text(r.detail().orElseGet(() -> m.format("detail.rules.no-detail")))))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private static void footer(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    out.append("<footer>\n<p>").append(m.format("detail.footer.assessed",
            escape(c.catalogue()))).append(' ')
        .append(m.format("detail.footer.not-ndti")).append("</p>\n</footer>\n");
  }
}
