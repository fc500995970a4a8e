package io.github.coproduction.rules.standard;

import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.Severity;
import java.util.List;

/** A compact way to declare the standard rules' descriptors. */
final class Descriptors {

  private Descriptors() {}

  /**
   * A standard rule's descriptor with its texts (name, summary, rationale, remedy) from the
   * English bundle {@code rule-texts.properties}, keyed {@code <id>.name} and so on.
   */
  static RuleDescriptor describe(String id, Severity severity, List<String> elements,
      List<String> remedyActions) {
    return describe(id, text(id, "name"), text(id, "summary"),
        severity, elements, text(id, "rationale"), text(id, "remedy"),
        remedyActions);
  }

  private static String text(String id, String part) {
    return Messages.english().format(id + "." + part);
  }

  static RuleDescriptor describe(String id, String name, String summary, Severity severity,
      List<String> elements, String rationale, String remedy, List<String> remedyActions) {
    return new RuleDescriptor.Builder()
        .id(id)
        .name(name)
        .summary(summary)
        .severity(severity)
        .elements(elements)
        .rationale(rationale)
        .remedy(remedy)
        .remedyActions(remedyActions)
        .build();
  }
}
