package io.github.coproduction.rules.standard;

import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.Severity;
import java.util.List;

/** A compact way to declare the standard rules' descriptors. */
final class Descriptors {

  private Descriptors() {}

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
