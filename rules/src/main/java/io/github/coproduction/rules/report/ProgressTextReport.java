package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.TextLayout.WIDTH;
import static io.github.coproduction.rules.report.TextLayout.cut;
import static io.github.coproduction.rules.report.TextLayout.heading;
import static io.github.coproduction.rules.report.TextLayout.pad;
import static io.github.coproduction.rules.report.TextLayout.padLeft;
import static io.github.coproduction.rules.report.TextLayout.paragraph;
import static io.github.coproduction.rules.report.TextLayout.spaces;
import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Finding;
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
}
