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
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.progress.ElementChange;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;

/**
 * The plain-text report of the {@linkplain Progress progress} between two assessments of one
 * initiative, readable in an 80-column terminal: findings closed, opened and persisting, element
 * statuses that moved, and the ladder then and now. Deterministic, '\n' line ends; every method
 * rejects null; thread-safe: there is no state.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * import io.github.coproduction.rules.*;
 * import io.github.coproduction.rules.progress.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
 * Assessment a = Assessor.standard().assess(i, java.time.LocalDate.parse("2026-06-01"));
 * System.out.print(ProgressTextReport.render(Progress.between(a, a)));
 * }</pre>
 */
public final class ProgressTextReport {

  private ProgressTextReport() {}


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
   * @param options redaction and locale; the finding limit applies to each list
   * @return the report, lines ending in '\n'
   * @throws IllegalStateException if the options redact but give no participant references
   */
  public static String render(Progress progress, ReportOptions options) {
    requireNonNull(progress, "progress");
    requireNonNull(options, "options");
    options.checkUsable();
    Messages m = Messages.forLocale(options.locale());
    StringBuilder out = new StringBuilder(4096);
    out.append(m.format("progress.title")).append('\n');
    out.append(m.format("progress.period", progress.initiative(), progress.earlier().toString(),
        progress.later().toString())).append('\n');
    out.append("=".repeat(WIDTH)).append('\n');
    progressFindings(out, m.format("progress.closed", progress.closed().size()),
        progress.closed(), options, m);
    progressFindings(out, m.format("progress.opened", progress.opened().size()),
        progress.opened(), options, m);
    progressFindings(out, m.format("progress.persisting", progress.persisting().size()),
        progress.persisting(), options, m);
    heading(out, m.format("progress.moved", progress.elementChanges().size()), '-');
    if (progress.elementChanges().isEmpty()) {
      out.append(m.format("progress.none")).append('\n');
    }
    for (ElementChange e : progress.elementChanges()) {
      String first = "  " + pad(e.element(), 5) + " " + pad(m.format("progress.status-change",
          status(m, e.before()), status(m, e.after())), 33);
      paragraph(out, first, spaces(first.length()), title(m, e.element()));
    }
    heading(out, m.format("progress.ladder"), '-');
    String current = m.format("progress.current");
    String target = m.format("progress.target");
    // English labels are 7 letters, in a column of 9; a longer translation widens the column.
    int column = Math.max(9, Math.max(current.length(), target.length()) + 2);
    paragraph(out, "  " + pad(current, column), spaces(column + 2),
        movement(m, progress.ladderBefore().current(), progress.ladderAfter().current()));
    paragraph(out, "  " + pad(target, column), spaces(column + 2),
        movement(m, progress.ladderBefore().target(), progress.ladderAfter().target()));
    return TerminalText.page(out.toString());
  }

  private static String movement(Messages m, Recorded<LadderRung> before,
      Recorded<LadderRung> after) {
    String b = rung(m, before);
    String a = rung(m, after);
    return b.equals(a) ? m.format("progress.unchanged", a) : m.format("progress.rung-change", b, a);
  }

  /** A ladder position in words: the rung and its group (NDTi's names), or why there is none. */
  static String rung(Messages m, Recorded<LadderRung> rung) {
    if (rung.isPresent()) {
      return m.format("progress.rung", rung.get().title(), rung.get().group().title());
    }
    return m.format(rung.isAbsent() ? "progress.rung-absent" : "progress.rung-not-recorded");
  }

  /** An element status in words. */
  static String status(Messages m, ElementStatus status) {
    return m.format("element-status." + status.name());
  }

  /** An element's title from the framework (NDTi's words), or a note that it is unknown. */
  static String title(Messages m, String element) {
    return Framework.standard().find(element).map(FrameworkElement::title)
        .orElseGet(() -> m.format("progress.unknown-element"));
  }

  /** A finding's severity, status and rule, as the label before its message. */
  static String label(Messages m, Finding f) {
    return m.format(f.isWaived() ? "progress.finding-waived" : "progress.finding",
        m.format("severity." + f.severity().name()), m.format("finding-status." + f.status().name()),
        f.rule());
  }

  private static void progressFindings(StringBuilder out, String title, List<Finding> findings,
      ReportOptions options, Messages m) {
    heading(out, title, '-');
    if (findings.isEmpty()) {
      out.append(m.format("progress.none")).append('\n');
      return;
    }
    int limit = options.findingLimit().orElse(Integer.MAX_VALUE);
    for (int i = 0; i < findings.size() && i < limit; i++) {
      Finding f = findings.get(i);
      paragraph(out, "  - " + label(m, f) + ": ", "    ", options.redact(f.message()));
    }
    if (findings.size() > limit) {
      out.append("  ").append(m.format("progress.more", findings.size() - limit)).append('\n');
    }
  }
}
