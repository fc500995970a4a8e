package io.github.coproduction.rules.report;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns the "not recorded" findings of an assessment into the facts that are missing, each said
 * once: one rule per participant, or several rules waiting on one field, become one entry that
 * names every rule and element that needs the fact, how many participants it is missing for, and
 * the most severe finding that waits on it.
 *
 * <p>A fact is identified by the JSON Pointer of an evidence item whose value is "not recorded",
 * with list positions replaced by {@code *}, so {@code /participants/0/payment} and
 * {@code /participants/3/payment} are one fact. A "not recorded" finding without such evidence
 * stands for a fact of its own, keyed by its rule.
 */
final class MissingFacts {

  /** The evidence value rules give a fact that is not recorded. */
  static final String NOT_RECORDED = "not recorded";

  private static final Pattern POSITION = Pattern.compile("/\\d+(?=/|$)");
  private static final Pattern PARTICIPANT = Pattern.compile("^/participants/\\d+(/|$)");

  private MissingFacts() {}

  private static final class Builder {
    final String key;
    final Set<String> pointers = new LinkedHashSet<>();
    final Set<String> rules = new LinkedHashSet<>();
    final Set<String> elements = new LinkedHashSet<>();
    final List<Finding> findings = new ArrayList<>();
    final int order;

    Builder(String key, int order) {
      this.key = key;
      this.order = order;
    }
  }

  /** The missing facts, those waited on by the most severe findings first, then by first use. */
  static List<ReportContent.MissingFact> of(Assessment assessment, UnaryOperator<String> text) {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    Map<Finding, Set<String>> keysOf = new LinkedHashMap<>();
    for (Finding f : assessment.findings()) {
      if (f.status() != FindingStatus.NOT_RECORDED || f.isWaived()) {
        continue;
      }
      List<Evidence> missing = f.evidence().stream()
          .filter(e -> e.value().equals(NOT_RECORDED)).toList();
      if (missing.isEmpty()) {
        missing = f.evidence();
      }
      Set<String> keys = new LinkedHashSet<>();
      if (missing.isEmpty()) {
        String key = "rule:" + f.rule();
        keys.add(key);
        byKey.computeIfAbsent(key, k -> new Builder(k, byKey.size())).rules.add(f.rule());
      }
      for (Evidence e : missing) {
        String key = POSITION.matcher(e.pointer()).replaceAll("/*");
        keys.add(key);
        byKey.computeIfAbsent(key, k -> new Builder(k, byKey.size())).pointers.add(e.pointer());
      }
      keysOf.put(f, keys);
      for (String key : keys) {
        Builder b = byKey.get(key);
        b.rules.add(f.rule());
        b.elements.addAll(f.elements());
        b.findings.add(f);
      }
    }
    List<ReportContent.MissingFact> out = new ArrayList<>();
    for (Builder b : byKey.values()) {
      Severity weight = b.findings.stream().map(Finding::severity)
          .max(Comparator.naturalOrder()).orElse(Severity.ADVISORY);
      int participants = (int) b.pointers.stream()
          .filter(p -> PARTICIPANT.matcher(p).find()).count();
      List<String> elements = b.elements.stream()
          .sorted(Comparator.comparingInt(ReportContent::order)).toList();
      out.add(new ReportContent.MissingFact(b.key, description(b, keysOf, participants, text),
          weight, List.copyOf(b.pointers), participants, List.copyOf(b.rules), elements));
    }
    List<Builder> order = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparing(ReportContent.MissingFact::weight).reversed()
        .thenComparing(m -> -m.rules().size())
        .thenComparingInt(m -> order.stream().filter(b -> b.key.equals(m.key())).findFirst()
            .map(b -> b.order).orElse(Integer.MAX_VALUE)));
    return List.copyOf(out);
  }

  /**
   * The fact in plain words: the message of the most severe finding that waits on this fact
   * alone; for a fact missing for several participants across several findings, or when no
   * finding waits on it alone, its name taken from the pointer, with how many participants.
   */
  private static String description(Builder b, Map<Finding, Set<String>> keysOf,
      int participants, UnaryOperator<String> text) {
    boolean several = participants > 1 && b.findings.size() > 1;
    if (!several) {
      for (Finding f : b.findings.stream()
          .sorted(Comparator.comparing(Finding::severity).reversed()).toList()) {
        if (keysOf.get(f).size() == 1) {
          String m = text.apply(f.message());
          return participants > 1 ? m + " (" + participants + " participants)" : m;
        }
      }
    }
    String name = name(b.key);
    if (participants > 0) {
      return ReportContent.capitalise(name) + " is not recorded for " + participants
          + (participants == 1 ? " participant." : " participants.");
    }
    return ReportContent.capitalise(name) + " is not recorded.";
  }

  /** "welfare benefits advice" from "/arrangements/welfareBenefitsAdvice". */
  static String name(String key) {
    if (key.startsWith("rule:")) {
      return key.substring("rule:".length()).replace('-', ' ');
    }
    String[] parts = key.split("/");
    String last = "";
    String parent = "";
    for (String p : parts) {
      if (!p.isEmpty() && !p.equals("*")) {
        parent = last;
        last = p;
      }
    }
    String words = last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    if (parent.equals("participants")) {
      return "each participant's " + words;
    }
    if (!parent.isEmpty() && !parent.equals("arrangements")) {
      String p = parent.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      return p + ": " + words;
    }
    return words.isEmpty() ? "the record" : words;
  }
}
