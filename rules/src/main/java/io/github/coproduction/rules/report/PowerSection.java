package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HtmlText.escape;
import static io.github.coproduction.rules.report.TextLayout.heading;
import static io.github.coproduction.rules.report.TextLayout.pad;
import static io.github.coproduction.rules.report.TextLayout.paragraph;
import static io.github.coproduction.rules.report.TextLayout.spaces;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.LadderEvidence;
import io.github.coproduction.rules.PowerBalance;
import io.github.coproduction.rules.RungCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The "Power and the evidenced rung" section of every report format: the partners' share of the
 * participants, of the decision-makers and of the recorded decisions, staff with lived experience
 * (shown, not counted), and the claimed rung beside the evidenced one with the criteria that
 * decide it (at the practitioners' level, only those that hold back the next rung). One
 * content, three renderings; references pass through the report's redaction.
 */
final class PowerSection {

  /** One line of the section: a label and its value. */
  record Row(String label, String value) {}

  private PowerSection() {}

  /** The rows, or none when the assessment was stored before power was computed. */
  static List<Row> rows(ReportContent c) {
    List<Row> rows = new ArrayList<>();
    c.assessment.powerBalance().ifPresent(b -> {
      rows.add(new Row("Partners", share(b.partners().size(), b.participants(),
          b.participantSharePercent(), "participants") + refs(c, b.partners())));
      rows.add(new Row("Decision-makers", b.decisionMakersFromDecisions()
          && b.decisionMakers().isEmpty()
          ? "none named: the recorded decisions name bodies or roles"
          : share(b.partnerDecisionMakers().size(), b.decisionMakers().size(),
              b.decisionMakerSharePercent(), "decision-makers")
              + (b.decisionMakersFromDecisions() ? ", from the recorded decisions"
                  : ", as flagged (no decision recorded)")));
      rows.add(new Row("Decisions", b.decisions() == 0 ? "none recorded"
          : b.decisionsWithPartners().size() + " of " + b.decisions() + " made with partners"
              + percent(b.decisionSharePercent()) + "; " + b.decisionsWithoutPartners().size()
              + " without; " + b.decisionsNotKnown() + " not recorded"));
      rows.add(new Row("Sessions", b.sessions() == 0 ? "none recorded"
          : b.sessionsWithPartners().size() + " of " + b.sessions() + " with partners"));
      if (!b.staffWithLivedExperience().isEmpty()) {
        rows.add(new Row("Staff with lived experience", "shown, not counted as partners: "
            + c.text(String.join(", ", b.staffWithLivedExperience()))));
      }
      if (!b.flaggedButNotDeciding().isEmpty()) {
        rows.add(new Row("Flagged, not deciding", c.text(String.join(", ",
            b.flaggedButNotDeciding())) + ": flagged as decision-makers, in no recorded"
            + " decision"));
      }
    });
    c.assessment.ladderEvidence().ifPresent(e -> {
      rows.add(new Row("Claimed rung", claim(e)));
      rows.add(new Row("Evidenced rung", evidenced(e.evidenced())));
      if (!c.detail()) {
        heldBack(e).ifPresent(r -> rows.add(new Row("Why not " + r.title(), heldBack(c, e, r))));
      }
    });
    return rows;
  }

  /**
   * The rung the record falls short of: the lowest rung with a criterion not met or not
   * recorded. Empty when every criterion is met.
   */
  static Optional<LadderRung> heldBack(LadderEvidence e) {
    return e.criteria().stream().filter(k -> k.met() != Fact.PRESENT)
        .map(RungCriterion::rung).findFirst();
  }

  /**
   * Why the record does not evidence a rung: its criteria not met or not recorded, each reason
   * followed by "(not met)" or "(not recorded)" unless it says so. At the detail level every criterion is listed
   * instead.
   */
  static String heldBack(ReportContent c, LadderEvidence e, LadderRung rung) {
    return e.criteria().stream().filter(k -> k.rung() == rung && k.met() != Fact.PRESENT)
        .map(k -> {
          String reason = c.text(k.reason());
          if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
          }
          // "The participants are not recorded" says it already.
          boolean says = k.met() == Fact.NOT_RECORDED && reason.contains("not recorded");
          return reason + (says ? "." : " (" + met(k.met()) + ").");
        })
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /**
   * The criteria, lowest rung first, each as "Rung: met / not met / not recorded: reason"; at
   * the detail level only (the practitioners' level shows {@link #heldBack} as a row).
   */
  static List<String> criteria(ReportContent c) {
    List<String> out = new ArrayList<>();
    if (!c.detail()) {
      return out;
    }
    c.assessment.ladderEvidence().ifPresent(e -> {
      for (RungCriterion k : e.criteria()) {
        out.add(k.rung().title() + ": " + met(k.met()) + ". " + c.text(k.reason()));
      }
    });
    return out;
  }

  static String claim(LadderEvidence e) {
    String current = ReportContent.rung(e.claimed());
    if (e.claimsCoproduction() == Fact.PRESENT) {
      return current + "; calls itself co-production";
    }
    return current;
  }

  static String evidenced(Recorded<LadderRung> rung) {
    if (rung.isPresent()) {
      return ReportContent.rung(rung);
    }
    return rung.isAbsent() ? "none: no lived-experience partner takes part" : "not recorded";
  }

  private static String met(Fact f) {
    return switch (f) {
      case PRESENT -> "met";
      case ABSENT -> "not met";
      case NOT_RECORDED -> "not recorded";
    };
  }

  private static String share(int part, int whole, OptionalInt percent, String of) {
    return whole == 0 ? "no " + of + " recorded" : part + " of " + whole + " " + of
        + percent(percent);
  }

  private static String percent(OptionalInt p) {
    return p.isPresent() ? " (" + p.getAsInt() + "%)" : "";
  }

  private static String refs(ReportContent c, List<String> refs) {
    return refs.isEmpty() ? "" : ": " + c.text(String.join(", ", refs));
  }

  static void text(StringBuilder out, ReportContent c) {
    List<Row> rows = rows(c);
    if (rows.isEmpty()) {
      return;
    }
    heading(out, "Power and the evidenced rung", '-');
    for (Row r : rows) {
      String first = "  " + pad(r.label(), 28);
      paragraph(out, first, spaces(first.length()), r.value());
    }
    List<String> criteria = criteria(c);
    if (!criteria.isEmpty()) {
      out.append("\n  Ladder criteria, lowest rung first:\n");
      for (String k : criteria) {
        paragraph(out, "  - ", spaces(4), k);
      }
    }
  }

  static void markdown(StringBuilder out, ReportContent c) {
    List<Row> rows = rows(c);
    if (rows.isEmpty()) {
      return;
    }
    out.append("\n## Power and the evidenced rung\n\n");
    for (Row r : rows) {
      out.append("- ").append(r.label()).append(": ").append(MarkdownReport.escape(r.value()))
          .append('\n');
    }
    List<String> criteria = criteria(c);
    if (!criteria.isEmpty()) {
      out.append("\nLadder criteria, lowest rung first:\n\n");
      for (String k : criteria) {
        out.append("- ").append(MarkdownReport.escape(k)).append('\n');
      }
    }
  }

  static void html(StringBuilder out, ReportContent c) {
    List<Row> rows = rows(c);
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section id=\"power\">\n<h2>Power and the evidenced rung</h2>\n<dl"
        + " class=\"power-facts\">\n");
    for (Row r : rows) {
      out.append("<div><dt>").append(escape(r.label())).append("</dt><dd>")
          .append(escape(r.value())).append("</dd></div>\n");
    }
    out.append("</dl>\n");
    List<String> criteria = criteria(c);
    if (!criteria.isEmpty()) {
      out.append("<p>Ladder criteria, lowest rung first:</p>\n<ul class=\"criteria\">\n");
      for (String k : criteria) {
        out.append("<li>").append(escape(k)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }
}
