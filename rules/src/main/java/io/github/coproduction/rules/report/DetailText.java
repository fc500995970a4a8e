package io.github.coproduction.rules.report;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's own words for the framework, ladder, power, waiver, findings, rules and footer
 * parts, in the report's locale, shared by the three formats so that the same words have the same
 * key ({@code detail.*} in {@code detail.properties}). The framework's own text (element titles,
 * ladder rungs, action titles) is NDTi's and passes through unchanged.
 */
final class DetailText {

  private static final Framework FRAMEWORK = Framework.standard();

  private DetailText() {}

  /** The texts in the report's locale. */
  static Messages messages(ReportContent c) {
    return Messages.forLocale(c.options.locale());
  }

  /**
   * A label padded to a width for the plain-text layout; a translation as long as the width or
   * longer keeps one space after it.
   */
  static String label(String text, int width) {
    return text.length() >= width ? text + " " : TextLayout.pad(text, width);
  }

  /**
   * The width of a column of labels in the plain-text layout: the usual width, or more when a
   * translated label needs it, so that the values stay aligned one space after the longest.
   */
  static int width(int usual, List<String> labels) {
    int w = usual;
    for (String l : labels) {
      w = Math.max(w, l.length() + 1);
    }
    return w;
  }

  /** An element's title, with how much of what is looked for is evidenced when no gap is found. */
  static String title(ReportContent.Element e, Messages m) {
    return e.status() == ElementStatus.NO_GAP_FOUND
        ? m.format("detail.element.evidenced", e.title(), e.evidenced(), e.aspects())
        : e.title();
  }

  /** The catalogue title of an element or action id, or a placeholder for an unknown id. */
  static String actionTitle(String id, Messages m) {
    return FRAMEWORK.find(id).map(FrameworkElement::title)
        .orElseGet(() -> m.format("detail.not-in-catalogue"));
  }

  static String status(ElementStatus s, Messages m) {
    return m.format("element-status." + s.name());
  }

  static String status(FindingStatus s, Messages m) {
    return m.format("finding-status." + s.name());
  }

  static String status(RuleStatus s, Messages m) {
    return m.format("rule-status." + s.name());
  }

  static String severity(Severity s, Messages m) {
    return m.format("severity." + s.name());
  }

  /** A severity in capitals, as the plain-text findings show it: "CRITICAL". */
  static String severityCaps(Severity s, Messages m) {
    return severity(s, m).toUpperCase(m.locale());
  }

  /** A text with its first letter in upper case. */
  static String capitalise(String s, Messages m) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(m.locale()) + s.substring(1);
  }

  /** "3 met", one count with its status word. */
  static Message count(int n, String status) {
    return Message.of("detail.status-count", n, status);
  }

  /** Every element status with its count, as a list: "12 met, 0 no gap found, ...". */
  static String elementCounts(ReportContent c, Messages m) {
    List<Message> parts = new ArrayList<>();
    for (ElementStatus s : ElementStatus.values()) {
      parts.add(count(c.elementCounts.get(s), status(s, m)));
    }
    return m.format(Message.list(parts));
  }

  /** The statuses present in a list of elements, with their counts. */
  static String presentCounts(List<ReportContent.Element> elements, Messages m) {
    List<Message> parts = new ArrayList<>();
    for (ElementStatus s : ElementStatus.values()) {
      int n = (int) elements.stream().filter(el -> el.status() == s).count();
      if (n > 0) {
        parts.add(count(n, status(s, m)));
      }
    }
    return parts.isEmpty() ? "" : m.format(Message.list(parts));
  }

  /** "Consultation (doing for)", "recorded as not assessed" or "not recorded". */
  static String rung(Recorded<LadderRung> rung, Messages m) {
    if (rung.isPresent()) {
      return m.format("detail.ladder.rung", rung.get().title(), rung.get().group().title());
    }
    return m.format(rung.isAbsent() ? "detail.ladder.rung.absent" : "detail.ladder.rung.not-recorded");
  }

  /** The ladder gap in words. */
  static String ladderGap(ReportContent c, Messages m) {
    Optional<Integer> gap = c.assessment.ladderGap();
    if (gap.isEmpty()) {
      return m.format("detail.ladder.gap.unknown");
    }
    int g = gap.get();
    if (g == 0) {
      return m.format("detail.ladder.gap.none");
    }
    return g > 0 ? m.format("detail.ladder.gap.below", g) : m.format("detail.ladder.gap.above", -g);
  }

  /** The mark of a rung that is the current one, the target, or both; empty for neither. */
  static String position(boolean current, boolean target, Messages m) {
    if (current && target) {
      return m.format("detail.ladder.mark.both");
    }
    return current ? m.format("detail.ladder.mark.current")
        : target ? m.format("detail.ladder.mark.target") : "";
  }

  /** One line on the rules: how many ran, and what they did. */
  static String ruleLine(ReportContent c, Messages m) {
    List<Message> parts = new ArrayList<>();
    for (RuleStatus s : RuleStatus.values()) {
      parts.add(count(c.ruleCounts.get(s), status(s, m)));
    }
    return m.format("detail.rules.line", c.assessment.rules().size(), Message.list(parts));
  }

  /** A waiver notice in one sentence, with the waiver's justification. */
  static String waiverNotice(WaiverNotice notice, ReportContent c, Messages m) {
    Waiver w = notice.waiver();
    String what;
    if (w.initiative().isPresent()) {
      what = w.pointer().isPresent()
          ? m.format("detail.waiver.of.initiative.at", w.rule(), w.initiative().get(),
              w.pointer().get())
          : m.format("detail.waiver.of.initiative", w.rule(), w.initiative().get());
    } else {
      what = w.pointer().isPresent()
          ? m.format("detail.waiver.of.every.at", w.rule(), w.pointer().get())
          : m.format("detail.waiver.of.every", w.rule());
    }
    String head = notice.kind() == WaiverNotice.Kind.EXPIRED
        ? m.format("detail.waiver.expired", w.expires().toString(), what)
        : m.format("detail.waiver.unused", what, w.expires().toString());
    return head + " " + m.format("detail.waiver.justification", c.text(w.justification()));
  }
}
