package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.ADVISORY;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.finished;
import static io.github.coproduction.rules.testing.Inputs.only;
import static io.github.coproduction.rules.testing.Inputs.planning;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;

import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reflection during and after the activity. */
class ReflectionRulesTest {

  private static Reflection reflection(Phase phase) {
    return new Reflection.Builder().date(LocalDate.parse("2026-03-01")).phase(phase)
        .addRoles(Role.SERVICE_USER, Role.COMMISSIONER).build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        // no-reflection-after-activity -------------------------------------------------------
        finds("finished, recorded that nobody reflected",
            () -> finished().reflections(Recorded.absent()).build(),
            gap("no-reflection-after-activity", MINOR, "The finished initiative records no reflection.")
                .at("/reflections", "absent")
                .elements("C6", "S3.2").remedy("C6.1")),
        // Reflection counts whenever it took place (issue 17 item 4).
        passes("no-reflection-after-activity", "finished, reflected only during the activity",
            () -> finished().reflections(Recorded.present(List.of(reflection(Phase.DURING))))
                .build()),
        finds("finished, reflections not recorded",
            () -> finished().build(),
            notRecorded("no-reflection-after-activity", MINOR,
                "The finished initiative's reflections are not recorded.")
                .at("/reflections", "not recorded")
                .elements("C6", "S3.2").remedy("C6.1")),
        passes("no-reflection-after-activity", "finished, reflected afterwards",
            () -> finished().reflections(Recorded.present(List.of(reflection(Phase.AFTER))))
                .build()),
        notApplicable("no-reflection-after-activity", "still running, nobody reflected yet",
            () -> running().reflections(Recorded.absent()).build(),
            "The activity has not finished."),

        // no-reflection-during-activity ------------------------------------------------------
        finds("running, recorded that nobody reflected",
            () -> running().reflections(Recorded.absent()).build(),
            gap("no-reflection-during-activity", ADVISORY,
                "The running initiative records no reflection.")
                .at("/reflections", "absent")
                .elements("S3.2").remedy("C6.1")),
        // Once finished, reflection at any point counts: an advisory never makes C6 a gap.
        passes("no-reflection-during-activity", "finished, reflected only afterwards",
            () -> finished().reflections(Recorded.present(List.of(reflection(Phase.AFTER))))
                .build()),
        notApplicable("no-reflection-during-activity", "finished, recorded that nobody reflected",
            () -> finished().reflections(Recorded.absent()).build(),
            "The activity has finished: whether anyone reflected is judged on its own."),
        finds("running, reflections not recorded",
            () -> running().build(),
            notRecorded("no-reflection-during-activity", ADVISORY,
                "The running initiative's reflections are not recorded.")
                .at("/reflections", "not recorded")
                .elements("S3.2").remedy("C6.1")),
        passes("no-reflection-during-activity", "running, reflected during the activity",
            () -> running().reflections(Recorded.present(List.of(reflection(Phase.DURING))))
                .build()),
        notApplicable("no-reflection-during-activity", "still being planned",
            () -> planning().reflections(Recorded.absent()).build(),
            "The activity has not started."),
        // Once finished, a "yes" to reflecting together counts as reflection, as a record does.
        passes("no-reflection-during-activity", "finished, a yes to reflecting together",
            () -> finished().checklist(only("A01=YES")).build()),

        // reflection-without-partners --------------------------------------------------------
        notApplicable("reflection-without-partners", "finished, reflections not recorded",
            () -> finished().addParticipants(serviceUser("P01").build()).build(),
            "No reflection is recorded; whether any took place is judged on its own."),
        notApplicable("reflection-without-partners", "finished, recorded that nobody reflected",
            () -> finished().addParticipants(serviceUser("P01").build())
                .reflections(Recorded.absent()).build(),
            "No reflection is recorded; whether any took place is judged on its own."),
        notApplicable("reflection-without-partners", "finished, a yes to reflecting together",
            () -> finished().addParticipants(serviceUser("P01").build())
                .checklist(only("A01=YES")).build(),
            "Reflection is evidenced by a checklist answer, which asks for reflection together."),
        notApplicable("reflection-without-partners",
            "staff reflected, and nobody takes part as a partner",
            () -> finished().addParticipants(commissioner("C01").build())
                .reflections(Recorded.present(List.of(new Reflection.Builder()
                    .date(LocalDate.parse("2026-03-01")).phase(Phase.AFTER)
                    .addRoles(Role.COMMISSIONER).build()))).build(),
            "No participant takes part as a lived-experience partner."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
