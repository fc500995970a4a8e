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
import io.github.coproduction.rules.Messages;
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
    Messages m = DetailText.messages(c);
    List<Row> rows = new ArrayList<>();
    c.assessment.powerBalance().ifPresent(b -> {
      String partners = share(m, "participants", b.partners().size(), b.participants(),
          b.participantSharePercent());
      rows.add(new Row(m.format("detail.power.partners"), b.partners().isEmpty() ? partners
          : m.format("detail.power.with-refs", partners,
              c.text(String.join(", ", b.partners())))));
      String makers;
      if (b.decisionMakersFromDecisions() && b.decisionMakers().isEmpty()) {
        makers = m.format("detail.power.decision-makers.none-named");
      } else {
        makers = m.format(b.decisionMakersFromDecisions()
            ? "detail.power.decision-makers.from-decisions" : "detail.power.decision-makers.flagged",
            share(m, "decision-makers", b.partnerDecisionMakers().size(),
                b.decisionMakers().size(), b.decisionMakerSharePercent()));
      }
      rows.add(new Row(m.format("detail.power.decision-makers"), makers));
      rows.add(new Row(m.format("detail.power.decisions"), b.decisions() == 0
          ? m.format("detail.power.none-recorded")
          : m.format("detail.power.decisions.share", b.decisionsWithPartners().size(),
              b.decisions(), b.decisionSharePercent().orElse(0),
              b.decisionsWithoutPartners().size(), b.decisionsNotKnown())));
      rows.add(new Row(m.format("detail.power.sessions"), b.sessions() == 0
          ? m.format("detail.power.none-recorded")
          : m.format("detail.power.sessions.share", b.sessionsWithPartners().size(),
              b.sessions())));
      if (!b.staffWithLivedExperience().isEmpty()) {
        rows.add(new Row(m.format("detail.power.staff"), m.format("detail.power.staff.value",
            c.text(String.join(", ", b.staffWithLivedExperience())))));
      }
      if (!b.flaggedButNotDeciding().isEmpty()) {
        rows.add(new Row(m.format("detail.power.flagged"), m.format("detail.power.flagged.value",
            c.text(String.join(", ", b.flaggedButNotDeciding())))));
      }
    });
    c.assessment.ladderEvidence().ifPresent(e -> {
      rows.add(new Row(m.format("detail.power.claimed"), claim(e, m)));
      rows.add(new Row(m.format("detail.power.evidenced"), evidenced(e.evidenced(), m)));
      if (!c.detail()) {
        heldBack(e).ifPresent(r -> rows.add(new Row(m.format("detail.power.why-not", r.title()),
            heldBack(c, e, r, m))));
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
   * followed by "(not met)" or "(not recorded)" unless it says so. At the detail level every
   * criterion is listed instead.
   */
  static String heldBack(ReportContent c, LadderEvidence e, LadderRung rung, Messages m) {
    return e.criteria().stream().filter(k -> k.rung() == rung && k.met() != Fact.PRESENT)
        .map(k -> {
          String reason = c.text(k.reason(m.locale()));
          if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
          }
          // "The participants are not recorded" says it already; the stored English tells.
          boolean says = k.met() == Fact.NOT_RECORDED && k.reason().contains("not recorded");
          return says ? m.format("detail.power.reason", reason)
              : m.format("detail.power.reason.met", reason, met(k.met(), m));
        })
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /**
   * The criteria, lowest rung first, each as "Rung: met / not met / not recorded. reason"; at
   * the detail level only (the practitioners' level shows {@link #heldBack} as a row).
   */
  static List<String> criteria(ReportContent c) {
    Messages m = DetailText.messages(c);
    List<String> out = new ArrayList<>();
    if (!c.detail()) {
      return out;
    }
    c.assessment.ladderEvidence().ifPresent(e -> {
      for (RungCriterion k : e.criteria()) {
        out.add(m.format("detail.power.criterion", k.rung().title(), met(k.met(), m),
            c.text(k.reason(m.locale()))));
      }
    });
    return out;
  }

  static String claim(LadderEvidence e, Messages m) {
    String current = DetailText.rung(e.claimed(), m);
    if (e.claimsCoproduction() == Fact.PRESENT) {
      return m.format("detail.power.claimed.coproduction", current);
    }
    return current;
  }

  static String evidenced(Recorded<LadderRung> rung, Messages m) {
    if (rung.isPresent()) {
      return DetailText.rung(rung, m);
    }
    return m.format(rung.isAbsent() ? "detail.power.evidenced.none"
        : "detail.ladder.rung.not-recorded");
  }

  private static String met(Fact f, Messages m) {
    return m.format("detail.power.met." + f.name());
  }

  /** "2 of 5 participants (40%)", or "no participants recorded". */
  private static String share(Messages m, String of, int part, int whole, OptionalInt percent) {
    return whole == 0 ? m.format("detail.power.share." + of + ".none")
        : m.format("detail.power.share." + of, part, whole, percent.orElse(0));
  }

  static void text(StringBuilder out, ReportContent c) {
    List<Row> rows = rows(c);
    if (rows.isEmpty()) {
      return;
    }
    Messages m = DetailText.messages(c);
    heading(out, m.format("detail.power"), '-');
    int w = DetailText.width(28, rows.stream().map(Row::label).toList());
    for (Row r : rows) {
      String first = "  " + pad(r.label(), w);
      paragraph(out, first, spaces(first.length()), r.value());
    }
    List<String> criteria = criteria(c);
    if (!criteria.isEmpty()) {
      out.append("\n  ").append(m.format("detail.power.criteria")).append('\n');
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
    Messages m = DetailText.messages(c);
    out.append("\n## ").append(m.format("detail.power")).append("\n\n");
    for (Row r : rows) {
      out.append("- ").append(r.label()).append(": ").append(MarkdownReport.escape(r.value()))
          .append('\n');
    }
    List<String> criteria = criteria(c);
    if (!criteria.isEmpty()) {
      out.append('\n').append(m.format("detail.power.criteria")).append("\n\n");
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
    Messages m = DetailText.messages(c);
    out.append("<section id=\"power\">\n<h2>").append(escape(m.format("detail.power")))
        .append("</h2>\n<dl class=\"power-facts\">\n");
    for (Row r : rows) {
      out.append("<div><dt>").append(escape(r.label())).append("</dt><dd>")
          .append(escape(r.value())).append("</dd></div>\n");
    }
    out.append("</dl>\n");
    List<String> criteria = criteria(c);
    if (!criteria.isEmpty()) {
      out.append("<p>").append(escape(m.format("detail.power.criteria")))
          .append("</p>\n<ul class=\"criteria\">\n");
      for (String k : criteria) {
        out.append("<li>").append(escape(k)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }
}
