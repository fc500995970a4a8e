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
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.portfolio.ElementTally;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plain-text report of a {@linkplain PortfolioSummary portfolio}, readable in an 80-column
 * terminal. Deterministic, '\n' line ends; every method rejects null; thread-safe: there is no
 * state.
 *
 * <pre>{@code
 * import io.github.coproduction.rules.portfolio.*;
 * System.out.print(PortfolioTextReport.render(PortfolioSummary.empty()));
 * }</pre>
 */
public final class PortfolioTextReport {

  private PortfolioTextReport() {}


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
