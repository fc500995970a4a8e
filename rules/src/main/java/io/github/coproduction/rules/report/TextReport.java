package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.TextLayout.WIDTH;
import static io.github.coproduction.rules.report.TextLayout.cut;
import static io.github.coproduction.rules.report.TextLayout.heading;
import static io.github.coproduction.rules.report.TextLayout.pad;
import static io.github.coproduction.rules.report.TextLayout.padLeft;
import static io.github.coproduction.rules.report.TextLayout.paragraph;
import static io.github.coproduction.rules.report.TextLayout.spaces;
import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Summary;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import io.github.coproduction.rules.portfolio.ElementTally;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.ElementChange;
import io.github.coproduction.rules.progress.Progress;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain-text reports, readable in an 80-column terminal: no line is longer than 80 characters
 * (save a single word longer than a line, which is cut), no ANSI colours, '\n' line ends.
 *
 * <p>An assessment's report has, in order: a header (initiative, stage, date, framework and
 * catalogue version, rule set, profile); the verdict and counts; the 18 conditions grouped under
 * their 3 steps, then the 6 changes, each with its status; the engagement ladder; the findings;
 * waiver notices; and what the rules did, with the detail of every rule that failed.
 *
 * <p><strong>Findings are grouped by step</strong>: under the step of their first framework
 * element (the rule's primary element), findings whose first element is a change, an action or a
 * challenge under "Changes required" after the steps; within a group, in assessment order (most
 * severe first). Each finding shows its severity, status, rule, message, evidence
 * ({@code pointer = value}), remedy, the framework actions that fix it with their titles from the
 * catalogue, and, when waived, the waiver's expiry and justification.
 *
 * <p>Output is byte-for-byte deterministic: the same input and options always give the same
 * string. Every method rejects null. Thread-safe: there is no state.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * import io.github.coproduction.rules.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
 * Assessment a = Assessor.standard().assess(i, java.time.LocalDate.parse("2026-06-01"));
 * System.out.print(TextReport.render(a, ReportOptions.defaults()));
 * System.out.print(TextReport.render(a, ReportOptions.redacting(i).withFindingLimit(5)));
 * }</pre>
 */
public final class TextReport {

  private static final String STATUS_KEY = statusKey();

  private TextReport() {}

  /**
   * Renders an assessment with the default options.
   *
   * @param assessment the assessment
   * @return the report, lines ending in '\n'
   */
  public static String render(Assessment assessment) {
    return render(assessment, ReportOptions.defaults());
  }

  /**
   * Renders an assessment.
   *
   * @param assessment the assessment
   * @param options redaction and finding limit
   * @return the report, lines ending in '\n'
   * @throws IllegalStateException if the options redact but give no participant references
   */
  public static String render(Assessment assessment, ReportOptions options) {
    ReportContent c = new ReportContent(assessment, options);
    StringBuilder out = new StringBuilder(8192);
    header(out, c);
    verdict(out, c);
    elements(out, c);
    ladder(out, c.assessment.ladder(), c);
    findings(out, c);
    waiverNotices(out, c);
    rules(out, c);
    return TerminalText.page(out.toString());
  }

  private static void header(StringBuilder out, ReportContent c) {
    Assessment a = c.assessment;
    out.append("CO-PRODUCTION ASSESSMENT\n");
    for (String line : TextLayout.wrap(c.text(a.title()), WIDTH)) {
      out.append(line).append('\n');
    }
    out.append("=".repeat(WIDTH)).append('\n');
    field(out, "Initiative", a.initiative());
    field(out, "Stage", c.stage());
    field(out, "Assessed on", a.assessedOn().toString());
    field(out, "Framework", c.catalogue());
    field(out, "Rule set", c.ruleSet());
    field(out, "Profile", a.profile());
    if (c.options.redaction()) {
      field(out, "Redacted", "participant references are replaced with numbers");
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    paragraph(out, pad(name, 13), spaces(13), value);
  }

  private static void verdict(StringBuilder out, ReportContent c) {
    Summary s = c.assessment.summary();
    out.append('\n');
    out.append("Verdict: ").append(s.verdict().label().toUpperCase(Locale.ROOT)).append('\n');
    paragraph(out, "  " + pad("Open gaps", 14), spaces(16),
        c.gapCounts() + " (" + s.gaps() + " in all)");
    paragraph(out, "  " + pad("Not recorded", 14), spaces(16),
        s.notRecorded() + (s.notRecorded() == 1 ? " finding" : " findings"));
    paragraph(out, "  " + pad("Waived", 14), spaces(16),
        s.waived() + (s.waived() == 1 ? " finding" : " findings"));
    paragraph(out, "  " + pad("Rule errors", 14), spaces(16), String.valueOf(s.errors()));
    paragraph(out, "  " + pad("Elements", 14), spaces(16), c.elementLine());
    paragraph(out, "  ", "  ", verdictNote(s.verdict()));
    c.judgementNote().ifPresent(note -> paragraph(out, "  ", "  ", note));
  }

  /** What the verdict means, in one sentence. */
  static String verdictNote(Verdict v) {
    return switch (v) {
      case SOUND -> "No open gap above advisory, nothing missing from the record, no rule failed.";
      case INCOMPLETE -> "No open gap above advisory, but facts are not recorded or a rule"
          + " failed: the record cannot show the initiative is sound.";
      case GAPS -> "At least one open gap above advisory.";
    };
  }

  private static String statusKey() {
    StringBuilder b = new StringBuilder("Key:");
    for (ElementStatus s : ElementStatus.values()) {
      b.append(" [").append(ReportContent.symbol(s)).append("] ").append(s.label());
    }
    return b.toString();
  }

  private static void elements(StringBuilder out, ReportContent c) {
    heading(out, "Framework elements", '-');
    paragraph(out, "", "", STATUS_KEY);
    int indent = 2 + 4 + 6 + 16;
    for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e : c.elements.entrySet()) {
      out.append('\n');
      paragraph(out, "", "", e.getKey().heading());
      for (ReportContent.Element el : e.getValue()) {
        String first = "  [" + ReportContent.symbol(el.status()) + "] " + pad(el.id(), 5) + " "
            + pad(el.status().label(), 16);
        paragraph(out, first, spaces(indent), el.title());
      }
    }
  }

  private static void ladder(StringBuilder out, LadderPosition position, ReportContent c) {
    heading(out, "Engagement ladder", '-');
    paragraph(out, "  " + pad("Current", 9), spaces(11), ReportContent.rung(position.current()));
    paragraph(out, "  " + pad("Target", 9), spaces(11), ReportContent.rung(position.target()));
    paragraph(out, "  " + pad("Gap", 9), spaces(11), c.ladderGap());
    out.append('\n');
    List<LadderRung> rungs = Framework.standard().ladder();
    for (int i = rungs.size() - 1; i >= 0; i--) {
      LadderRung r = rungs.get(i);
      String mark = marker(r, position);
      String line = "  " + r.level() + "  " + pad(r.title(), 15) + pad(r.group().title(), 12)
          + mark;
      out.append(line.stripTrailing()).append('\n');
    }
  }

  private static String marker(LadderRung r, LadderPosition p) {
    boolean current = p.current().value().map(r::equals).orElse(false);
    boolean target = p.target().value().map(r::equals).orElse(false);
    if (current && target) {
      return "<- current and target";
    }
    return current ? "<- current" : target ? "<- target" : "";
  }

  private static void findings(StringBuilder out, ReportContent c) {
    heading(out, "Findings", '-');
    int total = c.assessment.findings().size();
    if (total == 0) {
      out.append("No findings.\n");
      return;
    }
    String shown = c.findingsLeftOut > 0
        ? "The " + c.findingsShown + " most severe of " + total + " findings"
        : total + (total == 1 ? " finding" : " findings");
    paragraph(out, "", "", shown + ", grouped by the step (or the changes) of each finding's"
        + " first framework element; most severe first within each group.");
    int n = 1;
    for (ReportContent.FindingGroup g : c.findingGroups) {
      out.append('\n');
      paragraph(out, "", "", g.group().heading());
      for (Finding f : g.findings()) {
        out.append('\n');
        finding(out, c, f, n++);
      }
    }
    if (c.findingsLeftOut > 0) {
      out.append('\n');
      paragraph(out, "", "", c.findingsLeftOut + " less severe "
          + (c.findingsLeftOut == 1 ? "finding is" : "findings are") + " not shown (finding"
          + " limit " + c.findingsShown + ").");
    }
  }

  private static void finding(StringBuilder out, ReportContent c, Finding f, int n) {
    String number = padLeft("#" + n, 5) + "  ";
    String head = number + pad(f.severity().name(), 10) + pad(f.status().label(), 14) + f.rule()
        + (f.isWaived() ? "  [waived]" : "");
    if (head.length() <= WIDTH) {
      out.append(head).append('\n');
    } else {
      paragraph(out, number, spaces(number.length()), f.severity().name() + " "
          + f.status().label() + " " + f.rule() + (f.isWaived() ? " [waived]" : ""));
    }
    String indent = spaces(number.length());
    paragraph(out, indent, indent, c.text(f.message()));
    String label = indent + pad("", 10);
    paragraph(out, indent + pad("Elements", 10), label, String.join(", ", f.elements()));
    for (int i = 0; i < f.evidence().size(); i++) {
      Evidence e = f.evidence().get(i);
      paragraph(out, i == 0 ? indent + pad("Evidence", 10) : label, label,
          e.pointer() + " = " + c.text(e.value()));
    }
    paragraph(out, indent + pad("Remedy", 10), label, c.text(f.remedy()));
    for (int i = 0; i < f.remedyActions().size(); i++) {
      String id = f.remedyActions().get(i);
      String first = (i == 0 ? indent + pad("Actions", 10) : label) + pad(id, 5) + " ";
      paragraph(out, first, spaces(first.length()), ReportContent.title(id));
    }
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      paragraph(out, indent + pad("Waived", 10), label,
          "until " + w.expires() + ": " + c.text(w.justification()));
    }
  }

  private static void waiverNotices(StringBuilder out, ReportContent c) {
    heading(out, "Waiver notices", '-');
    if (c.assessment.waiverNotices().isEmpty()) {
      out.append("None.\n");
      return;
    }
    for (WaiverNotice notice : c.assessment.waiverNotices()) {
      paragraph(out, "  - ", "    ", waiverNotice(notice, c));
    }
  }

  /** A waiver notice in one sentence. */
  static String waiverNotice(WaiverNotice notice, ReportContent c) {
    Waiver w = notice.waiver();
    String what = "waiver of rule " + w.rule()
        + w.initiative().map(i -> " for " + i).orElse(" for every initiative")
        + w.pointer().map(p -> " at " + p).orElse("");
    String head = notice.kind() == WaiverNotice.Kind.EXPIRED
        ? "Expired on " + w.expires() + ": " + what + "; it suppresses nothing."
        : "Unused: " + what + " (until " + w.expires() + ") matched no finding.";
    return head + " Justification: " + c.text(w.justification());
  }

  private static void rules(StringBuilder out, ReportContent c) {
    heading(out, "Rules", '-');
    paragraph(out, "", "", c.ruleLine());
    if (!c.errors.isEmpty()) {
      out.append('\n');
      paragraph(out, "", "", "Failed with an error (never counted as a pass; the elements they"
          + " check are not assessed):");
      for (RuleResult r : c.errors) {
        String first = "  " + r.rule() + ": ";
        paragraph(out, first, "    ", c.text(r.detail().orElse("no detail")));
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // Progress

  /**
   * Renders what changed between two assessments of one initiative, with the default options.
   *
   * @param progress the comparison
   * @return the report, lines ending in '\n'
   */
  public static String render(Progress progress) {
    return render(progress, ReportOptions.defaults());
  }

  /**
   * Renders what changed between two assessments of one initiative: findings closed, opened and
   * persisting, element statuses that moved, and the ladder then and now.
   *
   * @param progress the comparison
   * @param options redaction; the finding limit applies to each list
   * @return the report, lines ending in '\n'
   * @throws IllegalStateException if the options redact but give no participant references
   */
  public static String render(Progress progress, ReportOptions options) {
    requireNonNull(progress, "progress");
    requireNonNull(options, "options");
    options.checkUsable();
    StringBuilder out = new StringBuilder(4096);
    out.append("CO-PRODUCTION PROGRESS\n");
    out.append(progress.initiative()).append(": ").append(progress.earlier()).append(" to ")
        .append(progress.later()).append('\n');
    out.append("=".repeat(WIDTH)).append('\n');
    progressFindings(out, "Closed", progress.closed(), options);
    progressFindings(out, "Opened", progress.opened(), options);
    progressFindings(out, "Persisting", progress.persisting(), options);
    heading(out, "Element statuses that moved (" + progress.elementChanges().size() + ")", '-');
    if (progress.elementChanges().isEmpty()) {
      out.append("None.\n");
    }
    for (ElementChange e : progress.elementChanges()) {
      String first = "  " + pad(e.element(), 5) + " "
          + pad(e.before().label() + " -> " + e.after().label(), 33);
      paragraph(out, first, spaces(first.length()), ReportContent.title(e.element()));
    }
    heading(out, "Engagement ladder", '-');
    paragraph(out, "  " + pad("Current", 9), spaces(11),
        movement(progress.ladderBefore().current(), progress.ladderAfter().current()));
    paragraph(out, "  " + pad("Target", 9), spaces(11),
        movement(progress.ladderBefore().target(), progress.ladderAfter().target()));
    return TerminalText.page(out.toString());
  }

  private static String movement(Recorded<LadderRung> before, Recorded<LadderRung> after) {
    String b = ReportContent.rung(before);
    String a = ReportContent.rung(after);
    return b.equals(a) ? a + " (unchanged)" : b + " -> " + a;
  }

  private static void progressFindings(StringBuilder out, String title, List<Finding> findings,
      ReportOptions options) {
    heading(out, title + " (" + findings.size() + ")", '-');
    if (findings.isEmpty()) {
      out.append("None.\n");
      return;
    }
    int limit = options.findingLimit().orElse(Integer.MAX_VALUE);
    for (int i = 0; i < findings.size() && i < limit; i++) {
      Finding f = findings.get(i);
      String first = "  - " + f.severity().label() + " " + f.status().label() + ", " + f.rule()
          + (f.isWaived() ? " (waived)" : "") + ": ";
      paragraph(out, first, "    ", options.redact(f.message()));
    }
    if (findings.size() > limit) {
      out.append("  ... and ").append(findings.size() - limit).append(" more\n");
    }
  }

  // -----------------------------------------------------------------------------------------
  // Portfolio

  /**
   * Renders the aggregate of a portfolio: counts by severity and verdict, the prevalence of gaps
   * for each condition and change in framework order with a bar of ASCII characters, the rules
   * that find gaps most often, and the distribution of ladder rungs.
   *
   * <p>Each bar is 20 characters: one {@code #} for every 5% of initiatives with a gap, rounded
   * to the nearest, on a ground of {@code .}; a share above zero shows at least one {@code #}.
   *
   * @param summary the portfolio summary
   * @return the report, lines ending in '\n'
   */
  public static String render(PortfolioSummary summary) {
    requireNonNull(summary, "summary");
    StringBuilder out = new StringBuilder(4096);
    long n = summary.initiatives();
    out.append("CO-PRODUCTION PORTFOLIO\n");
    out.append(n).append(n == 1 ? " initiative assessed\n" : " initiatives assessed\n");
    out.append("=".repeat(WIDTH)).append('\n');
    out.append('\n');
    StringBuilder gaps = new StringBuilder();
    List<Severity> severities =
        List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.ADVISORY);
    for (Severity s : severities) {
      if (gaps.length() > 0) {
        gaps.append(", ");
      }
      gaps.append(summary.gapsBySeverity().getOrDefault(s, 0L)).append(' ').append(s.label());
    }
    paragraph(out, pad("Open gaps", 14), spaces(14), gaps.toString());
    paragraph(out, pad("Not recorded", 14), spaces(14),
        findings(summary.notRecordedFindings()));
    paragraph(out, pad("Waived", 14), spaces(14), findings(summary.waivedFindings()));
    paragraph(out, pad("Rule errors", 14), spaces(14), String.valueOf(summary.errors()));
    StringBuilder verdicts = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      if (verdicts.length() > 0) {
        verdicts.append(", ");
      }
      verdicts.append(summary.verdicts().getOrDefault(v, 0L)).append(' ').append(v.label());
    }
    paragraph(out, pad("Verdicts", 14), spaces(14), verdicts.toString());

    heading(out, "Gap prevalence by framework element", '-');
    paragraph(out, "", "", "The share of initiatives with an open gap in each condition and"
        + " change, in framework order.");
    out.append('\n');
    for (ElementTally t : summary.elements()) {
      String line = "  " + pad(t.element(), 5) + " " + bar(t.prevalence()) + " "
          + padLeft(percent(t.prevalence()), 6) + "  ";
      out.append(line).append(cut(ReportContent.title(t.element()), WIDTH - line.length()))
          .append('\n');
    }

    heading(out, "Rules finding gaps most often", '-');
    if (summary.ruleGaps().isEmpty()) {
      out.append("None.\n");
    } else {
      summary.ruleGaps().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(10)
          .forEach(e -> out.append("  ").append(padLeft(String.valueOf(e.getValue()), 8))
              .append("  ").append(cut(e.getKey(), WIDTH - 12)).append('\n'));
    }

    heading(out, "Engagement ladder", '-');
    out.append("  ").append(pad("Rung", 28)).append(padLeft("current", 10))
        .append(padLeft("target", 10)).append('\n');
    List<LadderRung> rungs = Framework.standard().ladder();
    for (int i = rungs.size() - 1; i >= 0; i--) {
      LadderRung r = rungs.get(i);
      ladderRow(out, r.level() + " " + r.title(), summary, r.name());
    }
    ladderRow(out, "recorded as not assessed", summary, "ABSENT");
    ladderRow(out, "not recorded", summary, "NOT_RECORDED");
    return TerminalText.page(out.toString());
  }

  private static String findings(long n) {
    return n + (n == 1 ? " finding" : " findings");
  }

  private static void ladderRow(StringBuilder out, String label, PortfolioSummary s, String key) {
    out.append("  ").append(pad(label, 28))
        .append(padLeft(String.valueOf(s.currentRungs().getOrDefault(key, 0L)), 10))
        .append(padLeft(String.valueOf(s.targetRungs().getOrDefault(key, 0L)), 10))
        .append('\n');
  }

  /** A bar of 20 characters for a share from 0 to 1. */
  static String bar(double share) {
    int filled = (int) Math.round(share * 20);
    if (share > 0 && filled == 0) {
      filled = 1;
    }
    filled = Math.min(20, filled);
    return "#".repeat(filled) + ".".repeat(20 - filled);
  }

  /** A share as a percentage with one decimal, such as "24.0%". */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
