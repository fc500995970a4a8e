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
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.portfolio.ElementTally;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import java.util.ArrayList;
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
    return render(summary, ReportOptions.defaults());
  }

  /**
   * Renders the aggregate of a portfolio, as {@link #render(PortfolioSummary)}, with the report's
   * own words in the options' locale.
   *
   * @param summary the portfolio summary
   * @param options the locale; a portfolio names no participant, so nothing is redacted
   * @return the report, lines ending in '\n'
   */
  public static String render(PortfolioSummary summary, ReportOptions options) {
    requireNonNull(summary, "summary");
    requireNonNull(options, "options");
    Messages m = Messages.forLocale(options.locale());
    StringBuilder out = new StringBuilder(4096);
    out.append(header(m, summary.initiatives()));
    out.append('\n');
    List<Message> gaps = new ArrayList<>();
    for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR,
        Severity.ADVISORY)) {
      gaps.add(Message.of("portfolio.count", summary.gapsBySeverity().getOrDefault(s, 0L),
          Message.of("severity." + s.name())));
    }
    List<Message> verdicts = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      verdicts.add(Message.of("portfolio.count", summary.verdicts().getOrDefault(v, 0L),
          Message.of("verdict." + v.name())));
    }
    List<String> labels = List.of(m.format("portfolio.open-gaps"),
        m.format("portfolio.not-recorded"), m.format("portfolio.waived"),
        m.format("portfolio.rule-errors"), m.format("portfolio.verdicts"));
    List<String> values = List.of(m.format(Message.list(gaps)),
        m.format("portfolio.findings", summary.notRecordedFindings()),
        m.format("portfolio.findings", summary.waivedFindings()),
        String.valueOf(summary.errors()), m.format(Message.list(verdicts)));
    // English labels fit a column of 14; a longer translation widens it.
    int column = 14;
    for (String label : labels) {
      column = Math.max(column, label.length() + 2);
    }
    for (int i = 0; i < labels.size(); i++) {
      paragraph(out, pad(labels.get(i), column), spaces(column), values.get(i));
    }

    heading(out, m.format("portfolio.prevalence"), '-');
    paragraph(out, "", "", m.format("portfolio.prevalence-intro"));
    out.append('\n');
    for (ElementTally t : summary.elements()) {
      String line = "  " + pad(t.element(), 5) + " " + bar(t.prevalence()) + " "
          + padLeft(percent(t.prevalence()), 6) + "  ";
      out.append(line).append(cut(ProgressTextReport.title(m, t.element()),
          WIDTH - line.length())).append('\n');
    }

    heading(out, m.format("portfolio.rules"), '-');
    if (summary.ruleGaps().isEmpty()) {
      out.append(m.format("portfolio.none")).append('\n');
    } else {
      summary.ruleGaps().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(10)
          .forEach(e -> out.append("  ").append(padLeft(String.valueOf(e.getValue()), 8))
              .append("  ").append(cut(e.getKey(), WIDTH - 12)).append('\n'));
    }

    heading(out, m.format("portfolio.ladder"), '-');
    out.append("  ").append(pad(m.format("portfolio.rung"), 28))
        .append(padLeft(m.format("portfolio.current"), 10))
        .append(padLeft(m.format("portfolio.target"), 10)).append('\n');
    List<LadderRung> rungs = Framework.standard().ladder();
    for (int i = rungs.size() - 1; i >= 0; i--) {
      LadderRung r = rungs.get(i);
      ladderRow(out, m.format("portfolio.rung-row", r.level(), r.title()), summary, r.name());
    }
    ladderRow(out, m.format("portfolio.rung-absent"), summary, "ABSENT");
    ladderRow(out, m.format("portfolio.rung-not-recorded"), summary, "NOT_RECORDED");
    return TerminalText.page(out.toString());
  }

  /**
   * The report's first three lines: its title, how many initiatives were assessed, and a rule of
   * "=" across the page; for a caller that reports an aggregate of nothing in its own words.
   *
   * @param messages the texts in the report's locale
   * @param initiatives how many initiatives were assessed
   * @return the lines, each ending in '\n'
   */
  public static String header(Messages messages, long initiatives) {
    requireNonNull(messages, "messages");
    return messages.format("portfolio.title") + "\n"
        + messages.format("portfolio.initiatives", initiatives) + "\n"
        + "=".repeat(WIDTH) + "\n";
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
