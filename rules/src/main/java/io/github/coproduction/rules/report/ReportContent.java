package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.framework.Condition;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.Step;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Summary;
import io.github.coproduction.rules.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every report format shows of an assessment, worked out once: elements grouped by step,
 * findings grouped by step then changes, the actions referred to, rule counts. Formats differ
 * only in how they print it. Every text that may name a participant goes through
 * {@link #text(String)}, which redacts when asked.
 */
final class ReportContent {

  /** The key of the group that holds the six changes, after the three steps. */
  static final String CHANGES = "changes";

  /** One heading of the element list or the findings: a step, or the changes. */
  record Group(String key, String label, Optional<String> title) {
    /** The heading on one line: "Step 1. Understanding ..." or "Changes required". */
    String heading() {
      return title.map(t -> label + ". " + t).orElse(label);
    }
  }

  /**
   * A condition or change with its status; its catalogue title, and, for "no gap found", how many
   * of the aspects looked for the record evidences (see {@link DetailText#title}).
   */
  record Element(String id, String title, ElementStatus status, List<String> rules,
      int evidenced, int aspects) {}

  /** The less important missing facts of one group, by the first element that needs each. */
  record MissingGroup(Group group, List<MissingFact> facts) {}

  /** The findings of one group, in assessment order. */
  record FindingGroup(Group group, List<Finding> findings) {}

  /**
   * The parts of an assessment report, in the order every human-readable format prints them. The
   * sequence is decided once, here, by {@link #parts()}; a format decides only how each part
   * looks, and may print nothing for a part it has no use for.
   */
  enum Part {
    /** Title, initiative, stage, date, profile; framework and rule set at the detail level. */
    HEADER,
    /** The verdict, what it means, and the counts. */
    SUMMARY,
    /** The open gaps to act on first. */
    ATTENTION,
    /** Every open gap, grouped by step, in plain words with what to do. */
    GAPS,
    /** Each fact not recorded, once. */
    MISSING,
    /** The conditions and changes at a glance. */
    FRAMEWORK,
    /** The engagement ladder. */
    LADDER,
    /** Waived findings and waiver notices. */
    WAIVERS,
    /** Every finding with rule ids, element codes and evidence pointers (detail level). */
    FINDINGS,
    /** What the rules did; at the default level only the rules that failed, if any. */
    RULES,
    /** Where the report comes from. */
    FOOTER
  }

  private static final Framework FRAMEWORK = Framework.standard();

  final Assessment assessment;
  final ReportOptions options;
  /** The report's own words, in the options' locale. */
  final Messages messages;
  final Map<Group, List<Element>> elements;
  final List<FindingGroup> findingGroups;
  final int findingsShown;
  final int findingsLeftOut;
  final Map<RuleStatus, Integer> ruleCounts;
  final List<RuleResult> errors;
  final Map<String, String> actionsReferred;
  final Map<ElementStatus, Integer> elementCounts;
  /** The open gaps to act on first, most severe first. */
  final List<Finding> attention;
  /** The open (unwaived) gaps, grouped by step. */
  final List<FindingGroup> gapGroups;
  /** How many open gaps there are in all, shown or not. */
  final int gapsTotal;
  /** Each fact not recorded, the ones that matter most first. */
  final List<MissingFact> missing;
  /** The shown missing facts that could hide a critical or major gap. */
  final List<MissingFact> missingMost;
  /** The other shown missing facts, grouped by the step of the first element that needs each. */
  final List<MissingGroup> missingOther;
  /** How many facts are not recorded in all, shown or not. */
  final int missingTotal;
  /** The waived findings, in assessment order. */
  final List<Finding> waived;

  ReportContent(Assessment assessment, ReportOptions options) {
    this.assessment = requireNonNull(assessment, "assessment");
    this.options = requireNonNull(options, "options");
    options.checkUsable();
    this.messages = Messages.forLocale(options.locale());
    this.elements = elementsByGroup(assessment, messages);
    List<Finding> shown = assessment.findings();
    if (options.findingLimit().isPresent()
        && options.findingLimit().getAsInt() < shown.size()) {
      shown = shown.subList(0, options.findingLimit().getAsInt());
    }
    this.findingsShown = shown.size();
    this.findingsLeftOut = assessment.findings().size() - shown.size();
    this.findingGroups = group(shown, messages);
    this.ruleCounts = new EnumMap<>(RuleStatus.class);
    for (RuleStatus s : RuleStatus.values()) {
      ruleCounts.put(s, 0);
    }
    assessment.rules().forEach(r -> ruleCounts.merge(r.status(), 1, Integer::sum));
    this.errors = assessment.rules().stream().filter(r -> r.status() == RuleStatus.ERROR)
        .collect(ImmutableList.toImmutableList());
    this.actionsReferred = new LinkedHashMap<>();
    findingGroups.stream().flatMap(g -> g.findings().stream())
        .flatMap(f -> f.remedyActions().stream())
        .distinct()
        .sorted((a, b) -> Integer.compare(order(a), order(b)))
        .forEach(a -> actionsReferred.put(a, title(a)));
    this.elementCounts = new EnumMap<>(ElementStatus.class);
    for (ElementStatus s : ElementStatus.values()) {
      elementCounts.put(s, 0);
    }
    assessment.elements().forEach(e -> elementCounts.merge(e.status(), 1, Integer::sum));
    int limit = options.findingLimit().orElse(Integer.MAX_VALUE);
    List<Finding> gaps = assessment.findings().stream()
        .filter(f -> f.isOpenGap()).collect(ImmutableList.toImmutableList());
    this.gapsTotal = gaps.size();
    this.gapGroups = group(gaps.subList(0, Math.min(limit, gaps.size())), messages);
    this.attention = attention(gaps);
    List<MissingFact> facts = assessment.missingFacts();
    this.missingTotal = facts.size();
    this.missing = facts.subList(0, Math.min(limit, facts.size()));
    this.missingMost = missing.stream().filter(MissingFact::mattersMost).toList();
    this.missingOther = missingGroups(missing.stream().filter(m -> !m.mattersMost()).toList(),
        messages);
    this.waived = assessment.findings().stream().filter(Finding::isWaived)
        .collect(ImmutableList.toImmutableList());
  }

  /** How many open gaps the summary lists as needing attention first. */
  static final int FIRST = 5;

  /**
   * The open gaps at or above major, most severe first, at most {@link #FIRST}; when there are
   * none, the three most severe open gaps.
   */
  private static List<Finding> attention(List<Finding> gaps) {
    List<Finding> sorted = gaps.stream()
        .sorted(java.util.Comparator.comparing(Finding::severity).reversed()).toList();
    List<Finding> serious = sorted.stream().filter(f -> f.severity().isAtLeast(Severity.MAJOR))
        .limit(FIRST).toList();
    return serious.isEmpty() ? sorted.stream().limit(3).toList() : serious;
  }

  /** The parts this report prints, in order: the one place the section sequence is decided. */
  List<Part> parts() {
    List<Part> out = new ArrayList<>(List.of(Part.HEADER, Part.SUMMARY, Part.ATTENTION,
        Part.GAPS, Part.MISSING, Part.FRAMEWORK, Part.LADDER, Part.WAIVERS));
    if (options.detail()) {
      out.add(Part.FINDINGS);
    }
    out.add(Part.RULES);
    out.add(Part.FOOTER);
    return out;
  }

  /** Whether rule ids, element codes and pointers are shown. */
  boolean detail() {
    return options.detail();
  }

  /**
   * A text of the report in its locale: the pattern of a {@code report.*} key (or of a shared
   * key such as {@code severity.MAJOR}) with its arguments.
   */
  String msg(String key, Object... arguments) {
    return messages.format(key, arguments);
  }

  /** A severity in words, in the report's locale: "critical". */
  String severity(Severity s) {
    return msg("severity." + s.name());
  }

  /** A severity in capitals, for the plain-text report: "CRITICAL". */
  String severityUpper(Severity s) {
    return severity(s).toUpperCase(options.locale());
  }

  /** The widest severity in capitals, so that a column of them lines up in any language. */
  int severityWidth() {
    int w = 0;
    for (Severity s : Severity.values()) {
      w = Math.max(w, severityUpper(s).length());
    }
    return w;
  }

  /** A verdict in words, in the report's locale: "gaps found". */
  String verdict(Verdict v) {
    return msg("verdict." + v.name());
  }

  /** An element status in words, in the report's locale: "not recorded". */
  String status(ElementStatus s) {
    return msg("element-status." + s.name());
  }

  /** What a verdict means, in one sentence. */
  String verdictNote(Verdict v) {
    return msg("report.verdict-note." + v.name());
  }

  /**
   * The framework elements a fact or finding bears on, as titles in plain words: the conditions
   * only, whose titles are short, unless it bears on no condition.
   */
  static String elementTitles(List<String> ids) {
    List<String> conditions = ids.stream()
        .filter(id -> FRAMEWORK.find(id).filter(e -> e instanceof Condition).isPresent())
        .toList();
    return (conditions.isEmpty() ? ids : conditions).stream().map(ReportContent::title)
        .distinct().collect(java.util.stream.Collectors.joining("; "));
  }

  /**
   * A missing fact's description, in the report's locale when it was made from the fact's
   * pointer (a finding's message stays in the assessor's locale), redacted when the options ask
   * for it.
   */
  String describe(MissingFact m) {
    return text(m.description(options.locale()));
  }

  /** "Needed to judge: ..." after a missing fact, naming the conditions it keeps from being judged. */
  String neededToJudge(MissingFact m) {
    return msg("report.missing.needed", elementTitles(m.elements()));
  }

  /**
   * A missing fact in a few words, for the list of less important ones: "whether the initiative
   * refunds expenses" from "Whether the initiative refunds expenses is not recorded."; a
   * description of another shape is kept whole, in lower case and without its full stop. The
   * endings looked for are English because they are the standard rules' English messages; a
   * message in another language is kept whole.
   */
  String shortFact(MissingFact m) {
    String d = describe(m);
    for (String suffix : List.of(" is not recorded.", " are not recorded.")) {
      if (d.endsWith(suffix) && d.length() > suffix.length() + 1) {
        String s = d.substring(0, d.length() - suffix.length());
        return Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
            ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
      }
    }
    String s = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    return s.length() > 1 && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1)) ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
        : s;
  }

  private static List<MissingGroup> missingGroups(List<MissingFact> facts, Messages messages) {
    Map<String, List<MissingFact>> byKey = new LinkedHashMap<>();
    for (MissingFact m : facts) {
      Optional<FrameworkElement> first = m.elements().isEmpty() ? Optional.empty()
          : FRAMEWORK.find(m.elements().get(0));
      byKey.computeIfAbsent(first.map(ReportContent::groupKey).orElse("other"),
          k -> new ArrayList<>()).add(m);
    }
    List<MissingGroup> out = new ArrayList<>();
    for (Group g : groups(messages)) {
      List<MissingFact> list = byKey.get(g.key());
      if (list != null) {
        out.add(new MissingGroup(g, List.copyOf(list)));
      }
    }
    List<MissingFact> other = byKey.get("other");
    if (other != null) {
      out.add(new MissingGroup(new Group("other", messages.format("report.group.other"),
          Optional.empty()),
          List.copyOf(other)));
    }
    return out;
  }

  /** The number of open gaps of a severity. */
  static int gaps(Summary s, Severity sev) {
    return switch (sev) {
      case CRITICAL -> s.critical();
      case MAJOR -> s.major();
      case MINOR -> s.minor();
      case ADVISORY -> s.advisory();
    };
  }

  /** The severities, most severe first. */
  static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.MAJOR,
      Severity.MINOR, Severity.ADVISORY);

  /** The verdict with its counts, in one sentence of clauses joined by semicolons. */
  String verdictSentence() {
    Summary s = assessment.summary();
    List<String> clauses = new ArrayList<>();
    if (s.gaps() > 0) {
      List<String> parts = new ArrayList<>();
      for (Severity sev : SEVERITIES) {
        if (gaps(s, sev) > 0) {
          parts.add(msg("report.count.severity", gaps(s, sev), severity(sev)));
        }
      }
      clauses.add(msg("report.summary.open-gaps-by-severity", s.gaps(), Message.list(parts)));
    } else {
      clauses.add(msg("report.summary.open-gaps", s.gaps()));
    }
    clauses.add(msg("report.summary.facts-not-recorded", missingTotal));
    if (s.waived() > 0) {
      clauses.add(msg("report.summary.findings-waived", s.waived()));
    }
    if (s.errors() > 0) {
      clauses.add(msg("report.summary.rules-failed", s.errors()));
    }
    return String.join("; ", clauses) + ".";
  }

  /** A text with its first letter in upper case, as the report's locale writes it. */
  String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.offsetByCodePoints(0, 1);
    return s.substring(0, first).toUpperCase(options.locale()) + s.substring(first);
  }

  /** A text from the assessment, redacted when the options ask for it. */
  String text(String raw) {
    return options.redact(raw);
  }

  /** The groups in framework order: the three steps, then the changes, named in a locale. */
  static List<Group> groups(Messages messages) {
    List<Group> out = new ArrayList<>();
    for (Step s : FRAMEWORK.steps()) {
      out.add(new Group(s.id(), messages.format("report.group.step", s.number()),
          Optional.of(s.title())));
    }
    out.add(new Group(CHANGES, messages.format("report.group.changes"), Optional.empty()));
    return out;
  }

  /** The group a framework element belongs to. */
  static String groupKey(FrameworkElement e) {
    if (e instanceof Step s) {
      return s.id();
    }
    if (e instanceof Condition c) {
      return c.step().id();
    }
    return CHANGES;
  }

  /** The catalogue title of an element id, or a placeholder for an id the catalogue lacks. */
  static String title(String id) {
    return FRAMEWORK.find(id).map(FrameworkElement::title).orElse("(not in the catalogue)");
  }

  /** The position of an element id in framework order; unknown ids last. */
  static int order(String id) {
    return FRAMEWORK.find(id).map(e -> FRAMEWORK.elements().indexOf(e))
        .orElse(Integer.MAX_VALUE);
  }

  private static Map<Group, List<Element>> elementsByGroup(Assessment a, Messages messages) {
    Map<String, ElementAssessment> byId = new LinkedHashMap<>();
    a.elements().forEach(e -> byId.put(e.element(), e));
    Map<Group, List<Element>> out = new LinkedHashMap<>();
    for (Group g : groups(messages)) {
      List<Element> list = new ArrayList<>();
      List<? extends FrameworkElement> members = g.key().equals(CHANGES)
          ? FRAMEWORK.changes() : Step.valueOf(g.key()).conditions();
      for (FrameworkElement m : members) {
        ElementAssessment e = byId.get(m.id());
        list.add(new Element(m.id(), m.title(),
            e == null ? ElementStatus.NOT_ASSESSED : e.status(),
            e == null ? List.of() : e.rules(),
            e == null ? 0 : e.evidenced(), e == null ? 0 : e.aspects()));
      }
      out.put(g, list);
    }
    return out;
  }

  /**
   * Groups findings under the step, or the changes, of their first element (the rule's primary
   * element); an action or a challenge counts under the changes. Findings keep assessment order
   * (most severe first) within each group; empty groups are left out.
   */
  private static List<FindingGroup> group(List<Finding> findings, Messages messages) {
    Map<String, List<Finding>> byKey = new LinkedHashMap<>();
    List<Finding> other = new ArrayList<>();
    for (Finding f : findings) {
      Optional<FrameworkElement> first = f.elements().isEmpty() ? Optional.empty()
          : FRAMEWORK.find(f.elements().get(0));
      if (first.isPresent()) {
        byKey.computeIfAbsent(groupKey(first.get()), k -> new ArrayList<>()).add(f);
      } else {
        other.add(f);
      }
    }
    List<FindingGroup> out = new ArrayList<>();
    for (Group g : groups(messages)) {
      List<Finding> list = byKey.get(g.key());
      if (list != null) {
        out.add(new FindingGroup(g, List.copyOf(list)));
      }
    }
    if (!other.isEmpty()) {
      out.add(new FindingGroup(new Group("other", messages.format("report.group.other-findings"),
          Optional.empty()),
          List.copyOf(other)));
    }
    return out;
  }

  /** The stage in words, such as "running". */
  String stage() {
    return msg("report.stage." + assessment.stage().name());
  }

  /** "standard 1.0". */
  String ruleSet() {
    return assessment.ruleSet() + " " + assessment.ruleSetVersion();
  }

  /** The framework's title with the catalogue version used. */
  String catalogue() {
    return msg("report.header.catalogue", FRAMEWORK.edition().title(),
        FRAMEWORK.edition().publisher(), assessment.catalogueVersion());
  }

  /** "2 critical, 3 major, 4 minor, 1 advisory". */
  String gapCounts() {
    var s = assessment.summary();
    List<String> parts = new ArrayList<>();
    for (Severity sev : SEVERITIES) {
      parts.add(msg("report.count.severity", gaps(s, sev), severity(sev)));
    }
    return messages.format(Message.list(parts));
  }

  /** One line on the element statuses. */
  String elementLine() {
    List<String> parts = new ArrayList<>();
    for (ElementStatus s : ElementStatus.values()) {
      parts.add(msg("report.count.element-status", elementCounts.get(s), status(s)));
    }
    return messages.format(Message.list(parts));
  }

  /**
   * What the assessment could not judge, said beside the verdict: the rules the profile disabled
   * and the conditions and changes nothing judged. Empty when everything ran and was judged.
   */
  Optional<String> judgementNote() {
    io.github.coproduction.rules.Summary s = assessment.summary();
    List<String> parts = new ArrayList<>();
    if (s.disabled() > 0) {
      parts.add(msg("report.summary.disabled", s.disabled(), text(assessment.profile())));
    }
    if (!s.notAssessed().isEmpty()) {
      parts.add(msg("report.summary.not-assessed", Message.list(s.notAssessed().stream()
          .map(e -> detail() ? e : title(e)).toList())));
      parts.add(msg("report.summary.not-assessed-why"));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  /** The symbol that stands for a status beside its colour, in every format. */
  static String symbol(ElementStatus s) {
    return switch (s) {
      case MET -> "+";
      case NO_GAP_FOUND -> "o";
      case GAP -> "!";
      case NOT_RECORDED -> "?";
      case NOT_APPLICABLE -> "-";
      case NOT_ASSESSED -> "x";
    };
  }
}
