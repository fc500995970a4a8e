package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.planning;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Coming together: purpose, shared understanding, ground rules, facilitation, systems, papers. */
class ProcessRulesTest {

  static Stream<Example> examples() {
    return Stream.of(
        // no-clear-purpose -------------------------------------------------------------------
        finds("recorded as having no agreed purpose",
            () -> planning().purpose(Recorded.absent()).build(),
            gap("no-clear-purpose", MINOR, "The initiative is recorded as having no agreed purpose.")
                .at("/purpose", "absent")
                .elements("S2.1").remedy("C5.1")),
        finds("purpose not recorded",
            () -> planning().build(),
            notRecorded("no-clear-purpose", MINOR, "The initiative's purpose is not recorded.")
                .at("/purpose", "not recorded")
                .elements("S2.1").remedy("C5.1")),
        passes("no-clear-purpose", "a purpose",
            () -> planning().purpose(Recorded.present("Redesign the crisis pathway")).build()),

        // no-shared-understanding ------------------------------------------------------------
        finds("people never came together for a shared understanding",
            () -> running().arrangements(new Arrangements.Builder()
                .sharedUnderstanding(Provision.absent()).build()).build(),
            gap("no-shared-understanding", MINOR,
                "The initiative did not bring people together to develop a shared"
                    + " understanding.")
                .at("/arrangements/sharedUnderstanding", "absent")
                .elements("S2.2", "C5").remedy("C5.1")),
        finds("shared understanding not recorded",
            () -> running().build(),
            notRecorded("no-shared-understanding", MINOR,
                "Whether people came together to develop a shared understanding is not"
                    + " recorded.")
                .at("/arrangements/sharedUnderstanding", "not recorded")
                .elements("S2.2", "C5").remedy("C5.1")),
        passes("no-shared-understanding", "a shared understanding developed",
            () -> running().arrangements(new Arrangements.Builder()
                .sharedUnderstanding(Provision.present()).build()).build()),

        // no-ground-rules --------------------------------------------------------------------
        finds("no ground rules",
            () -> running().arrangements(new Arrangements.Builder()
                .groundRules(Provision.absent()).build()).build(),
            gap("no-ground-rules", MINOR, "The initiative has no ground rules for group working.")
                .at("/arrangements/groundRules", "absent")
                .elements("S2.3").remedy("C5.1")),
        finds("ground rules not recorded",
            () -> running().build(),
            notRecorded("no-ground-rules", MINOR,
                "Whether the initiative has ground rules for group working is not recorded.")
                .at("/arrangements/groundRules", "not recorded")
                .elements("S2.3").remedy("C5.1")),
        passes("no-ground-rules", "ground rules agreed",
            () -> running().arrangements(new Arrangements.Builder()
                .groundRules(Provision.present("Agreed at the first meeting")).build()).build()),

        // no-facilitation --------------------------------------------------------------------
        finds("no facilitation, with a note saying why (the note stays out of the finding)",
            () -> running().arrangements(new Arrangements.Builder()
                .facilitation(Provision.absent("Broker contract lapsed in March")).build())
                .build(),
            gap("no-facilitation", MINOR, "The initiative has no facilitation or brokering.")
                .at("/arrangements/facilitation", "absent")
                .elements("S2.5", "C5").remedy("C5.3")),
        finds("facilitation not recorded",
            () -> running().build(),
            notRecorded("no-facilitation", MINOR,
                "Whether the initiative has facilitation or brokering is not recorded.")
                .at("/arrangements/facilitation", "not recorded")
                .elements("S2.5", "C5").remedy("C5.3")),
        passes("no-facilitation", "an independent facilitator",
            () -> running().arrangements(new Arrangements.Builder()
                .facilitation(Provision.present()).build()).build()),

        // systems-in-the-way -----------------------------------------------------------------
        finds("systems never checked for barriers",
            () -> running().arrangements(new Arrangements.Builder()
                .systemsReviewed(Provision.absent()).build()).build(),
            gap("systems-in-the-way", MINOR,
                "The initiative did not check its systems and processes for barriers to taking"
                    + " part.")
                .at("/arrangements/systemsReviewed", "absent")
                .elements("S1.2", "C4").remedy("C4.2")),
        finds("systems review not recorded",
            () -> running().build(),
            notRecorded("systems-in-the-way", MINOR,
                "Whether systems and processes were checked for barriers is not recorded.")
                .at("/arrangements/systemsReviewed", "not recorded")
                .elements("S1.2", "C4").remedy("C4.2")),
        passes("systems-in-the-way", "systems checked",
            () -> running().arrangements(new Arrangements.Builder()
                .systemsReviewed(Provision.present()).build()).build()),

        // papers-not-accessible --------------------------------------------------------------
        finds("papers not offered in accessible formats",
            () -> running().arrangements(new Arrangements.Builder()
                .provision(Arrangement.ACCESSIBLE_PAPERS, Provision.absent()).build()).build(),
            gap("papers-not-accessible", MINOR,
                "The initiative does not offer its papers in formats accessible to everyone"
                    + " taking part.")
                .at("/arrangements/accessiblePapers", "absent")
                .elements("S1.2", "C4").remedy("C4.2")),
        finds("accessible papers not recorded",
            () -> running().build(),
            notRecorded("papers-not-accessible", MINOR,
                "Whether papers are offered in accessible formats is not recorded.")
                .at("/arrangements/accessiblePapers", "not recorded")
                .elements("S1.2", "C4").remedy("C4.2")),
        passes("papers-not-accessible", "papers in easy read",
            () -> running().arrangements(new Arrangements.Builder()
                .provision(Arrangement.ACCESSIBLE_PAPERS, Provision.present("Easy read and"
                    + " large print")).build()).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
