package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Statement;
import io.github.coproduction.core.initiative.StatementKind;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Partners' own words: a statement of exclusion or inequality by a partner is a gap. */
class StatementRulesTest {

  /** A working group of 14 recorded as one entry, with its role mix. */
  static final Participant WORKING_GROUP = new Participant.Builder().ref("WG")
      .role(Role.SERVICE_USER).livedExperience(Recorded.present(LivedExperience.SERVICE_USER))
      .members(14).putRoleMix(Role.SERVICE_USER, 10).putRoleMix(Role.CARER, 4).build();

  static final Participant MANAGER = new Participant.Builder().ref("M1")
      .role(Role.MIDDLE_MANAGER).build();

  static Statement said(String by, StatementKind kind) {
    return new Statement.Builder().by(by).date(LocalDate.parse("2026-05-01")).kind(kind)
        .quote("a sense of us and them").addElements("S3.3", "S3.1").build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        finds("a partner group says 'us and them'",
            () -> running().addParticipants(WORKING_GROUP)
                .addStatements(said("WG", StatementKind.INEQUALITY)).build(),
            gap("partners-report-exclusion", MAJOR, "Partner group WG (14 members) said they were"
                + " not treated as equals (statement 1, 2026-05-01, on S3.3, S3.1).")
                .at("/statements/0/kind", "inequality")
                .elements("S3.3", "S3.1").remedy("C4.1", "C6.1")),
        finds("a partner says they were left out, undated",
            () -> running().addParticipants(EventRulesTest.PEER_RESEARCHER)
                .addStatements(new Statement.Builder().by("PR1").kind(StatementKind.EXCLUSION)
                    .quote("we were told after it was decided").addElements("S2.7").build())
                .build(),
            gap("partners-report-exclusion", MAJOR, "Partner PR1 said they were excluded"
                + " (statement 1, on S2.7).")
                .at("/statements/0/kind", "exclusion")
                .elements("S2.7").remedy("C4.1", "C6.1")),
        passes("partners-report-exclusion", "a partner group's appreciation is not a gap",
            () -> running().addParticipants(WORKING_GROUP)
                .addStatements(said("WG", StatementKind.APPRECIATION)).build()),
        passes("partners-report-exclusion", "a manager's words are evidence, not a partner's",
            () -> running().addParticipants(WORKING_GROUP, MANAGER)
                .addStatements(said("M1", StatementKind.INEQUALITY)).build()),
        notApplicable("partners-report-exclusion", "no statements recorded",
            () -> running().addParticipants(WORKING_GROUP).build(),
            "No statements are recorded."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
