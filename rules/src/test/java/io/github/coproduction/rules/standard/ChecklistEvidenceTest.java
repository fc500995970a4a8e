package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.finished;
import static io.github.coproduction.rules.testing.Inputs.only;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checklist answers as evidence for the facts they answer (issue 12): where the structured field
 * is not recorded, "yes" passes, "no" is the structured rule's own gap at its own severity, cited
 * at the answer, and "partly" is that gap one step milder; a recorded absence is never hidden by
 * an answer. And reflection judged by substance (issue 17 item 4).
 */
class ChecklistEvidenceTest {

  private static final String B14 = "Checklist item B14 (\"Arrange access to emotional and"
      + " psychological support for everyone taking part.\") is answered ";
  private static final String NO_SUPPORT = "The initiative offers no emotional or psychological"
      + " support to the people with lived experience taking part.";

  private static Reflection reflection(Phase phase, Role... roles) {
    return new Reflection.Builder().date(LocalDate.parse("2026-03-01")).phase(phase)
        .addRoles(roles).build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        // no-emotional-support read with the checklist ---------------------------------------
        finds("a no to emotional support, with a partner taking part, is critical",
            () -> running().addParticipants(serviceUser("P01").build())
                .checklist(only("B14=NO")).build(),
            gap("no-emotional-support", CRITICAL, NO_SUPPORT + " " + B14 + "no.")
                .at("/checklist/responses/0/answer", "no")
                .elements("S3.5", "C4").remedy("C4.4")),
        finds("partly is one step milder: major",
            () -> running().addParticipants(serviceUser("P01").build())
                .checklist(only("B14=PARTLY")).build(),
            gap("no-emotional-support", MAJOR, B14 + "partly: it is only partly in place. "
                + NO_SUPPORT)
                .at("/checklist/responses/0/answer", "partly")
                .elements("S3.5", "C4").remedy("C4.4")),
        passes("no-emotional-support", "a yes is evidence where the record is silent",
            () -> running().addParticipants(serviceUser("P01").build())
                .checklist(only("B14=YES")).build()),
        finds("a yes never hides a recorded absence",
            () -> running().addParticipants(serviceUser("P01").build())
                .arrangements(new Arrangements.Builder()
                    .emotionalSupport(Provision.absent()).build())
                .checklist(only("B14=YES")).build(),
            gap("no-emotional-support", CRITICAL, NO_SUPPORT)
                .at("/arrangements/emotionalSupport", "absent")
                .elements("S3.5", "C4").remedy("C4.4")),
        finds("an answer not applicable is no evidence",
            () -> running().addParticipants(serviceUser("P01").build())
                .checklist(only("B14=NOT_APPLICABLE")).build(),
            notRecorded("no-emotional-support", CRITICAL, "Whether the initiative offers"
                + " emotional and psychological support is not recorded.")
                .at("/arrangements/emotionalSupport", "not recorded")
                .elements("S3.5", "C4").remedy("C4.4")),

        // a minor rule: partly stays minor, never advisory -----------------------------------
        finds("partly on ground rules stays minor",
            () -> running().checklist(only("B06=PARTLY")).build(),
            gap("no-ground-rules", MINOR, "Checklist item B06 (\"Agree ground rules for group"
                + " working with everyone involved.\") is answered partly: it is only partly in"
                + " place. The initiative has no ground rules for group working.")
                .at("/checklist/responses/0/answer", "partly")
                .elements("S2.3").remedy("C5.1")),

        // reflection by substance ------------------------------------------------------------
        finds("staff-only reflection in a finished initiative is a gap under C6",
            () -> finished().addParticipants(serviceUser("P01").build())
                .reflections(reflections(reflection(Phase.AFTER, Role.SENIOR_MANAGER,
                    Role.COMMISSIONER))).build(),
            gap("reflection-without-partners", MINOR, "The one recorded reflection has no"
                + " partner with lived experience among those reflecting (only commissioner,"
                + " senior manager).")
                .at("/reflections", "roles: commissioner, senior-manager")
                .elements("C6", "S3.2").remedy("C6.1")),
        passes("reflection-without-partners", "partners and staff reflected together",
            () -> finished().addParticipants(serviceUser("P01").build())
                .reflections(reflections(reflection(Phase.AFTER, Role.SENIOR_MANAGER),
                    reflection(Phase.AFTER, Role.SERVICE_USER, Role.FRONT_LINE_STAFF)))
                .build()),
        finds("who reflected is not recorded",
            () -> finished().addParticipants(serviceUser("P01").build())
                .reflections(reflections(reflection(Phase.AFTER))).build(),
            notRecorded("reflection-without-partners", MINOR, "Who took part in 1 of 1"
                + " reflections is not recorded, and none records a partner with lived"
                + " experience.")
                .at("/reflections/0/roles", "not recorded")
                .elements("C6", "S3.2").remedy("C6.1")),
        notApplicable("reflection-without-partners", "still being planned",
            () -> io.github.coproduction.rules.testing.Inputs.planning().build(),
            "The activity has not started."),
        passes("no-reflection-after-activity", "reflection held during the work counts",
            () -> finished().addParticipants(serviceUser("P01").build())
                .reflections(reflections(reflection(Phase.DURING, Role.SERVICE_USER))).build()),
        passes("no-reflection-after-activity", "a yes to reflecting together is evidence",
            () -> finished().checklist(only("A01=YES")).build()),
        passes("no-reflection-during-activity", "finished: reflection at any point counts",
            () -> finished().reflections(reflections(reflection(Phase.AFTER, Role.SERVICE_USER)))
                .build()),
        passes("no-reflection-during-activity", "a yes to stopping to reflect is evidence",
            () -> running().checklist(only("D08=YES")).build()));
  }

  private static Recorded<List<Reflection>> reflections(Reflection... list) {
    return Recorded.present(List.of(list));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
