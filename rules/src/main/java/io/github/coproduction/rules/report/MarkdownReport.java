package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Summary;
import io.github.coproduction.rules.WaiverNotice;
import io.github.coproduction.rules.progress.ElementChange;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub-flavoured Markdown reports, with the same content as {@link TextReport}: a header table;
 * the verdict with a table of counts; a table of the conditions under each step and one of the
 * changes, each with its status; the engagement ladder as a table with the current and target
 * rungs marked; a table of findings under each step and then the changes (grouped as
 * {@link TextReport} describes); a table of the framework actions the findings refer to, with
 * their titles from the catalogue; waiver notices; and what the rules did.
 *
 * <p>Every text taken from the assessment is escaped, so a message cannot break a table or inject
 * markup: Markdown punctuation is backslash-escaped and {@code <}, {@code >} and {@code &} become
 * HTML entities. Output uses '\n' line ends and is byte-for-byte deterministic. Every method
 * rejects null. Thread-safe: there is no state.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * import io.github.coproduction.rules.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
 * Assessment a = Assessor.standard().assess(i, java.time.LocalDate.parse("2026-06-01"));
 * String md = MarkdownReport.render(a, ReportOptions.defaults());
 * md.startsWith("# Co-production assessment: X");   // true
 * }</pre>
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * Renders an assessment with the default options.
   *
   * @param assessment the assessment
   * @return the Markdown document, lines ending in '\n'
   */
  public static String render(Assessment assessment) {
    return render(assessment, ReportOptions.defaults());
  }

  /**
   * Renders an assessment.
   *
   * @param assessment the assessment
   * @param options redaction and finding limit
   * @return the Markdown document, lines ending in '\n'
   * @throws IllegalStateException if the options redact but give no participant references
   */
  public static String render(Assessment assessment, ReportOptions options) {
    ReportContent c = new ReportContent(assessment, options);
    StringBuilder out = new StringBuilder(8192);
    for (ReportContent.Part part : c.parts()) {
      switch (part) {
        case HEADER -> header(out, c);
        case SUMMARY -> verdict(out, c);
        case ATTENTION -> attention(out, c);
        case GAPS -> gaps(out, c);
        case MISSING -> missing(out, c);
        case FRAMEWORK -> elements(out, c);
        case LADDER -> {
          ladder(out, c);
          PowerSection.markdown(out, c);
        }
        case WAIVERS -> waivers(out, c);
        case FINDINGS -> findings(out, c);
        case RULES -> rules(out, c);
        case FOOTER -> { }
      }
    }
    return out.toString();
  }

  /** A severity with its mark, so that critical and major differ by more than a word. */
  static String severity(Severity s, ReportContent c) {
    return TextReport.mark(s) + " **" + c.severity(s) + "**";
  }

  private static void attention(StringBuilder out, ReportContent c) {
    out.append("\n## ").append(c.msg("report.attention.heading")).append("\n\n");
    if (c.attention.isEmpty()) {
      out.append(c.missingTotal == 0 ? c.msg("report.attention.none")
          : c.msg("report.attention.none-but-missing")).append('\n');
      return;
    }
    int n = 1;
    for (Finding f : c.attention) {
      out.append(n++).append(". ").append(severity(f.severity(), c)).append(": ")
          .append(escape(c.text(f.message()))).append('\n');
    }
  }

  private static void gaps(StringBuilder out, ReportContent c) {
    out.append("\n## ").append(c.msg("report.gaps.heading")).append("\n\n");
    if (c.gapsTotal == 0) {
      out.append(c.msg("report.gaps.none")).append('\n');
      return;
    }
    out.append(c.msg("report.gaps.intro")).append('\n');
    for (ReportContent.FindingGroup g : c.gapGroups) {
      out.append("\n### ").append(escape(g.group().heading())).append("\n\n");
      for (Finding f : g.findings()) {
        out.append("- ").append(severity(f.severity(), c)).append(": ")
            .append(escape(c.text(f.message()))).append('\n');
        out.append("  - ").append(c.msg("report.gaps.what-to-do")).append(": ")
            .append(escape(c.text(c.messages.remedy(f)))).append('\n');
        for (String id : f.remedyActions()) {
          out.append("  - ").append(c.msg("report.gaps.framework-action")).append(": ")
              .append(c.detail() ? id + " " : "")
              .append(escape(ReportContent.title(id))).append('\n');
        }
        if (c.detail()) {
          out.append("  - ").append(c.msg("report.gaps.detail", code(f.rule()),
              String.join(", ", f.elements()), evidence(c, f).replace("<br>", ", ")))
              .append('\n');
        }
      }
    }
    int shown = c.gapGroups.stream().mapToInt(g -> g.findings().size()).sum();
    if (c.gapsTotal > shown) {
      out.append('\n').append(c.msg("report.left-out", c.gapsTotal - shown, shown))
          .append('\n');
    }
  }

  private static void missingDetail(StringBuilder out, ReportContent c, MissingFact m) {
    if (c.detail()) {
      String rules = m.rules().stream().map(MarkdownReport::code)
          .collect(Collectors.joining(", "));
      String elements = String.join(", ", m.elements());
      out.append(' ').append(m.pointers().isEmpty()
          ? c.msg("report.missing.detail", rules, elements)
          : c.msg("report.missing.detail-at", rules, elements, m.pointers().stream()
              .map(MarkdownReport::code).collect(Collectors.joining(", "))));
    }
  }

  private static void missing(StringBuilder out, ReportContent c) {
    out.append("\n## ").append(c.msg("report.missing.heading")).append("\n\n");
    if (c.missingTotal == 0) {
      out.append(c.msg("report.missing.none")).append('\n');
      return;
    }
    out.append(c.msg("report.missing.count", c.missingTotal)).append(' ')
        .append(c.msg("report.missing.why")).append('\n');
    if (!c.missingMost.isEmpty()) {
      out.append("\n**").append(c.msg("report.missing.most")).append("** (")
          .append(c.msg("report.missing.most-why")).append("):\n\n");
      for (MissingFact m : c.missingMost) {
        out.append("- ").append(escape(c.describe(m))).append(' ')
            .append(escape(c.neededToJudge(m)));
        missingDetail(out, c, m);
        out.append('\n');
      }
    }
    if (!c.missingOther.isEmpty()) {
      out.append("\n**").append(c.msg(c.missingMost.isEmpty() ? "report.missing.other"
          : "report.missing.also")).append("**, ").append(c.msg("report.missing.by-step"))
          .append(" (").append(c.msg("report.missing.other-why")).append("):\n\n");
      for (ReportContent.MissingGroup g : c.missingOther) {
        out.append("- ").append(escape(g.group().label())).append(":\n");
        for (MissingFact m : g.facts()) {
          out.append("  - ").append(escape(c.detail() ? c.describe(m) + " "
              + c.neededToJudge(m) : c.shortFact(m)));
          missingDetail(out, c, m);
          out.append('\n');
        }
      }
    }
    if (c.missingTotal > c.missing.size()) {
      out.append('\n').append(c.msg("report.left-out", c.missingTotal - c.missing.size(),
          c.missing.size())).append('\n');
    }
  }

  private static void waivers(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    if (!c.waived.isEmpty()) {
      out.append("\n## ").append(m.format("detail.waivers.waived")).append("\n\n");
      for (Finding f : c.waived) {
        out.append("- ").append(escape(c.text(f.message()))).append(' ')
            .append(m.format("detail.waived.until", f.waiver().orElseThrow().expires().toString(),
                escape(c.text(f.waiver().orElseThrow().justification()))))
            .append(c.detail() ? " (" + code(f.rule()) + ")" : "").append('\n');
      }
    }
    if (c.detail() || !c.assessment.waiverNotices().isEmpty()) {
      waiverNotices(out, c);
    }
  }

  private static void header(StringBuilder out, ReportContent c) {
    Assessment a = c.assessment;
    out.append("# ").append(c.msg("report.header.title", escape(c.text(a.title()))))
        .append("\n\n");
    out.append("| | |\n| --- | --- |\n");
    row(out, c.msg("report.header.initiative"), code(a.initiative()));
    row(out, c.msg("report.header.stage"), c.stage());
    row(out, c.msg("report.header.assessed-on"), a.assessedOn().toString());
    row(out, c.msg("report.header.profile"), escape(a.profile()));
    if (c.detail()) {
      row(out, c.msg("report.header.framework"), escape(c.catalogue()));
      row(out, c.msg("report.header.rule-set"), escape(c.ruleSet()));
    }
    if (c.options.redaction()) {
      row(out, c.msg("report.header.redacted"), c.msg("report.header.redacted-value"));
    }
  }

  private static void verdict(StringBuilder out, ReportContent c) {
    Summary s = c.assessment.summary();
    out.append("\n## ").append(c.msg("report.summary.verdict", c.verdict(s.verdict())))
        .append("\n\n");
    out.append(c.verdictNote(s.verdict())).append("\n\n");
    c.judgementNote().ifPresent(note -> out.append(escape(note)).append("\n\n"));
    if (!c.detail()) {
      out.append(escape(c.verdictSentence())).append('\n');
      return;
    }
    out.append("| ").append(String.join(" | ", List.of(
        c.msg("report.summary.label.open-gaps"),
        c.capitalise(c.severity(Severity.CRITICAL)), c.capitalise(c.severity(Severity.MAJOR)),
        c.capitalise(c.severity(Severity.MINOR)), c.capitalise(c.severity(Severity.ADVISORY)),
        c.msg("report.summary.label.not-recorded"), c.msg("report.summary.label.waived"),
        c.msg("report.summary.label.rule-errors")))).append(" |\n");
    out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    out.append("| ").append(s.gaps()).append(" | ").append(s.critical()).append(" | ")
        .append(s.major()).append(" | ").append(s.minor()).append(" | ").append(s.advisory())
        .append(" | ").append(s.notRecorded()).append(" | ").append(s.waived()).append(" | ")
        .append(s.errors()).append(" |\n");
  }

  private static void elements(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    if (!c.detail()) {
      out.append("\n## ").append(m.format("detail.framework.glance")).append("\n\n");
      for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e
          : c.elements.entrySet()) {
        out.append("- ").append(escape(m.format("detail.framework.glance.group",
                e.getKey().heading()))).append(' ')
            .append(DetailText.presentCounts(e.getValue(), m)).append('\n');
      }
      return;
    }
    out.append("\n## ").append(m.format("detail.framework.elements")).append("\n\n");
    out.append(m.format("detail.framework.elements.line", DetailText.elementCounts(c, m)))
        .append('\n');
    for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e : c.elements.entrySet()) {
      ReportContent.Group g = e.getKey();
      out.append("\n### ").append(escape(g.heading())).append("\n\n");
      boolean changes = g.key().equals(ReportContent.CHANGES);
      out.append("| ").append(m.format("detail.column.id")).append(" | ")
          .append(m.format(changes ? "detail.column.change" : "detail.column.condition"))
          .append(" | ").append(m.format("detail.column.status")).append(" |\n");
      out.append("| --- | --- | --- |\n");
      for (ReportContent.Element el : e.getValue()) {
        out.append("| ").append(el.id()).append(" | ").append(escape(DetailText.title(el, m)))
            .append(" | ").append(status(el.status(), m)).append(" |\n");
      }
    }
  }

  private static String status(ElementStatus s) {
    return s == ElementStatus.GAP ? "**" + s.label() + "**" : s.label();
  }

  private static String status(ElementStatus s, Messages m) {
    String word = DetailText.status(s, m);
    return s == ElementStatus.GAP ? "**" + word + "**" : word;
  }

  private static void ladder(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    LadderPosition p = c.assessment.ladder();
    out.append("\n## ").append(m.format("detail.ladder")).append("\n\n");
    out.append("- ").append(m.format("detail.ladder.current")).append(": ")
        .append(DetailText.rung(p.current(), m)).append('\n');
    out.append("- ").append(m.format("detail.ladder.target")).append(": ")
        .append(DetailText.rung(p.target(), m)).append('\n');
    out.append("- ").append(m.format("detail.ladder.gap")).append(": ")
        .append(DetailText.ladderGap(c, m)).append('\n');
    if (!c.detail()) {
      return;
    }
    out.append('\n');
    out.append("| ").append(m.format("detail.column.rung")).append(" | ")
        .append(m.format("detail.column.name")).append(" | ")
        .append(m.format("detail.column.group")).append(" | ")
        .append(m.format("detail.column.position")).append(" |\n| ---: | --- | --- | --- |\n");
    List<LadderRung> rungs = Framework.standard().ladder();
    for (int i = rungs.size() - 1; i >= 0; i--) {
      LadderRung r = rungs.get(i);
      String mark = DetailText.position(p.current().value().map(r::equals).orElse(false),
          p.target().value().map(r::equals).orElse(false), m);
      out.append("| ").append(r.level()).append(" | ").append(r.title()).append(" | ")
          .append(r.group().title()).append(" | ")
          .append(mark.isEmpty() ? "" : "**" + mark + "**").append(" |\n");
    }
  }

  private static void findings(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    out.append("\n## ").append(m.format("detail.findings")).append("\n\n");
    int total = c.assessment.findings().size();
    if (total == 0) {
      out.append(m.format("detail.findings.none")).append('\n');
      return;
    }
    out.append(c.findingsLeftOut > 0
        ? m.format("detail.findings.intro.limited", c.findingsShown, total)
        : m.format("detail.findings.intro", total)).append('\n');
    int n = 1;
    for (ReportContent.FindingGroup g : c.findingGroups) {
      out.append("\n### ").append(escape(g.group().heading())).append("\n\n");
      out.append("| # |");
      for (String column : List.of("severity", "status", "rule", "finding", "evidence",
          "remedy", "actions")) {
        out.append(' ').append(m.format("detail.column." + column)).append(" |");
      }
      out.append("\n| ---: | --- | --- | --- | --- | --- | --- | --- |\n");
      for (Finding f : g.findings()) {
        out.append("| ").append(n++).append(" | ").append(DetailText.severity(f.severity(), m))
            .append(" | ").append(findingStatus(c, f, m)).append(" | ").append(code(f.rule()))
            .append(" | ").append(escape(c.text(f.message()))).append(" | ")
            .append(evidence(c, f)).append(" | ").append(escape(c.text(m.remedy(f))))
            .append(" | ").append(String.join(", ", f.remedyActions())).append(" |\n");
      }
    }
    if (c.findingsLeftOut > 0) {
      out.append('\n').append(m.format("detail.findings.left-out", c.findingsLeftOut,
          c.findingsShown)).append('\n');
    }
    out.append("\n### ").append(m.format("detail.findings.actions")).append("\n\n");
    out.append("| ").append(m.format("detail.column.id")).append(" | ")
        .append(m.format("detail.column.action")).append(" |\n| --- | --- |\n");
    c.actionsReferred.keySet().forEach(id -> out.append("| ").append(id).append(" | ")
        .append(escape(DetailText.actionTitle(id, m))).append(" |\n"));
  }

  private static String findingStatus(ReportContent c, Finding f, Messages m) {
    String s = DetailText.status(f.status(), m);
    if (f.waiver().isPresent()) {
      s += "; **" + m.format("detail.finding.waived") + "** " + m.format(
          "detail.finding.waiver.until", f.waiver().get().expires().toString(),
          escape(c.text(f.waiver().get().justification())));
    }
    return s;
  }

  private static String evidence(ReportContent c, Finding f) {
    return f.evidence().stream()
        .map((Evidence e) -> code(e.pointer()) + " = " + escape(c.text(e.value())))
        .collect(Collectors.joining("<br>"));
  }

  private static void waiverNotices(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    out.append("\n## ").append(m.format("detail.waivers.notices")).append("\n\n");
    if (c.assessment.waiverNotices().isEmpty()) {
      out.append(m.format("detail.waivers.none")).append('\n');
      return;
    }
    for (WaiverNotice notice : c.assessment.waiverNotices()) {
      out.append("- ").append(escape(TextReport.waiverNotice(notice, c))).append('\n');
    }
  }

  private static void rules(StringBuilder out, ReportContent c) {
    if (!c.detail() && c.errors.isEmpty()) {
      return;
    }
    Messages m = DetailText.messages(c);
    out.append("\n## ").append(m.format("detail.rules")).append("\n\n")
        .append(DetailText.ruleLine(c, m)).append('\n');
    if (!c.errors.isEmpty()) {
      out.append('\n').append(m.format("detail.rules.errors")).append("\n\n");
      out.append("| ").append(m.format("detail.column.rule")).append(" | ")
          .append(m.format("detail.column.error")).append(" |\n| --- | --- |\n");
      for (RuleResult r : c.errors) {
        out.append("| ").append(code(r.rule())).append(" | ").append(escape(c.text(
            r.detail().orElseGet(() -> m.format("detail.rules.no-detail"))))).append(" |\n");
      }
    }
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  // -----------------------------------------------------------------------------------------
  // Progress

  /**
   * Renders what changed between two assessments of one initiative, with the default options.
   *
   * @param progress the comparison
   * @return the Markdown document, lines ending in '\n'
   */
  public static String render(Progress progress) {
    return render(progress, ReportOptions.defaults());
  }

  /**
   * Renders what changed between two assessments of one initiative: tables of findings closed,
   * opened and persisting, of element statuses that moved, and of the ladder then and now.
   *
   * @param progress the comparison
   * @param options redaction; the finding limit applies to each table
   * @return the Markdown document, lines ending in '\n'
   * @throws IllegalStateException if the options redact but give no participant references
   */
  public static String render(Progress progress, ReportOptions options) {
    requireNonNull(progress, "progress");
    requireNonNull(options, "options");
    options.checkUsable();
    StringBuilder out = new StringBuilder(4096);
    out.append("# Co-production progress: ").append(code(progress.initiative())).append("\n\n");
    out.append("From ").append(progress.earlier()).append(" to ").append(progress.later())
        .append(".\n");
    progressFindings(out, "Closed", progress.closed(), options);
    progressFindings(out, "Opened", progress.opened(), options);
    progressFindings(out, "Persisting", progress.persisting(), options);
    out.append("\n## Element statuses that moved (").append(progress.elementChanges().size())
        .append(")\n\n");
    if (progress.elementChanges().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append("| Id | Element | Before | After |\n| --- | --- | --- | --- |\n");
      for (ElementChange e : progress.elementChanges()) {
        out.append("| ").append(escape(e.element())).append(" | ")
            .append(escape(ReportContent.title(e.element()))).append(" | ")
            .append(e.before().label()).append(" | ").append(status(e.after())).append(" |\n");
      }
    }
    out.append("\n## Engagement ladder\n\n| | Before | After |\n| --- | --- | --- |\n");
    ladderRow(out, "Current", progress.ladderBefore().current(),
        progress.ladderAfter().current());
    ladderRow(out, "Target", progress.ladderBefore().target(), progress.ladderAfter().target());
    return out.toString();
  }

  private static void ladderRow(StringBuilder out, String name, Recorded<LadderRung> before,
      Recorded<LadderRung> after) {
    out.append("| ").append(name).append(" | ").append(ReportContent.rung(before)).append(" | ")
        .append(ReportContent.rung(after)).append(" |\n");
  }

  private static void progressFindings(StringBuilder out, String title, List<Finding> findings,
      ReportOptions options) {
    out.append("\n## ").append(title).append(" (").append(findings.size()).append(")\n\n");
    if (findings.isEmpty()) {
      out.append("None.\n");
      return;
    }
    int limit = options.findingLimit().orElse(Integer.MAX_VALUE);
    out.append("| Severity | Status | Rule | Finding |\n| --- | --- | --- | --- |\n");
    for (int i = 0; i < findings.size() && i < limit; i++) {
      Finding f = findings.get(i);
      out.append("| ").append(f.severity().label()).append(" | ").append(f.status().label())
          .append(f.isWaived() ? " (waived)" : "").append(" | ").append(code(f.rule()))
          .append(" | ").append(escape(options.redact(f.message()))).append(" |\n");
    }
    if (findings.size() > limit) {
      out.append("\n... and ").append(findings.size() - limit).append(" more.\n");
    }
  }

  // -----------------------------------------------------------------------------------------
  // Escaping

  /**
   * Escapes a text for Markdown, in a paragraph or a table cell: backslash before Markdown
   * punctuation, entities for {@code < > &}, line breaks as spaces.
   */
  static String escape(String text) {
    return MarkdownText.escape(text);
  }

  /** A code span, or escaped text when the value cannot be one safely. */
  static String code(String text) {
    return MarkdownText.code(text);
  }

}
