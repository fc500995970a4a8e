package io.github.coproduction.rules;

import io.github.coproduction.core.framework.Framework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the "not recorded" findings of an assessment into the facts that are missing, each said
 * once (see {@link MissingFact}): one rule per participant, or several rules waiting on one
 * field, become one entry that names every rule and element that needs the fact, how many
 * participants it is missing for, and the most severe finding that waits on it.
 *
 * <p>The aggregation knows no rule: it works from the findings' evidence alone. A missing
 * pointer is evidence whose value is "not recorded" (or ends in " not recorded", such as
 * "partners not recorded"); list positions are replaced by {@code *}; a pointer below another
 * missing pointer counts as that one.
 */
final class MissingFacts {

  private static final Pattern POSITION = Pattern.compile("/\\d+(?=/|$)");
  private static final Pattern PARTICIPANT = Pattern.compile("^/participants/\\d+(/|$)");
  private static final Framework FRAMEWORK = Framework.standard();

  private MissingFacts() {}

  private static final class Builder {
    final String key;
    final int order;
    final Set<String> pointers = new LinkedHashSet<>();
    final Set<String> rules = new LinkedHashSet<>();
    final Set<String> elements = new LinkedHashSet<>();
    final List<Finding> findings = new ArrayList<>();

    Builder(String key, int order) {
      this.key = key;
      this.order = order;
    }
  }

  /** Whether an evidence value says the fact is not recorded. */
  static boolean missing(Evidence e) {
    return e.value().equals("not recorded") || e.value().endsWith(" not recorded");
  }

  /**
   * The missing facts of a list of findings (in assessment order): those waited on by the most
   * severe findings first, then those more rules wait on, then by first use.
   */
  static List<MissingFact> of(List<Finding> findings) {
    List<Finding> waiting = findings.stream()
        .filter(f -> f.status() == FindingStatus.NOT_RECORDED && !f.isWaived()).toList();
    Set<String> allMissing = new LinkedHashSet<>();
    for (Finding f : waiting) {
      f.evidence().stream().filter(MissingFacts::missing).map(Evidence::pointer)
          .forEach(allMissing::add);
    }
    Map<String, Builder> byKey = new LinkedHashMap<>();
    Map<Finding, Set<String>> keysOf = new LinkedHashMap<>();
    for (Finding f : waiting) {
      Set<String> pointers = new LinkedHashSet<>();
      f.evidence().stream().filter(MissingFacts::missing)
          .map(e -> outermost(e.pointer(), allMissing)).forEach(pointers::add);
      Set<String> keys = new LinkedHashSet<>();
      if (pointers.isEmpty()) {
        String key = "rule:" + f.rule();
        keys.add(key);
        byKey.computeIfAbsent(key, k -> new Builder(k, byKey.size()));
      }
      for (String p : pointers) {
        String key = POSITION.matcher(p).replaceAll("/*");
        keys.add(key);
        byKey.computeIfAbsent(key, k -> new Builder(k, byKey.size())).pointers.add(p);
      }
      keysOf.put(f, keys);
      for (String key : keys) {
        Builder b = byKey.get(key);
        b.rules.add(f.rule());
        b.elements.addAll(f.elements());
        b.findings.add(f);
      }
    }
    List<Builder> builders = new ArrayList<>(byKey.values());
    List<MissingFact> out = new ArrayList<>();
    for (Builder b : builders) {
      Severity severity = b.findings.stream().map(Finding::severity)
          .max(Comparator.naturalOrder()).orElse(Severity.ADVISORY);
      int participants = (int) b.pointers.stream()
          .filter(p -> PARTICIPANT.matcher(p).find()).map(MissingFacts::participantOf)
          .distinct().count();
      out.add(new MissingFact.Builder()
          .fact(b.key)
          .description(description(b, keysOf, participants))
          .severity(severity)
          .pointers(b.pointers)
          .participants(participants)
          .rules(b.rules)
          .elements(b.elements.stream().sorted(Comparator.comparingInt(MissingFacts::order))
              .toList())
          .build());
    }
    Map<String, Integer> firstUse = new LinkedHashMap<>();
    builders.forEach(b -> firstUse.put(b.key, b.order));
    out.sort(Comparator.comparing(MissingFact::severity).reversed()
        .thenComparing(m -> -m.rules().size())
        .thenComparingInt(m -> firstUse.get(m.fact())));
    return List.copyOf(out);
  }

  /** The pointer itself, or the shortest missing pointer it lies below. */
  private static String outermost(String pointer, Set<String> allMissing) {
    String best = pointer;
    for (String other : allMissing) {
      if (other.length() < best.length() && pointer.startsWith(other + "/")) {
        best = other;
      }
    }
    return best;
  }

  /** "/participants/3" of "/participants/3/payment/method". */
  private static String participantOf(String pointer) {
    int second = pointer.indexOf('/', "/participants/".length());
    return second < 0 ? pointer : pointer.substring(0, second);
  }

  private static int order(String id) {
    return FRAMEWORK.find(id).map(e -> FRAMEWORK.elements().indexOf(e))
        .orElse(Integer.MAX_VALUE);
  }

  /**
   * The fact in plain words: the message of the most severe finding that waits on this fact
   * alone; for a fact missing for several participants across several findings, or when no
   * finding waits on it alone, its name taken from the pointer, with how many participants.
   */
  private static String description(Builder b, Map<Finding, Set<String>> keysOf,
      int participants) {
    boolean several = participants > 1 && b.findings.size() > 1;
    if (!several) {
      for (Finding f : b.findings.stream()
          .sorted(Comparator.comparing(Finding::severity).reversed()).toList()) {
        if (keysOf.get(f).size() == 1) {
          return f.message();
        }
      }
    }
    return fromPointer(b.key, participants, Messages.english());
  }

  /**
   * A fact's description made from its name, in a locale: "Each participant's payment is not
   * recorded for 3 participants." The words of the name come from the pointer and stay as they
   * are; the sentence around them is the locale's.
   */
  static String fromPointer(String fact, int participants, Messages messages) {
    String name = name(fact, messages);
    String sentence = participants > 0
        ? messages.format("report.missing-fact.participants", name, participants)
        : messages.format("report.missing-fact.not-recorded", name);
    return capitalise(sentence, messages.locale());
  }

  private static String capitalise(String s, Locale locale) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.offsetByCodePoints(0, 1);
    return s.substring(0, first).toUpperCase(locale) + s.substring(first);
  }

  /** "welfare benefits advice" from "/arrangements/welfareBenefitsAdvice". */
  static String name(String key) {
    return name(key, Messages.english());
  }

  /** A fact's name in words, the words around the pointer's in a locale. */
  static String name(String key, Messages messages) {
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
    String words = words(last);
    if (parent.equals("participants")) {
      return messages.format("report.missing-fact.each-participant", words);
    }
    if (!parent.isEmpty() && !parent.equals("arrangements")) {
      return words(parent) + ": " + words;
    }
    return words.isEmpty() ? messages.format("report.missing-fact.record") : words;
  }

  private static String words(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
