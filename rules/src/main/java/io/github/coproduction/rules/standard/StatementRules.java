package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Statement;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Message;
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
 * enters a finding: findings name the statement by its place and its kind. The rule's texts are in
 * {@code rule-texts.properties}, its messages in {@code statement.properties}.
 */
final class StatementRules {

  private StatementRules() {}

  private static final Outcome NO_STATEMENTS =
      Outcome.notApplicable(Message.of("partners-report-exclusion.no-statements"))
          .within(Set.of());

  static final Rule PARTNERS_REPORT_EXCLUSION = Rule.of(
      describe("partners-report-exclusion", Severity.MAJOR, List.of("S3.3", "S1.1", "S3.1"),
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
      Message who = by.isGroup()
          ? Message.of("partners-report-exclusion.partner-group", by.ref(),
              by.members().orElseThrow())
          : Message.of("partners-report-exclusion.partner", by.ref());
      int number = s + 1;
      Message elements = Message.list(statement.elements());
      Message where = statement.date()
          .map(d -> Message.of("partners-report-exclusion.statement-dated", number,
              d.toString(), elements))
          .orElseGet(() -> Message.of("partners-report-exclusion.statement", number, elements));
      String said = statement.kind() == io.github.coproduction.core.initiative.StatementKind
          .EXCLUSION ? "partners-report-exclusion.excluded"
          : "partners-report-exclusion.not-equals";
      found.add(new Observation.Builder()
          .status(FindingStatus.GAP)
          .text(Message.of(said, who, where))
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
