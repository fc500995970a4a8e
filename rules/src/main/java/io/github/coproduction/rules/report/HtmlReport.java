package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HtmlText.escape;

import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
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
 * <p>Every text from the assessment is HTML-escaped. The document declares {@code lang="en"} and
 * has a {@code <title>}. Output uses '\n' line ends and is byte-for-byte deterministic: no
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

  /** How many open gaps the summary lists as needing attention first. */
  private static final int FIRST = 5;

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
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Co-production assessment: ").append(escape(title)).append(" (")
        .append(escape(assessment.initiative())).append(", ").append(assessment.assessedOn())
        .append(")</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header(out, c, title);
    contents(out);
    summary(out, c);
    framework(out, c);
    ladder(out, c);
    findings(out, c);
    waiverNotices(out, c);
    rules(out, c);
    footer(out, c);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void header(StringBuilder out, ReportContent c, String title) {
    Assessment a = c.assessment;
    out.append("<header class=\"masthead\">\n<p class=\"kicker\">Co-production assessment</p>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n<dl class=\"meta\">\n");
    meta(out, "Initiative", "<code>" + escape(a.initiative()) + "</code>");
    meta(out, "Stage", escape(c.stage()));
    meta(out, "Assessed on", a.assessedOn().toString());
    meta(out, "Rule set", escape(c.ruleSet()));
    meta(out, "Profile", escape(a.profile()));
    meta(out, "Framework", escape(c.catalogue()));
    if (c.options.redaction()) {
      meta(out, "Redacted", "participant references are replaced with numbers");
    }
    out.append("</dl>\n</header>\n");
  }

  private static void meta(StringBuilder out, String name, String html) {
    out.append("<div><dt>").append(name).append("</dt><dd>").append(html).append("</dd></div>\n");
  }

  private static void contents(StringBuilder out) {
    out.append("<nav class=\"contents\" aria-label=\"Contents\">\n<ol>\n")
        .append("<li><a href=\"#summary\">Summary</a></li>\n")
        .append("<li><a href=\"#framework\">The framework at a glance</a></li>\n")
        .append("<li><a href=\"#ladder\">Engagement ladder</a></li>\n")
        .append("<li><a href=\"#findings\">Findings</a></li>\n")
        .append("<li><a href=\"#waivers\">Waiver notices</a></li>\n")
        .append("<li><a href=\"#rules\">Rules</a></li>\n")
        .append("</ol>\n</nav>\n");
  }

  private static void summary(StringBuilder out, ReportContent c) {
    Summary s = c.assessment.summary();
    String v = s.verdict().name().toLowerCase(java.util.Locale.ROOT);
    out.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    out.append("<div class=\"verdict verdict-").append(v).append("\">\n")
        .append("<p class=\"verdict-label\">Verdict</p>\n<p class=\"verdict-value\">")
        .append(escape(FrameworkFigure.capitalise(s.verdict().label()))).append("</p>\n<p>")
        .append(escape(TextReport.verdictNote(s.verdict()))).append("</p>\n");
    c.judgementNote().ifPresent(note -> out.append("<p class=\"not-judged\">")
        .append(escape(note)).append("</p>\n"));
    out.append("</div>\n");
    out.append("<ul class=\"counts\">\n");
    count(out, "sev-critical", s.critical(), "critical", "open gap");
    count(out, "sev-major", s.major(), "major", "open gap");
    count(out, "sev-minor", s.minor(), "minor", "open gap");
    count(out, "sev-advisory", s.advisory(), "advisory", "open gap");
    count(out, "count-nr", s.notRecorded(), "not recorded", "finding");
    count(out, "count-waived", s.waived(), "waived", "finding");
    count(out, "count-error", s.errors(), "rule", "error");
    out.append("</ul>\n");
    out.append("<p>Conditions and changes: ").append(escape(c.elementLine()))
        .append(". Engagement ladder: current rung ").append(escape(ReportContent.rung(
            c.assessment.ladder().current()))).append(", target rung ")
        .append(escape(ReportContent.rung(c.assessment.ladder().target())))
        .append("; gap ").append(escape(c.ladderGap())).append(".</p>\n");
    List<Finding> first = c.findingGroups.stream().flatMap(g -> g.findings().stream())
        .filter(f -> f.isOpenGap() && f.severity().isAtLeast(Severity.MAJOR))
        .sorted(java.util.Comparator.comparing(Finding::severity).reversed()
            .thenComparing(f -> number(c, f)))
        .limit(FIRST)
        .toList();
    if (!first.isEmpty()) {
      out.append("<h3>Needs attention first</h3>\n<ol class=\"first\">\n");
      for (Finding f : first) {
        out.append("<li><a href=\"#finding-").append(number(c, f)).append("\">")
            .append("<span class=\"badge sev-").append(f.severity().label()).append("\">")
            .append(f.severity().label()).append("</span> ").append(escape(c.text(f.message())))
            .append("</a></li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private static void count(StringBuilder out, String css, int n, String what, String noun) {
    out.append("<li class=\"").append(css).append("\"><span class=\"n\">").append(n)
        .append("</span> ").append(what).append(' ').append(noun).append(n == 1 ? "" : "s")
        .append("</li>\n");
  }

  /** The number a finding has in the report: its place in the grouped order, from 1. */
  private static int number(ReportContent c, Finding f) {
    int n = 1;
    for (ReportContent.FindingGroup g : c.findingGroups) {
      for (Finding each : g.findings()) {
        if (each == f) {
          return n;
        }
        n++;
      }
    }
    return 0;
  }

  private static void framework(StringBuilder out, ReportContent c) {
    out.append("<section id=\"framework\">\n<h2>The framework at a glance</h2>\n")
        .append("<p>Each box is one of the 18 conditions, under the three steps, or one of the six"
            + " changes required. Its colour, its pattern, its symbol and the word in its corner"
            + " all say the same thing: the status the assessment gives it.</p>\n")
        .append("<figure class=\"framework\">\n").append(FrameworkFigure.svg(c))
        .append("</figure>\n");
    out.append("<table class=\"elements\">\n<caption>Status of each condition and change"
        + "</caption>\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Condition or"
        + " change</th><th scope=\"col\">Status</th></tr></thead>\n");
    for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e : c.elements.entrySet()) {
      out.append("<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"3\">")
          .append(escape(e.getKey().heading())).append("</th></tr>\n");
      for (ReportContent.Element el : e.getValue()) {
        String css = FrameworkFigure.Look.of(el.status()).pattern;
        out.append("<tr><td>").append(el.id()).append("</td><td>").append(escape(el.title()))
            .append("</td><td><span class=\"status ").append(css).append("\">")
            .append(escape(el.status().label())).append("</span></td></tr>\n");
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private static void ladder(StringBuilder out, ReportContent c) {
    LadderPosition p = c.assessment.ladder();
    out.append("<section id=\"ladder\">\n<h2>Engagement ladder</h2>\n<dl class=\"ladder-facts\">\n");
    meta(out, "Current", escape(ReportContent.rung(p.current())));
    meta(out, "Target", escape(ReportContent.rung(p.target())));
    meta(out, "Gap", escape(c.ladderGap()));
    out.append("</dl>\n<figure class=\"ladder\">\n").append(LadderFigure.svg(p))
        .append("<figcaption>The seven rungs, the highest at the top. The current rung is"
            + " outlined in a solid line, the target in a dashed line.</figcaption>\n</figure>\n")
        .append("</section>\n");
  }

  private static void findings(StringBuilder out, ReportContent c) {
    out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    int total = c.assessment.findings().size();
    if (total == 0) {
      out.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    String shown = c.findingsLeftOut > 0
        ? "The " + c.findingsShown + " most severe of " + total + " findings"
        : total + (total == 1 ? " finding" : " findings");
    out.append("<p>").append(shown).append(", grouped by the step (or the changes) of each"
        + " finding's first framework element; most severe first within each group.</p>\n");
    int n = 1;
    for (ReportContent.FindingGroup g : c.findingGroups) {
      out.append("<section class=\"group\">\n<h3>").append(escape(g.group().heading()))
          .append("</h3>\n");
      for (Finding f : g.findings()) {
        finding(out, c, f, n++);
      }
      out.append("</section>\n");
    }
    if (c.findingsLeftOut > 0) {
      out.append("<p class=\"note\">").append(c.findingsLeftOut).append(" less severe ")
          .append(c.findingsLeftOut == 1 ? "finding is" : "findings are")
          .append(" not shown (finding limit ").append(c.findingsShown).append(").</p>\n");
    }
    out.append("</section>\n");
  }

  private static void finding(StringBuilder out, ReportContent c, Finding f, int n) {
    String sev = f.severity().label();
    out.append("<article class=\"finding sev-").append(sev)
        .append(f.isWaived() ? " waived" : "").append("\" id=\"finding-").append(n).append("\">\n")
        .append("<header>\n<span class=\"num\">#").append(n).append("</span>\n")
        .append("<span class=\"badge sev-").append(sev).append("\">").append(sev)
        .append("</span>\n<span class=\"badge ")
        .append(f.status() == FindingStatus.GAP ? "st-gap" : "st-nr").append("\">")
        .append(f.status().label()).append("</span>\n");
    if (f.isWaived()) {
      out.append("<span class=\"badge st-waived\">waived</span>\n");
    }
    out.append("<code class=\"rule\">").append(escape(f.rule())).append("</code>\n</header>\n");
    out.append("<p class=\"message\">").append(escape(c.text(f.message()))).append("</p>\n");
    out.append("<dl>\n<dt>Framework elements</dt>\n<dd><ul class=\"elements\">\n");
    for (String id : f.elements()) {
      out.append("<li><b>").append(escape(id)).append("</b> ")
          .append(escape(ReportContent.title(id))).append("</li>\n");
    }
    out.append("</ul></dd>\n<dt>Evidence</dt>\n<dd><ul class=\"evidence\">\n");
    for (Evidence e : f.evidence()) {
      out.append("<li><code>").append(escape(e.pointer())).append("</code> = <span class=\"value\">")
          .append(escape(c.text(e.value()))).append("</span></li>\n");
    }
    out.append("</ul></dd>\n<dt>Remedy</dt>\n<dd>").append(escape(c.text(f.remedy())))
        .append("</dd>\n<dt>Framework actions</dt>\n<dd><ul class=\"actions\">\n");
    for (String id : f.remedyActions()) {
      out.append("<li><b>").append(escape(id)).append("</b> ")
          .append(escape(ReportContent.title(id))).append("</li>\n");
    }
    out.append("</ul></dd>\n");
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      out.append("<dt>Waiver</dt>\n<dd class=\"waiver\">Waived until ").append(w.expires())
          .append(": ").append(escape(c.text(w.justification()))).append("</dd>\n");
    }
    out.append("</dl>\n</article>\n");
  }

  private static void waiverNotices(StringBuilder out, ReportContent c) {
    out.append("<section id=\"waivers\">\n<h2>Waiver notices</h2>\n");
    if (c.assessment.waiverNotices().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append("<ul>\n");
      for (WaiverNotice notice : c.assessment.waiverNotices()) {
        out.append("<li>").append(escape(TextReport.waiverNotice(notice, c))).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static void rules(StringBuilder out, ReportContent c) {
    out.append("<section id=\"rules\">\n<h2>Rules</h2>\n<p>").append(escape(c.ruleLine()))
        .append("</p>\n");
    if (!c.errors.isEmpty()) {
      out.append("<table class=\"errors\">\n<caption>Failed with an error: never counted as a"
          + " pass; the elements they check are not assessed</caption>\n<thead><tr>"
          + "<th scope=\"col\">Rule</th><th scope=\"col\">Error</th></tr></thead>\n<tbody>\n");
      for (RuleResult r : c.errors) {
        out.append("<tr><td><code>").append(escape(r.rule())).append("</code></td><td>")
            .append(escape(c.text(r.detail().orElse("no detail")))).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private static void footer(StringBuilder out, ReportContent c) {
    out.append("<footer>\n<p>Assessed against ").append(escape(c.catalogue()))
        .append(". This report was produced with the coproduction library; it is not a"
            + " publication of the National Development Team for Inclusion.</p>\n</footer>\n");
  }

  private static final String CSS = String.join("\n",
      ":root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db;",
      "  --navy: #23395d; --critical: #8f1d14; --major: #b42318; --minor: #9a5b05;",
      "  --advisory: #1d4ed8; }",
      "* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
      "html { background: #f3f4f6; }",
      "body { margin: 0; color: var(--ink); font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI',",
      "  Roboto, Arial, 'Liberation Sans', sans-serif; }",
      "main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 40px; background: #ffffff; }",
      "h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 16px; }",
      "h2 { font-size: 1.45rem; margin: 40px 0 12px; padding-bottom: 6px;",
      "  border-bottom: 3px solid var(--navy); }",
      "h3 { font-size: 1.15rem; margin: 28px 0 10px; }",
      "code { font-family: ui-monospace, 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.9em;",
      "  overflow-wrap: anywhere; }",
      "a { color: #1d4ed8; }",
      ".kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.12em; font-weight: 700;",
      "  color: var(--navy); font-size: 0.85rem; }",
      ".meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));",
      "  gap: 8px 24px; margin: 0; }",
      ".meta dt, .ladder-facts dt { font-size: 0.8rem; text-transform: uppercase;",
      "  letter-spacing: 0.06em; color: var(--muted); }",
      ".meta dd, .ladder-facts dd { margin: 0; }",
      ".meta div:last-child { grid-column: 1 / -1; }",
      ".contents ol { display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 20px 0 0;",
      "  padding: 10px 14px; list-style: none; background: #eef2f8; border-radius: 6px; }",
      ".verdict { border-left: 8px solid var(--muted); padding: 10px 16px; background: #f9fafb;",
      "  border-radius: 4px; }",
      ".verdict p { margin: 2px 0; }",
      ".verdict-label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em;",
      "  color: var(--muted); }",
      ".verdict-value { font-size: 1.5rem; font-weight: 700; }",
      ".verdict-gaps { border-color: var(--major); background: #fdebe8; }",
      ".verdict-incomplete { border-color: var(--minor); background: #fdf4de; }",
      ".verdict-sound { border-color: #1b7f3b; background: #e6f4ea; }",
      ".counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));",
      "  gap: 10px; list-style: none; padding: 0; margin: 16px 0; }",
      ".counts li { border: 1px solid var(--line); border-top-width: 5px; border-radius: 6px;",
      "  padding: 8px 10px; font-size: 0.9rem; }",
      ".counts .n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.1; }",
      ".counts .sev-critical { border-top-color: var(--critical); }",
      ".counts .sev-major { border-top-color: var(--major); }",
      ".counts .sev-minor { border-top-color: var(--minor); }",
      ".counts .sev-advisory { border-top-color: var(--advisory); }",
      ".counts .count-nr { border-top-color: #9a5b05; border-top-style: dotted; }",
      ".counts .count-waived { border-top-color: #6b7280; border-top-style: dashed; }",
      ".counts .count-error { border-top-color: #6d28d9; }",
      ".first { padding-left: 1.4em; }",
      ".first li { margin: 4px 0; }",
      ".first a { color: inherit; text-decoration: none; }",
      ".first a:hover { text-decoration: underline; }",
      "figure { margin: 16px 0; }",
      "svg.figure { display: block; width: 100%; height: auto; }",
      "figure.ladder { max-width: 760px; }",
      "figcaption { color: var(--muted); font-size: 0.9rem; }",
      "table { border-collapse: collapse; width: 100%; margin: 16px 0; font-size: 0.95rem; }",
      "caption { text-align: left; font-weight: 700; padding: 6px 0; }",
      "th, td { text-align: left; vertical-align: top; padding: 5px 8px;",
      "  border-bottom: 1px solid var(--line); }",
      "tr.group th { background: #eef2f8; }",
      ".status { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600;",
      "  font-size: 0.85rem; border: 1px solid; white-space: nowrap; }",
      ".status.cp-met { color: #14532d; background: #e6f4ea; border-color: #1b7f3b; }",
      ".status.cp-gap { color: #8f1d14; background: #fdebe8; border-color: #b42318; }",
      ".status.cp-nr { color: #7a4504; background: #fdf4de; border-color: #9a5b05;",
      "  border-style: dotted; }",
      ".status.cp-na { color: #374151; background: #f1f2f4; border-color: #5f6672;",
      "  border-style: dashed; }",
      ".status.cp-nas { color: #5b21b6; background: #f1ebfc; border-color: #6d28d9; }",
      ".ladder-facts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr));",
      "  gap: 8px 24px; margin: 0; }",
      ".finding { border: 1px solid var(--line); border-left: 6px solid var(--muted);",
      "  border-radius: 6px; padding: 12px 16px; margin: 12px 0; break-inside: avoid; }",
      ".finding.sev-critical { border-left-color: var(--critical); }",
      ".finding.sev-major { border-left-color: var(--major); }",
      ".finding.sev-minor { border-left-color: var(--minor); }",
      ".finding.sev-advisory { border-left-color: var(--advisory); }",
      ".finding.waived { background: #f9fafb; border-left-style: dashed; }",
      ".finding header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }",
      ".finding .num { font-weight: 700; color: var(--muted); }",
      ".finding .rule { color: var(--muted); }",
      ".finding .message { font-weight: 600; margin: 8px 0; }",
      ".finding dl { display: grid; grid-template-columns: 11em 1fr; gap: 4px 12px; margin: 0; }",
      ".finding dt { font-weight: 600; color: var(--muted); font-size: 0.9rem; padding-top: 1px; }",
      ".finding dd { margin: 0; }",
      ".finding ul { margin: 0; padding: 0; list-style: none; }",
      ".finding li + li { margin-top: 2px; }",
      ".finding .waiver { font-style: italic; }",
      ".finding .actions { font-size: 0.92rem; }",
      ".badge { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 0.8rem;",
      "  font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #ffffff;",
      "  background: var(--muted); }",
      ".badge.sev-critical { background: var(--critical); }",
      ".badge.sev-major { background: var(--major); }",
      ".badge.sev-minor { background: var(--minor); }",
      ".badge.sev-advisory { background: var(--advisory); }",
      ".badge.st-gap { background: #ffffff; color: var(--ink); border: 1px solid var(--ink); }",
      ".badge.st-nr { background: #ffffff; color: #7a4504; border: 1px dotted #7a4504; }",
      ".badge.st-waived { background: #ffffff; color: var(--muted);",
      "  border: 1px dashed var(--muted); }",
      "footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line);",
      "  color: var(--muted); font-size: 0.85rem; }",
      "@media screen and (max-width: 640px) { .finding dl { grid-template-columns: 1fr; }",
      "  .ladder-facts { grid-template-columns: 1fr; }",
      "  figure.framework { overflow-x: auto; } figure.framework svg { min-width: 760px; } }",
      "@page { size: A4; margin: 14mm 12mm; }",
      "@media print { html { background: none; font-size: 10pt; }",
      "  main { max-width: none; padding: 0; } .contents { display: none; }",
      "  h2 { break-after: avoid; } h3 { break-after: avoid; } figure, tr { break-inside: avoid; }",
      "  a { color: inherit; text-decoration: none; } }",
      "");
}
