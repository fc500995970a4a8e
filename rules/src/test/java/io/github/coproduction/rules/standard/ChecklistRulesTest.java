package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.allYesExcept;
import static io.github.coproduction.rules.testing.Inputs.finished;
import static io.github.coproduction.rules.testing.Inputs.only;
import static io.github.coproduction.rules.testing.Inputs.planning;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Provision;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checklist rules on answers to the default checklist: phase gating, and a finding narrowed
 * to the item's own elements and remedies for each "no" or "partly". Custom checklists are in
 * {@code io.github.coproduction.rules.ChecklistsTest}.
 */
class ChecklistRulesTest {

  private static final String NO_ANSWERS = "The initiative records no checklist answers.";

  static Stream<Example> examples() {
    return Stream.of(
        // checklist-before-unanswered --------------------------------------------------------
        finds("running with one BEFORE item left out and one explicitly unanswered",
            () -> running().checklist(allYesExcept("B05=-", "B12=UNANSWERED")).build(),
            gap("checklist-before-unanswered", MINOR,
                "The initiative is running or finished with 2 BEFORE items of checklist"
                    + " 'coproduction-default' unanswered: B05, B12.")
                .at("/checklist/responses", "no answer to B05, B12")
                .elements("S2.1").remedy("C2.5", "C5.1")),
        finds("running with no checklist answers",
            () -> running().build(),
            notRecorded("checklist-before-unanswered", MINOR, NO_ANSWERS)
                .at("/checklist", "not recorded")
                .elements("S2.1").remedy("C2.5", "C5.1")),
        passes("checklist-before-unanswered", "running, every BEFORE item answered (one no)",
            () -> running().checklist(allYesExcept("B04.2=NO", "D01=-", "A01=-")).build()),
        notApplicable("checklist-before-unanswered", "still being planned",
            () -> planning().checklist(only("B01=YES")).build(),
            "The activity has not started."),

        // checklist-after-unanswered ---------------------------------------------------------
        finds("finished without reflecting together",
            () -> finished().checklist(allYesExcept("A01=-")).build(),
            gap("checklist-after-unanswered", MINOR,
                "The initiative is finished with 1 AFTER item of checklist"
                    + " 'coproduction-default' unanswered: A01.")
                .at("/checklist/responses", "no answer to A01")
                .elements("S3.2", "C6").remedy("C6.1")),
        finds("finished with no checklist answers",
            () -> finished().build(),
            notRecorded("checklist-after-unanswered", MINOR, NO_ANSWERS)
                .at("/checklist", "not recorded")
                .elements("S3.2", "C6").remedy("C6.1")),
        passes("checklist-after-unanswered", "finished, every item answered",
            () -> finished().checklist(allYesExcept()).build()),
        notApplicable("checklist-after-unanswered", "still running, AFTER items open",
            () -> running().checklist(allYesExcept("A01=-", "A02=-")).build(),
            "The activity has not finished."),

        // checklist-answered-no --------------------------------------------------------------
        // B04 is the old id of B04.1 (payment policy, judged by no-payment-policy) and B04.2.
        finds("no payment policy at parity, answered to the old item id",
            () -> running().checklist(only("B01=YES", "B04=NO")).build(),
            gap("checklist-answered-no", MINOR,
                "Checklist item B04.2 (before) is answered no: Does the payment policy pay people"
                    + " with lived experience at parity with staff time?")
                .at("/checklist/responses/1/answer", "no")
                .elements("S2.6", "S3.3").remedy("C4.2")),
        finds("two items answered no, recorded out of checklist order",
            () -> running().checklist(only("D04=NO", "B09=NO")).build(),
            gap("checklist-answered-no", MINOR,
                "Checklist item B09 (before) is answered no: Are the purpose of the activity, the"
                    + " plan and the time available clear to everyone?")
                .at("/checklist/responses/1/answer", "no")
                .elements("S2.1").remedy("C5.1"),
            gap("checklist-answered-no", MINOR,
                "Checklist item D04 (during) is answered no: Are risks to people's wellbeing, to"
                    + " their welfare benefits and to the service named and shared, rather than"
                    + " carried by one side?")
                .at("/checklist/responses/0/answer", "no")
                .elements("S3.8", "S1.1").remedy("C2.3", "C4.4")),
        passes("checklist-answered-no", "every item answered yes",
            () -> running().checklist(allYesExcept()).build()),
        notApplicable("checklist-answered-no", "no checklist answers",
            () -> running().build(), NO_ANSWERS),

        // checklist-answered-partly ----------------------------------------------------------
        finds("tensions only partly addressed, answered to the old item id",
            () -> running().checklist(only("D03=PARTLY")).build(),
            gap("checklist-answered-partly", MINOR,
                "Checklist item D03.2 (during) is answered partly: Are the challenge and tensions"
                    + " raised being addressed openly?")
                .at("/checklist/responses/0/answer", "partly")
                .elements("S3.8", "S3.1").remedy("C2.3")),
        passes("checklist-answered-partly", "an item answered no, none partly",
            () -> running().checklist(only("D03=NO", "D07=NOT_APPLICABLE")).build()),
        notApplicable("checklist-answered-partly", "no checklist answers",
            () -> finished().build(), NO_ANSWERS),
        passes("checklist-answered-no", "a no to an item whose fact another rule judges",
            () -> running().checklist(only("B13=NO")).build()),
        // An item answered in its own right is judged by that answer, not by its old id's.
        passes("checklist-answered-no", "a no to an old id, its replacement answered yes",
            () -> running().checklist(only("D02=NO", "D02.1=YES")).build()),

        // checklist-contradicts-record -------------------------------------------------------
        finds("yes to emotional support, recorded absent",
            () -> running().arrangements(new Arrangements.Builder()
                .emotionalSupport(Provision.absent()).build())
                .checklist(only("B14=YES")).build(),
            gap("checklist-contradicts-record", MINOR,
                "Checklist item B14 (\"Arrange access to emotional and psychological support for"
                    + " everyone taking part.\") is answered yes, but the record says this is"
                    + " absent (/arrangements/emotionalSupport).")
                .at("/checklist/responses/0/answer", "yes")
                .at("/arrangements/emotionalSupport", "absent")
                .elements("S3.5", "C4").remedy("C6.1")),
        finds("no to a senior sponsor the record names",
            () -> running().arrangements(new Arrangements.Builder()
                .seniorSponsor(Provision.present()).build())
                .checklist(only("B01=YES", "B02=NO")).build(),
            gap("checklist-contradicts-record", MINOR,
                "Checklist item B02 (\"Is there a named senior sponsor who is committed to the"
                    + " activity and to acting on what it produces?\") is answered no, but the"
                    + " record says this is present (/arrangements/seniorSponsor).")
                .at("/checklist/responses/1/answer", "no")
                .at("/arrangements/seniorSponsor", "present")
                .elements("S1.3", "C2").remedy("C6.1")),
        passes("checklist-contradicts-record", "answers agree with the record or speak alone",
            () -> running().arrangements(new Arrangements.Builder()
                .emotionalSupport(Provision.present()).build())
                .checklist(only("B14=YES", "B06=NO")).build()),
        notApplicable("checklist-contradicts-record", "no checklist answers",
            () -> running().build(), NO_ANSWERS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
