package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.TextLayout.WIDTH;
import static io.github.coproduction.rules.report.TextLayout.heading;
import static io.github.coproduction.rules.report.TextLayout.pad;
import static io.github.coproduction.rules.report.TextLayout.padLeft;
import static io.github.coproduction.rules.report.TextLayout.paragraph;
import static io.github.coproduction.rules.report.TextLayout.spaces;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Summary;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
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
    for (ReportContent.Part part : c.parts()) {
      switch (part) {
        case HEADER -> header(out, c);
        case SUMMARY -> verdict(out, c);
        case ATTENTION -> attention(out, c);
        case GAPS -> gaps(out, c);
        case MISSING -> missing(out, c);
        case FRAMEWORK -> elements(out, c);
        case LADDER -> {
          ladder(out, c.assessment.ladder(), c);
          PowerSection.text(out, c);
        }
        case WAIVERS -> waivers(out, c);
        case FINDINGS -> findings(out, c);
        case RULES -> rules(out, c);
        case FOOTER -> { }
      }
    }
    return TerminalText.page(out.toString());
  }

  /** The mark beside a severity, so that critical and major differ by more than a word. */
  static String mark(Severity s) {
    return switch (s) {
      case CRITICAL -> "!!!";
      case MAJOR -> "!!";
      case MINOR -> "!";
      case ADVISORY -> "i";
    };
  }

  private static void attention(StringBuilder out, ReportContent c) {
    heading(out, c.msg("report.attention.heading"), '-');
    if (c.attention.isEmpty()) {
      paragraph(out, "", "", c.missingTotal == 0 ? c.msg("report.attention.none")
          : c.msg("report.attention.none-but-missing"));
      return;
    }
    int n = 1;
    int width = c.severityWidth() + 1;
    for (Finding f : c.attention) {
      String first = padLeft(n++ + ".", 4) + " " + pad(c.severityUpper(f.severity()), width);
      paragraph(out, first, spaces(first.length()), c.text(f.message()));
    }
  }

  private static void gaps(StringBuilder out, ReportContent c) {
    heading(out, c.msg("report.gaps.heading"), '-');
    if (c.gapsTotal == 0) {
      out.append(c.msg("report.gaps.none")).append('\n');
      return;
    }
    List<String> marks = new java.util.ArrayList<>();
    for (Severity s : ReportContent.SEVERITIES) {
      marks.add(c.msg("report.gaps.mark", mark(s), c.severity(s)));
    }
    paragraph(out, "", "", c.msg("report.gaps.intro") + " "
        + c.msg("report.gaps.marks", Message.list(marks)));
    int width = c.severityWidth() + 1;
    String what = c.msg("report.gaps.what-to-do") + ": ";
    String framework = c.msg("report.gaps.framework") + ": ";
    String rule = c.msg("report.gaps.rule") + ": ";
    String evidence = c.msg("report.gaps.evidence") + ": ";
    for (ReportContent.FindingGroup g : c.gapGroups) {
      out.append('\n');
      paragraph(out, "", "", g.group().heading());
      for (Finding f : g.findings()) {
        out.append('\n');
        String first = "  " + pad(mark(f.severity()), 4)
            + pad(c.severityUpper(f.severity()), width);
        String indent = spaces(6);
        paragraph(out, first, spaces(first.length()), c.text(f.message()));
        paragraph(out, indent + what, indent + "  ", c.text(c.messages.remedy(f)));
        for (String id : f.remedyActions()) {
          paragraph(out, indent + framework, indent + "  ",
              (c.detail() ? id + " " : "") + ReportContent.title(id));
        }
        if (c.detail()) {
          paragraph(out, indent + rule, indent + "  ", c.msg("report.rules-and-elements",
              f.rule(), String.join(", ", f.elements())));
          for (Evidence e : f.evidence()) {
            paragraph(out, indent + evidence, indent + "  ",
                e.pointer() + " = " + c.text(e.value()));
          }
        }
      }
    }
    int shown = c.gapGroups.stream().mapToInt(g -> g.findings().size()).sum();
    if (c.gapsTotal > shown) {
      out.append('\n');
      paragraph(out, "", "", c.msg("report.gaps.left-out", c.gapsTotal - shown, shown));
    }
  }

  private static void missing(StringBuilder out, ReportContent c) {
    heading(out, c.msg("report.missing.heading"), '-');
    if (c.missingTotal == 0) {
      out.append(c.msg("report.missing.none")).append('\n');
      return;
    }
    paragraph(out, "", "", c.msg("report.missing.count", c.missingTotal) + " "
        + c.msg("report.missing.why"));
    if (!c.missingMost.isEmpty()) {
      out.append('\n');
      paragraph(out, "", "", c.msg("report.missing.most") + " ("
          + c.msg("report.missing.most-why") + "):");
      for (MissingFact m : c.missingMost) {
        paragraph(out, "  - ", "    ", c.describe(m) + " " + c.neededToJudge(m));
        missingDetail(out, c, m);
      }
    }
    if (!c.missingOther.isEmpty()) {
      out.append('\n');
      paragraph(out, "", "", c.msg(c.missingMost.isEmpty() ? "report.missing.other"
          : "report.missing.also") + ", " + c.msg("report.missing.by-step") + " ("
          + c.msg("report.missing.other-why") + "):");
      for (ReportContent.MissingGroup g : c.missingOther) {
        paragraph(out, "  ", "  ", g.group().label() + ":");
        for (MissingFact m : g.facts()) {
          paragraph(out, "    - ", "      ", c.detail() ? c.describe(m) + " "
              + c.neededToJudge(m) : c.shortFact(m));
          missingDetail(out, c, m);
        }
      }
    }
    if (c.missingTotal > c.missing.size()) {
      out.append('\n');
      paragraph(out, "", "", c.msg("report.missing.left-out", c.missingTotal - c.missing.size(),
          c.missing.size()));
    }
  }

  private static void missingDetail(StringBuilder out, ReportContent c, MissingFact m) {
    if (c.detail()) {
      paragraph(out, "    " + c.msg("report.missing.rules") + ": ", "      ",
          c.msg("report.rules-and-elements", String.join(", ", m.rules()),
              String.join(", ", m.elements())));
      if (!m.pointers().isEmpty()) {
        paragraph(out, "    " + c.msg("report.missing.at") + ": ", "      ",
            String.join(", ", m.pointers()));
      }
    }
  }

  private static void waivers(StringBuilder out, ReportContent c) {
    if (!c.detail() && c.waived.isEmpty() && c.assessment.waiverNotices().isEmpty()) {
      return;
    }
    Messages m = DetailText.messages(c);
    if (!c.waived.isEmpty()) {
      heading(out, m.format("detail.waivers.waived"), '-');
      for (Finding f : c.waived) {
        Waiver w = f.waiver().orElseThrow();
        paragraph(out, "  - ", "    ", c.text(f.message()) + " "
            + m.format("detail.waived.until", w.expires().toString(), c.text(w.justification()))
            + (c.detail() ? " (" + f.rule() + ")" : ""));
      }
    }
    if (c.detail() || !c.assessment.waiverNotices().isEmpty()) {
      waiverNotices(out, c);
    }
  }

  private static void header(StringBuilder out, ReportContent c) {
    Assessment a = c.assessment;
    out.append(c.msg("report.header.kicker").toUpperCase(c.options.locale())).append('\n');
    for (String line : TextLayout.wrap(c.text(a.title()), WIDTH)) {
      out.append(line).append('\n');
    }
    out.append("=".repeat(WIDTH)).append('\n');
    if (!c.detail()) {
      paragraph(out, "", "", c.msg("report.header.line", a.initiative(), c.stage(),
          a.assessedOn().toString(), a.profile())
          + (c.options.redaction() ? " " + c.msg("report.header.redacted-sentence") : ""));
      return;
    }
    // The labels line up in a column as wide as the longest of them in the report's language.
    List<String> labels = List.of("initiative", "stage", "assessed-on", "profile", "framework",
        "rule-set", "redacted");
    int width = labels.stream().mapToInt(k -> c.msg("report.header." + k).length()).max()
        .orElse(0) + 2;
    field(out, c, width, "initiative", a.initiative());
    field(out, c, width, "stage", c.stage());
    field(out, c, width, "assessed-on", a.assessedOn().toString());
    field(out, c, width, "profile", a.profile());
    if (c.detail()) {
      field(out, c, width, "framework", c.catalogue());
      field(out, c, width, "rule-set", c.ruleSet());
    }
    if (c.options.redaction()) {
      field(out, c, width, "redacted", c.msg("report.header.redacted-value"));
    }
  }

  private static void field(StringBuilder out, ReportContent c, int width, String label,
      String value) {
    paragraph(out, pad(c.msg("report.header." + label), width), spaces(width), value);
  }

  private static void verdict(StringBuilder out, ReportContent c) {
    Summary s = c.assessment.summary();
    out.append('\n');
    out.append(c.msg("report.summary.verdict",
        c.verdict(s.verdict()).toUpperCase(c.options.locale()))).append('\n');
    if (!c.detail()) {
      paragraph(out, "  ", "  ", c.verdictSentence());
      paragraph(out, "  ", "  ", c.verdictNote(s.verdict()));
      c.judgementNote().ifPresent(note -> paragraph(out, "  ", "  ", note));
      return;
    }
    // The labels line up in a column as wide as the longest of them in the report's language.
    List<String> labels = List.of("open-gaps", "not-recorded", "waived", "rule-errors",
        "elements");
    int width = labels.stream().mapToInt(k -> c.msg("report.summary.label." + k).length()).max()
        .orElse(0) + 2;
    summaryRow(out, c, width, "open-gaps",
        c.msg("report.summary.gaps-in-all", c.gapCounts(), s.gaps()));
    summaryRow(out, c, width, "not-recorded", c.msg("report.summary.findings", s.notRecorded()));
    summaryRow(out, c, width, "waived", c.msg("report.summary.findings", s.waived()));
    summaryRow(out, c, width, "rule-errors", String.valueOf(s.errors()));
    summaryRow(out, c, width, "elements", c.elementLine());
    paragraph(out, "  ", "  ", c.verdictNote(s.verdict()));
    c.judgementNote().ifPresent(note -> paragraph(out, "  ", "  ", note));
  }

  private static void summaryRow(StringBuilder out, ReportContent c, int width, String label,
      String value) {
    paragraph(out, "  " + pad(c.msg("report.summary.label." + label), width),
        spaces(width + 2), value);
  }

  private static String statusKey(Messages m) {
    StringBuilder b = new StringBuilder();
    for (ElementStatus s : ElementStatus.values()) {
      b.append(b.length() == 0 ? "" : " ").append('[').append(ReportContent.symbol(s))
          .append("] ").append(DetailText.status(s, m));
    }
    return m.format("detail.framework.key", b.toString());
  }

  private static void elements(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    if (!c.detail()) {
      heading(out, m.format("detail.framework.glance"), '-');
      for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e
          : c.elements.entrySet()) {
        String first = "  " + m.format("detail.framework.glance.group",
            e.getKey().label()) + " ";
        paragraph(out, first, spaces(first.length()),
            DetailText.presentCounts(e.getValue(), m));
      }
      return;
    }
    heading(out, m.format("detail.framework.elements"), '-');
    paragraph(out, "", "", statusKey(m));
    int column = DetailText.width(16, java.util.Arrays.stream(ElementStatus.values())
        .map(s -> DetailText.status(s, m)).toList());
    int indent = 2 + 4 + 6 + column;
    for (Map.Entry<ReportContent.Group, List<ReportContent.Element>> e : c.elements.entrySet()) {
      out.append('\n');
      paragraph(out, "", "", e.getKey().heading());
      for (ReportContent.Element el : e.getValue()) {
        String first = "  [" + ReportContent.symbol(el.status()) + "] " + pad(el.id(), 5) + " "
            + pad(DetailText.status(el.status(), m), column);
        paragraph(out, first, spaces(indent), DetailText.title(el, m));
      }
    }
  }

  private static void ladder(StringBuilder out, LadderPosition position, ReportContent c) {
    Messages m = DetailText.messages(c);
    if (!c.detail()) {
      out.append('\n');
      paragraph(out, "", "", m.format("detail.ladder.line",
          DetailText.rung(position.current(), m), DetailText.rung(position.target(), m),
          DetailText.ladderGap(c, m)));
      return;
    }
    heading(out, m.format("detail.ladder"), '-');
    List<String[]> rows = List.of(
        new String[] {m.format("detail.ladder.current"), DetailText.rung(position.current(), m)},
        new String[] {m.format("detail.ladder.target"), DetailText.rung(position.target(), m)},
        new String[] {m.format("detail.ladder.gap"), DetailText.ladderGap(c, m)});
    int w = DetailText.width(9, rows.stream().map(r -> r[0]).toList());
    for (String[] row : rows) {
      paragraph(out, "  " + pad(row[0], w), spaces(2 + w), row[1]);
    }
    out.append('\n');
    List<LadderRung> rungs = Framework.standard().ladder();
    for (int i = rungs.size() - 1; i >= 0; i--) {
      LadderRung r = rungs.get(i);
      String mark = marker(r, position, m);
      String line = "  " + r.level() + "  " + pad(r.title(), 15) + pad(r.group().title(), 12)
          + mark;
      out.append(line.stripTrailing()).append('\n');
    }
  }

  private static String marker(LadderRung r, LadderPosition p, Messages m) {
    String mark = DetailText.position(p.current().value().map(r::equals).orElse(false),
        p.target().value().map(r::equals).orElse(false), m);
    return mark.isEmpty() ? "" : "<- " + mark;
  }

  private static void findings(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    heading(out, m.format("detail.findings"), '-');
    int total = c.assessment.findings().size();
    if (total == 0) {
      out.append(m.format("detail.findings.none")).append('\n');
      return;
    }
    paragraph(out, "", "", c.findingsLeftOut > 0
        ? m.format("detail.findings.intro.limited", c.findingsShown, total)
        : m.format("detail.findings.intro", total));
    int n = 1;
    for (ReportContent.FindingGroup g : c.findingGroups) {
      out.append('\n');
      paragraph(out, "", "", g.group().heading());
      for (Finding f : g.findings()) {
        out.append('\n');
        finding(out, c, f, n++, m);
      }
    }
    if (c.findingsLeftOut > 0) {
      out.append('\n');
      paragraph(out, "", "", m.format("detail.findings.left-out", c.findingsLeftOut,
          c.findingsShown));
    }
  }

  private static void finding(StringBuilder out, ReportContent c, Finding f, int n, Messages m) {
    String number = padLeft("#" + n, 5) + "  ";
    String severity = DetailText.severityCaps(f.severity(), m);
    String status = DetailText.status(f.status(), m);
    String waived = "[" + m.format("detail.finding.waived") + "]";
    String head = number + DetailText.label(severity, 10) + DetailText.label(status, 14)
        + f.rule() + (f.isWaived() ? "  " + waived : "");
    if (head.length() <= WIDTH) {
      out.append(head).append('\n');
    } else {
      paragraph(out, number, spaces(number.length()), severity + " " + status + " " + f.rule()
          + (f.isWaived() ? " " + waived : ""));
    }
    String indent = spaces(number.length());
    paragraph(out, indent, indent, c.text(f.message()));
    String elements = m.format("detail.column.elements");
    String evidence = m.format("detail.column.evidence");
    String remedy = m.format("detail.column.remedy");
    String actions = m.format("detail.column.actions");
    String waiver = m.format("detail.waivers.waived");
    int width = DetailText.width(10, List.of(elements, evidence, remedy, actions, waiver));
    String label = indent + pad("", width);
    paragraph(out, indent + pad(elements, width), label, String.join(", ", f.elements()));
    for (int i = 0; i < f.evidence().size(); i++) {
      Evidence e = f.evidence().get(i);
      paragraph(out, i == 0 ? indent + pad(evidence, width) : label, label,
          e.pointer() + " = " + c.text(e.value()));
    }
    paragraph(out, indent + pad(remedy, width), label, c.text(m.remedy(f)));
    for (int i = 0; i < f.remedyActions().size(); i++) {
      String id = f.remedyActions().get(i);
      String first = (i == 0 ? indent + pad(actions, width) : label) + pad(id, 5) + " ";
      paragraph(out, first, spaces(first.length()), DetailText.actionTitle(id, m));
    }
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      paragraph(out, indent + pad(waiver, width), label,
          m.format("detail.finding.waiver.until", w.expires().toString(),
              c.text(w.justification())));
    }
  }

  private static void waiverNotices(StringBuilder out, ReportContent c) {
    Messages m = DetailText.messages(c);
    heading(out, m.format("detail.waivers.notices"), '-');
    if (c.assessment.waiverNotices().isEmpty()) {
      out.append(m.format("detail.waivers.none")).append('\n');
      return;
    }
    for (WaiverNotice notice : c.assessment.waiverNotices()) {
      paragraph(out, "  - ", "    ", waiverNotice(notice, c));
    }
  }

  /** A waiver notice in one sentence, in the report's locale. */
  static String waiverNotice(WaiverNotice notice, ReportContent c) {
    return DetailText.waiverNotice(notice, c, DetailText.messages(c));
  }

  private static void rules(StringBuilder out, ReportContent c) {
    if (!c.detail() && c.errors.isEmpty()) {
      return;
    }
    Messages m = DetailText.messages(c);
    heading(out, m.format("detail.rules"), '-');
    paragraph(out, "", "", DetailText.ruleLine(c, m));
    if (!c.errors.isEmpty()) {
      out.append('\n');
      paragraph(out, "", "", m.format("detail.rules.errors"));
      for (RuleResult r : c.errors) {
        String first = "  " + r.rule() + ": ";
        paragraph(out, first, "    ",
            c.text(r.detail().orElseGet(() -> m.format("detail.rules.no-detail"))));
      }
    }
  }
}
