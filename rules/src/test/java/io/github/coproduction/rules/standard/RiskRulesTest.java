package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.CRITICAL;
import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.Severity.MINOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Challenge, tensions and risk. */
class RiskRulesTest {

  private static Risk risk(RiskKind kind, RiskCarrier carrier) {
    return new Risk.Builder().kind(kind).carriedBy(carrier).build();
  }

  static Stream<Example> examples() {
    return Stream.of(
        // no-way-to-address-tensions ---------------------------------------------------------
        finds("no agreed way to address tensions",
            () -> running().arrangements(new Arrangements.Builder()
                .challengeProcess(Provision.absent()).build()).build(),
            gap("no-way-to-address-tensions", MINOR,
                "The initiative has no agreed way to raise and address challenge and tensions.")
                .at("/arrangements/challengeProcess", "absent")
                .elements("S3.8", "S3.1").remedy("C2.3")),
        finds("a way to address tensions not recorded",
            () -> running().build(),
            notRecorded("no-way-to-address-tensions", MINOR,
                "Whether the initiative has a way to address challenge and tensions is not"
                    + " recorded.")
                .at("/arrangements/challengeProcess", "not recorded")
                .elements("S3.8", "S3.1").remedy("C2.3")),
        passes("no-way-to-address-tensions", "an agreed way to address tensions",
            () -> running().arrangements(new Arrangements.Builder()
                .challengeProcess(Provision.present()).build()).build()),

        // risks-not-named --------------------------------------------------------------------
        finds("recorded that no risks were named",
            () -> running().risks(Recorded.absent()).build(),
            gap("risks-not-named", MINOR, "The initiative has named no risks.")
                .at("/risks", "absent")
                .elements("S3.8").remedy("C2.3", "C4.4")),
        finds("risks not recorded",
            () -> running().build(),
            notRecorded("risks-not-named", MINOR, "The initiative's risks are not recorded.")
                .at("/risks", "not recorded")
                .elements("S3.8").remedy("C2.3", "C4.4")),
        passes("risks-not-named", "a risk named",
            () -> running().risks(Recorded.present(List.of(
                risk(RiskKind.WELLBEING, RiskCarrier.PARTICIPANTS)))).build()),

        // risk-carried-by-one-side -----------------------------------------------------------
        finds("a wellbeing risk carried by the organisations alone",
            () -> running().risks(Recorded.present(List.of(
                risk(RiskKind.WELLBEING, RiskCarrier.ORGANISATIONS),
                risk(RiskKind.WELFARE_BENEFITS, RiskCarrier.PARTICIPANTS),
                risk(RiskKind.SERVICE, RiskCarrier.ORGANISATIONS)))).build(),
            gap("risk-carried-by-one-side", MAJOR,
                "Risk 1 (wellbeing) is carried by the organisations alone.")
                .at("/risks/0/carriedBy", "organisations")
                .elements("S3.8", "S1.1").remedy("C2.3", "C4.4")),
        passes("risk-carried-by-one-side", "a service risk carried by the organisations that"
                + " run the service",
            () -> running().risks(Recorded.present(List.of(
                risk(RiskKind.SERVICE, RiskCarrier.ORGANISATIONS)))).build()),
        finds("a welfare benefits risk left with the participants",
            () -> running().risks(Recorded.present(List.of(
                risk(RiskKind.SERVICE, RiskCarrier.ORGANISATIONS),
                risk(RiskKind.WELFARE_BENEFITS, RiskCarrier.PARTICIPANTS)))).build(),
            gap("risk-carried-by-participants", CRITICAL,
                "Risk 2 (welfare benefits) is carried by the service users and carers taking"
                    + " part, alone.")
                .at("/risks/1/carriedBy", "participants")
                .elements("S3.8", "S2.6").remedy("C2.3", "C4.4")),
        passes("risk-carried-by-participants", "every risk shared",
            () -> running().risks(Recorded.present(List.of(
                risk(RiskKind.WELFARE_BENEFITS, RiskCarrier.SHARED)))).build()),
        notApplicable("risk-carried-by-participants", "risks not recorded",
            () -> running().build(), "No risks are recorded as named."),
        passes("risk-carried-by-one-side", "every risk shared",
            () -> running().risks(Recorded.present(List.of(
                risk(RiskKind.WELLBEING, RiskCarrier.SHARED),
                risk(RiskKind.OTHER, RiskCarrier.SHARED)))).build()),
        notApplicable("risk-carried-by-one-side", "risks not recorded",
            () -> running().build(), "No risks are recorded as named."),
        notApplicable("risk-carried-by-one-side", "recorded that no risks were named",
            () -> running().risks(Recorded.absent()).build(), "No risks are recorded as named."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
