package io.github.coproduction.serialization;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.portfolio.ElementTally;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.ElementChange;
import io.github.coproduction.rules.progress.ImmutableElementChange;
import io.github.coproduction.rules.progress.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Portfolio summaries and progress between two assessments, read from and written to trees. */
final class PortfolioCodec {

  static final List<String> SUMMARY = List.of("initiatives", "elements", "gapsBySeverity",
      "notRecordedFindings", "waivedFindings", "errors", "verdicts", "ruleGaps", "currentRungs",
      "targetRungs");
  static final List<String> TALLY = List.of("element", "met", "noGapFound", "gap", "notRecorded",
      "notApplicable", "notAssessed");
  static final List<String> PROGRESS = List.of("initiative", "earlier", "later", "closed",
      "opened", "persisting", "elementChanges", "ladderBefore", "ladderAfter");
  static final List<String> CHANGE = List.of("element", "before", "after");

  /** The keys of the rung counts: every rung, then recorded as absent, then not recorded. */
  private static final List<String> RUNG_KEYS = rungKeys();

  private PortfolioCodec() {}

  private static List<String> rungKeys() {
    List<String> keys = new ArrayList<>();
    for (LadderRung r : LadderRung.values()) {
      keys.add(r.name());
    }
    keys.add("ABSENT");
    keys.add("NOT_RECORDED");
    return List.copyOf(keys);
  }

  // --- Portfolio summaries ----------------------------------------------------------------------

  static PortfolioSummary summary(In in) {
    Obj o = in.object("a portfolio summary", Obj.plus(SUMMARY, "schemaVersion"));
    PortfolioSummary.Builder b = new PortfolioSummary.Builder()
        .initiatives(o.count("initiatives", "the number of initiatives"))
        .elements(o.list("elements", "a list of element tallies", PortfolioCodec::tally))
        .notRecordedFindings(o.count("notRecordedFindings", "the number of not recorded findings"))
        .waivedFindings(o.count("waivedFindings", "the number of waived findings"))
        .errors(o.count("errors", "the number of rule errors"))
        .ruleGaps(o.map("ruleGaps", "the number of initiatives with gaps, by rule id",
            v -> v.count("a number of initiatives")));
    enumCounts(o, "gapsBySeverity", Severity.class).forEach(b::putGapsBySeverity);
    enumCounts(o, "verdicts", Verdict.class).forEach(b::putVerdicts);
    b.currentRungs(rungCounts(o, "currentRungs"));
    b.targetRungs(rungCounts(o, "targetRungs"));
    return o.build(b::build);
  }

  private static <E extends Enum<E>> Map<E, Long> enumCounts(Obj o, String name, Class<E> type) {
    Map<E, Long> counts = new LinkedHashMap<>();
    o.get(name).ifPresent(v -> {
      if (!v.node.isObject()) {
        throw v.expected("counts by " + Kebab.allowed(type) + " (an object)");
      }
      v.node.propertyNames().forEach(key -> {
        In count = v.child(key, v.node.get(key));
        E constant = Kebab.parse(type, key).orElseThrow(() -> v.session.atName(count.pointer(),
            "unknown key " + Pointers.quote(key) + "; allowed: " + Kebab.allowed(type)));
        counts.put(constant, count.count("a count"));
      });
    });
    return counts;
  }

  private static Map<String, Long> rungCounts(Obj o, String name) {
    Map<String, Long> counts = new LinkedHashMap<>();
    o.get(name).ifPresent(v -> {
      if (!v.node.isObject()) {
        throw v.expected("counts by rung (an object)");
      }
      v.node.propertyNames().forEach(key -> {
        In count = v.child(key, v.node.get(key));
        String constant = RUNG_KEYS.stream().filter(k -> Kebab.of(k).equals(key)).findFirst()
            .orElseThrow(() -> v.session.atName(count.pointer(), "unknown key "
                + Pointers.quote(key) + "; allowed: " + String.join(", ",
                    RUNG_KEYS.stream().map(Kebab::of).toList())));
        counts.put(constant, count.count("a count"));
      });
    });
    return counts;
  }

  static ElementTally tally(In in) {
    Obj o = in.object("an element tally", TALLY);
    ElementTally.Builder b = new ElementTally.Builder()
        .element(o.text("element", "the id of the framework element"))
        .met(o.count("met", "a count"))
        .noGapFound(o.get("noGapFound").map(v -> v.count("a count")).orElse(0L))
        .gap(o.count("gap", "a count"))
        .notRecorded(o.count("notRecorded", "a count"))
        .notApplicable(o.count("notApplicable", "a count"))
        .notAssessed(o.count("notAssessed", "a count"));
    return o.build(b::build);
  }

  static ObjectNode write(PortfolioSummary s) {
    ObjectNode bySeverity = Out.NODES.objectNode();
    for (Severity severity : Severity.values()) {
      Long n = s.gapsBySeverity().get(severity);
      if (n != null) {
        bySeverity.put(Kebab.of(severity), n);
      }
    }
    ObjectNode verdicts = Out.NODES.objectNode();
    for (Verdict verdict : Verdict.values()) {
      Long n = s.verdicts().get(verdict);
      if (n != null) {
        verdicts.put(Kebab.of(verdict), n);
      }
    }
    ObjectNode ruleGaps = Out.NODES.objectNode();
    s.ruleGaps().forEach(ruleGaps::put);
    return new Out()
        .number("initiatives", s.initiatives())
        .list("elements", s.elements(), PortfolioCodec::write)
        .node("gapsBySeverity", bySeverity)
        .number("notRecordedFindings", s.notRecordedFindings())
        .number("waivedFindings", s.waivedFindings())
        .number("errors", s.errors())
        .node("verdicts", verdicts)
        .node("ruleGaps", ruleGaps)
        .node("currentRungs", rungs(s.currentRungs()))
        .node("targetRungs", rungs(s.targetRungs()))
        .node();
  }

  private static ObjectNode rungs(Map<String, Long> counts) {
    ObjectNode node = Out.NODES.objectNode();
    counts.forEach((k, v) -> node.put(Kebab.of(k), v));
    return node;
  }

  static ObjectNode write(ElementTally t) {
    return new Out().text("element", t.element()).number("met", t.met())
        .number("noGapFound", t.noGapFound()).number("gap", t.gap())
        .number("notRecorded", t.notRecorded()).number("notApplicable", t.notApplicable())
        .number("notAssessed", t.notAssessed()).node();
  }

  // --- Progress ---------------------------------------------------------------------------------

  static Progress progress(In in) {
    Obj o = in.object("progress between two assessments", Obj.plus(PROGRESS, "schemaVersion"));
    Progress.Builder b = new Progress.Builder()
        .initiative(o.text("initiative", "the id of the initiative"))
        .earlier(o.date("earlier", "the date of the earlier assessment"))
        .later(o.date("later", "the date of the later assessment"))
        .closed(o.list("closed", "a list of findings", AssessmentCodec::finding))
        .opened(o.list("opened", "a list of findings", AssessmentCodec::finding))
        .persisting(o.list("persisting", "a list of findings", AssessmentCodec::finding))
        .elementChanges(o.list("elementChanges", "a list of element changes",
            PortfolioCodec::change))
        .ladderBefore(InitiativeCodec.ladder(o.required("ladderBefore", "a ladder position")))
        .ladderAfter(InitiativeCodec.ladder(o.required("ladderAfter", "a ladder position")));
    return o.build(b::build);
  }

  static ElementChange change(In in) {
    Obj o = in.object("an element change", CHANGE);
    String element = o.text("element", "the id of the framework element");
    ElementStatus before = o.choice("before", ElementStatus.class, "the earlier status");
    ElementStatus after = o.choice("after", ElementStatus.class, "the later status");
    return o.build(() -> ImmutableElementChange.of(element, before, after));
  }

  static ObjectNode write(Progress p) {
    return new Out()
        .text("initiative", p.initiative())
        .text("earlier", p.earlier().toString())
        .text("later", p.later().toString())
        .list("closed", p.closed(), AssessmentCodec::write)
        .list("opened", p.opened(), AssessmentCodec::write)
        .list("persisting", p.persisting(), AssessmentCodec::write)
        .list("elementChanges", p.elementChanges(), PortfolioCodec::write)
        .node("ladderBefore", InitiativeCodec.write(p.ladderBefore()))
        .node("ladderAfter", InitiativeCodec.write(p.ladderAfter()))
        .node();
  }

  static ObjectNode write(ElementChange c) {
    return new Out().text("element", c.element()).choice("before", c.before())
        .choice("after", c.after()).node();
  }
}
