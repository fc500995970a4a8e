package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Statement;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What partners say: a lived-experience partner's statement that they were excluded or not
 * treated as equals is a gap, whatever the rest of the record declares. The quote itself never
 * enters a finding: findings name the statement by its place and its kind.
 */
final class StatementRules {

  private StatementRules() {}

  private static final Outcome NO_STATEMENTS =
      Outcome.notApplicable("No statements are recorded.").within(Set.of());

  static final Rule PARTNERS_REPORT_EXCLUSION = Rule.of(describe(
      "partners-report-exclusion",
      "Partners report exclusion or inequality",
      "A lived-experience partner says they were excluded or not treated as equals",
      Severity.MAJOR,
      List.of("S3.3", "S1.1", "S3.1"),
      "Co-production brings people together as equals; what partners themselves say about being"
          + " left out, or about 'us and them', is the evidence on equality, power and trust that"
          + " a record of arrangements cannot give.",
      "Hear the partners who said it, with them find what excluded them or made them unequal,"
          + " change it, and tell them what changed.",
      List.of("C4.1", "C6.1")),
      StatementRules::exclusion);

  private static Outcome exclusion(io.github.coproduction.rules.RuleInput input) {
    Initiative initiative = input.initiative();
    List<Statement> statements = initiative.statements();
    if (statements.isEmpty()) {
      return NO_STATEMENTS;
    }
    List<Observation> found = new ArrayList<>();
    for (int s = 0; s < statements.size(); s++) {
      Statement statement = statements.get(s);
      if (!statement.kind().isExclusionOrInequality()) {
        continue;
      }
      Participant by = initiative.participant(statement.by()).orElseThrow();
      if (by.partnership() != Fact.PRESENT) {
        continue;
      }
      String who = by.isGroup()
          ? "Partner group " + by.ref() + " (" + by.members().orElseThrow() + " members)"
          : "Partner " + by.ref();
      String said = statement.kind() == io.github.coproduction.core.initiative.StatementKind
          .EXCLUSION ? "they were excluded" : "they were not treated as equals";
      found.add(new Observation.Builder()
          .status(FindingStatus.GAP)
          .message(who + " said " + said + " (statement " + (s + 1)
              + statement.date().map(d -> ", " + d).orElse("") + ", on "
              + String.join(", ", statement.elements()) + ").")
          .addEvidence(Evidence.of("/statements/" + s + "/kind",
              Subjects.kebab(statement.kind())))
          .elements(statement.elements())
          .build());
    }
    // No statement of exclusion recorded is no evidence of equality.
    return found.isEmpty() ? Outcome.pass().within(Set.of()) : Outcome.of(found);
  }

  static List<Rule> all() {
    return List.of(PARTNERS_REPORT_EXCLUSION);
  }
}
