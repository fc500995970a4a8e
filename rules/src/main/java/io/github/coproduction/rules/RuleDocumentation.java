package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rule documentation generated from the descriptors, so it is never written by hand twice: one
 * Markdown page for a whole rule set, or one page per rule.
 *
 * <pre>{@code
 * String page = RuleDocumentation.markdown(RuleSet.standard());
 * page.startsWith("# Rules: standard");   // true
 * }</pre>
 */
public final class RuleDocumentation {

  private RuleDocumentation() {}

  /**
   * One Markdown page for a rule set: a table of every rule, then a section per rule, then the
   * rules behind each condition and change of the framework.
   *
   * @param ruleSet the rule set
   * @return the page, with '\n' line ends
   */
  public static String markdown(RuleSet ruleSet) {
    requireNonNull(ruleSet, "ruleSet");
    StringBuilder out = new StringBuilder();
    out.append("# Rules: ").append(ruleSet.name()).append(' ').append(ruleSet.version())
        .append("\n\n");
    out.append("Generated from the rule descriptors; do not edit by hand. Framework: *")
        .append(Framework.standard().edition().title()).append("* (")
        .append(Framework.standard().edition().publisher()).append(").\n\n");
    out.append("| id | severity | summary | framework elements |\n");
    out.append("| --- | --- | --- | --- |\n");
    for (RuleDescriptor d : ruleSet.descriptors()) {
      out.append("| [`").append(d.id()).append("`](#").append(d.id()).append(") | ")
          .append(d.severity().label()).append(" | ").append(escape(d.summary())).append(" | ")
          .append(String.join(", ", d.elements())).append(" |\n");
    }
    out.append('\n');
    for (RuleDescriptor d : ruleSet.descriptors()) {
      out.append(section(d, "##"));
    }
    out.append("## Rules by framework element\n\n");
    out.append("| element | title | rules |\n| --- | --- | --- |\n");
    for (FrameworkElement e : Framework.standard().assessedElements()) {
      List<Rule> rules = ruleSet.rulesFor(e);
      out.append("| ").append(e.id()).append(" | ").append(escape(e.title())).append(" | ")
          .append(rules.stream().map(r -> "`" + r.descriptor().id() + "`")
              .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * The coverage matrix of a rule set, one Markdown page: for each of the framework's conditions
   * and changes, the aspects the rules check for it (each rule's summary) and by which rules, and
   * the framework content under it that no rule checks yet — an action or challenge is checked
   * when a rule names it among its elements or remedy actions. Rules that speak for most elements
   * (the checklist's own rules) are listed once, not under every element.
   *
   * <pre>{@code
   * String matrix = RuleDocumentation.coverage(RuleSet.standard());
   * matrix.startsWith("# Coverage: standard");   // true
   * }</pre>
   *
   * @param ruleSet the rule set
   * @return the page, with '\n' line ends
   */
  public static String coverage(RuleSet ruleSet) {
    requireNonNull(ruleSet, "ruleSet");
    Framework f = Framework.standard();
    List<FrameworkElement> assessed = f.assessedElements();
    List<RuleDescriptor> general = new java.util.ArrayList<>();
    List<RuleDescriptor> specific = new java.util.ArrayList<>();
    for (RuleDescriptor d : ruleSet.descriptors()) {
      (d.elements().size() * 2 > assessed.size() ? general : specific).add(d);
    }
    java.util.Set<String> named = new java.util.HashSet<>();
    for (RuleDescriptor d : specific) {
      named.addAll(d.elements());
      named.addAll(d.remedyActions());
    }
    StringBuilder out = new StringBuilder();
    out.append("# Coverage: ").append(ruleSet.name()).append(' ').append(ruleSet.version())
        .append("\n\n");
    out.append("Generated from the rule descriptors; do not edit by hand. For each condition and"
        + " change of *").append(f.edition().title()).append("*, the aspects the rules check and"
        + " by which rules, then the framework content no rule checks yet. An element is *met*"
        + " only when every aspect checked for it is evidenced.\n\n");
    if (!general.isEmpty()) {
      out.append("Checked for every element the checklist serves, when the initiative answers"
          + " its checklist: ").append(general.stream().map(d -> "`" + d.id() + "`")
          .collect(Collectors.joining(", "))).append(".\n\n");
    }
    out.append("| element | title | aspects checked | rules | not checked yet |\n");
    out.append("| --- | --- | --- | --- | --- |\n");
    int unchecked = 0;
    for (FrameworkElement e : assessed) {
      List<RuleDescriptor> rules = specific.stream().filter(d -> d.elements().contains(e.id()))
          .toList();
      List<String> missing = new java.util.ArrayList<>();
      if (e instanceof io.github.coproduction.core.framework.Change c) {
        for (Action a : c.actions()) {
          if (!named.contains(a.id())) {
            missing.add(a.id());
          }
          for (io.github.coproduction.core.framework.Challenge ch : a.challenges()) {
            if (!named.contains(ch.id())) {
              missing.add(ch.id());
            }
          }
        }
      }
      unchecked += missing.size();
      out.append("| ").append(e.id()).append(" | ").append(escape(e.title())).append(" | ")
          .append(rules.isEmpty() ? "none" : rules.size() + ": " + rules.stream()
              .map(d -> escape(d.summary())).collect(Collectors.joining("; ")))
          .append(" | ").append(rules.stream().map(d -> "`" + d.id() + "`")
              .collect(Collectors.joining(", ")))
          .append(" | ").append(missing.isEmpty() ? "\u2014" : String.join(", ", missing))
          .append(" |\n");
    }
    out.append("\n").append(unchecked).append(" actions and challenges of the framework are not"
        + " checked by any rule yet.\n");
    return out.toString();
  }

  /**
   * One Markdown page for one rule.
   *
   * @param descriptor the rule's descriptor
   * @return the page, with '\n' line ends
   */
  public static String markdown(RuleDescriptor descriptor) {
    return section(requireNonNull(descriptor, "descriptor"), "#");
  }

  private static String section(RuleDescriptor d, String heading) {
    StringBuilder out = new StringBuilder();
    out.append(heading).append(' ').append(d.id()).append("\n\n");
    out.append("**").append(escape(d.name())).append("** \u2014 ").append(escape(d.summary()))
        .append(".\n\n");
    out.append("- Severity: ").append(d.severity().label()).append('\n');
    out.append("- Framework elements: ");
    out.append(d.elementObjects().stream().map(e -> e.id() + " " + escape(e.title()))
        .collect(Collectors.joining("; ")));
    out.append("\n\n");
    out.append("Why it matters: ").append(escape(d.rationale())).append("\n\n");
    out.append("What to do: ").append(escape(d.remedy())).append("\n\n");
    out.append("Framework actions:\n\n");
    for (Action a : d.remedyActionElements()) {
      out.append("- ").append(a.id()).append(": ").append(escape(a.title())).append('\n');
    }
    out.append('\n');
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
