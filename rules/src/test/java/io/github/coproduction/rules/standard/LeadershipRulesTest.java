package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.ADVISORY;
import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.finished;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Leadership and culture: senior support, honesty about limits, trust, impact. */
class LeadershipRulesTest {

  static Stream<Example> examples() {
    return Stream.of(
        // no-senior-sponsor ------------------------------------------------------------------
        finds("no senior sponsor",
            () -> running().arrangements(new Arrangements.Builder()
                .seniorSponsor(Provision.absent()).build()).build(),
            gap("no-senior-sponsor", MAJOR, "The initiative has no senior sponsor.")
                .at("/arrangements/seniorSponsor", "absent")
                .elements("S1.3", "C2").remedy("C2.1", "C2.2")),
        finds("senior sponsor not recorded",
            () -> running().build(),
            notRecorded("no-senior-sponsor", MAJOR,
                "Whether the initiative has a senior sponsor is not recorded.")
                .at("/arrangements/seniorSponsor", "not recorded")
                .elements("S1.3", "C2").remedy("C2.1", "C2.2")),
        passes("no-senior-sponsor", "a senior sponsor, with a note",
            () -> running().arrangements(new Arrangements.Builder()
                .seniorSponsor(Provision.present("Director of commissioning")).build()).build()),

        // limits-not-stated ------------------------------------------------------------------
        finds("what is not open to co-production never stated",
            () -> running().power(new Power.Builder()
                .notOpenToCoproduction(Recorded.absent()).build()).build(),
            gap("limits-not-stated", MINOR,
                "The initiative never stated what is not open to co-production.")
                .at("/power/notOpenToCoproduction", "absent")
                .elements("S2.4", "S3.1", "C2").remedy("C2.3")),
        finds("whether the limits were stated not recorded",
            () -> running().build(),
            notRecorded("limits-not-stated", MINOR,
                "Whether the initiative stated what is not open to co-production is not"
                    + " recorded.")
                .at("/power/notOpenToCoproduction", "not recorded")
                .elements("S2.4", "S3.1", "C2").remedy("C2.3")),
        passes("limits-not-stated", "the limits stated",
            () -> running().power(new Power.Builder().notOpenToCoproduction(
                Recorded.present(List.of("The contract length"))).build()).build()),
        passes("limits-not-stated", "stated that everything is open",
            () -> running().power(new Power.Builder().notOpenToCoproduction(
                Recorded.present(List.of())).build()).build()),

        // no-time-for-trust ------------------------------------------------------------------
        finds("no time set aside for trust",
            () -> running().arrangements(new Arrangements.Builder()
                .timeForTrust(Provision.absent()).build()).build(),
            gap("no-time-for-trust", MINOR,
                "The initiative set aside no time at the outset to build trust.")
                .at("/arrangements/timeForTrust", "absent")
                .elements("S2.1", "S3.1", "C2").remedy("C2.5")),
        finds("time for trust not recorded",
            () -> running().build(),
            notRecorded("no-time-for-trust", MINOR,
                "Whether the initiative set aside time to build trust is not recorded.")
                .at("/arrangements/timeForTrust", "not recorded")
                .elements("S2.1", "S3.1", "C2").remedy("C2.5")),
        passes("no-time-for-trust", "time set aside for trust",
            () -> running().arrangements(new Arrangements.Builder()
                .timeForTrust(Provision.present()).build()).build()),

        // no-impact-evidence -----------------------------------------------------------------
        finds("a finished initiative that gathered no evidence of impact",
            () -> finished().arrangements(new Arrangements.Builder()
                .impactEvidence(Provision.absent()).build()).build(),
            gap("no-impact-evidence", ADVISORY,
                "The finished initiative gathered no evidence of the impact of co-production.")
                .at("/arrangements/impactEvidence", "absent")
                .elements("C2").remedy("C2.4")),
        finds("a finished initiative, evidence of impact not recorded",
            () -> finished().build(),
            notRecorded("no-impact-evidence", ADVISORY,
                "Whether evidence of impact was gathered is not recorded.")
                .at("/arrangements/impactEvidence", "not recorded")
                .elements("C2").remedy("C2.4")),
        passes("no-impact-evidence", "a finished initiative with evidence of impact",
            () -> finished().arrangements(new Arrangements.Builder()
                .impactEvidence(Provision.present()).build()).build()),
        notApplicable("no-impact-evidence", "a running initiative with no evidence yet",
            () -> running().arrangements(new Arrangements.Builder()
                .impactEvidence(Provision.absent()).build()).build(),
            "The activity has not finished."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
