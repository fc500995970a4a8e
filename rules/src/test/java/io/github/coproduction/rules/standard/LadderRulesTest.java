package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.Severity.ADVISORY;
import static io.github.coproduction.rules.Severity.MAJOR;
import static io.github.coproduction.rules.standard.Example.finds;
import static io.github.coproduction.rules.standard.Example.notApplicable;
import static io.github.coproduction.rules.standard.Example.passes;
import static io.github.coproduction.rules.standard.ExpectedFinding.gap;
import static io.github.coproduction.rules.standard.ExpectedFinding.notRecorded;
import static io.github.coproduction.rules.testing.Inputs.running;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engagement ladder and claims of co-production. */
class LadderRulesTest {

  private static LadderPosition ladder(Recorded<LadderRung> current,
      Recorded<LadderRung> target) {
    return new LadderPosition.Builder().current(current).target(target).build();
  }

  private static Recorded<LadderRung> on(LadderRung rung) {
    return Recorded.present(rung);
  }

  static Stream<Example> examples() {
    return Stream.of(
        // coproduction-washing ---------------------------------------------------------------
        finds("calls itself co-production while consulting",
            () -> running().claimsCoproduction(Fact.PRESENT)
                .ladder(ladder(on(LadderRung.CONSULTATION), Recorded.notRecorded())).build(),
            gap("coproduction-washing", MAJOR,
                "The initiative calls itself co-production but stands at Consultation on the"
                    + " engagement ladder.")
                .at("/claimsCoproduction", "present")
                .at("/ladder/current", "consultation")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("calls itself co-production while co-designing",
            () -> running().claimsCoproduction(Fact.PRESENT)
                .ladder(ladder(on(LadderRung.CO_DESIGN), Recorded.notRecorded())).build(),
            gap("coproduction-washing", MAJOR,
                "The initiative calls itself co-production but stands at Co-design on the"
                    + " engagement ladder.")
                .at("/claimsCoproduction", "present")
                .at("/ladder/current", "co-design")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("calls itself co-production, rung not recorded",
            () -> running().claimsCoproduction(Fact.PRESENT).build(),
            notRecorded("coproduction-washing", MAJOR,
                "The initiative claims Co-production; the rung its record evidences is not"
                    + " recorded, and the record does not show the rest: The participants are not"
                    + " recorded.")
                .at("/claimsCoproduction", "present")
                .at("/participants", "not recorded")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("calls itself co-production, rung recorded as not assessed",
            () -> running().claimsCoproduction(Fact.PRESENT)
                .ladder(ladder(Recorded.absent(), Recorded.notRecorded())).build(),
            notRecorded("coproduction-washing", MAJOR,
                "The initiative claims Co-production; the rung its record evidences is not"
                    + " recorded, and the record does not show the rest: The participants are not"
                    + " recorded.")
                .at("/claimsCoproduction", "present")
                .at("/participants", "not recorded")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        finds("calls itself co-production on the top rung, and records nothing else",
            () -> running().claimsCoproduction(Fact.PRESENT)
                .ladder(ladder(on(LadderRung.CO_PRODUCTION), Recorded.notRecorded())).build(),
            notRecorded("coproduction-washing", MAJOR,
                "The initiative claims Co-production; the rung its record evidences is not"
                    + " recorded, and the record does not show the rest: The participants are not"
                    + " recorded.")
                .at("/claimsCoproduction", "present")
                .at("/ladder/current", "co-production")
                .at("/participants", "not recorded")
                .elements("C3", "C2").remedy("C3.5", "C3.6", "C2.1")),
        notApplicable("coproduction-washing", "consulting, and says so",
            () -> running().claimsCoproduction(Fact.ABSENT)
                .ladder(ladder(on(LadderRung.CONSULTATION), Recorded.notRecorded())).build(),
            "The initiative claims Consultation, not a rung of doing with; the evidenced rung is"
                + " reported beside it."),
        notApplicable("coproduction-washing", "no claim and no rung recorded",
            () -> running().build(),
            "The initiative is not recorded as calling itself co-production, and its rung on the"
                + " engagement ladder is not recorded."),

        // below-target-rung ------------------------------------------------------------------
        finds("three rungs below the target",
            () -> running().ladder(ladder(on(LadderRung.CONSULTATION),
                on(LadderRung.CO_PRODUCTION))).build(),
            gap("below-target-rung", ADVISORY,
                "The initiative stands at Consultation, 3 rungs below its target, Co-production.")
                .at("/ladder/current", "consultation")
                .at("/ladder/target", "co-production")
                .elements("S3.4", "C3").remedy("C3.5")),
        finds("one rung below the target",
            () -> running().ladder(ladder(on(LadderRung.CO_DESIGN),
                on(LadderRung.CO_PRODUCTION))).build(),
            gap("below-target-rung", ADVISORY,
                "The initiative stands at Co-design, 1 rung below its target, Co-production.")
                .at("/ladder/current", "co-design")
                .at("/ladder/target", "co-production")
                .elements("S3.4", "C3").remedy("C3.5")),
        finds("recorded that the current rung was never assessed",
            () -> running().ladder(ladder(Recorded.absent(), on(LadderRung.CO_PRODUCTION)))
                .build(),
            gap("below-target-rung", ADVISORY,
                "The initiative has not assessed its current rung on the engagement ladder.")
                .at("/ladder/current", "absent")
                .elements("S3.4", "C3").remedy("C3.5")),
        finds("the target rung not recorded",
            () -> running().ladder(ladder(on(LadderRung.ENGAGEMENT), Recorded.notRecorded()))
                .build(),
            notRecorded("below-target-rung", ADVISORY,
                "The initiative's target rung on the engagement ladder is not recorded.")
                .at("/ladder/target", "not recorded")
                .elements("S3.4", "C3").remedy("C3.5")),
        passes("below-target-rung", "at the target",
            () -> running().ladder(ladder(on(LadderRung.CO_DESIGN), on(LadderRung.CO_DESIGN)))
                .build()),
        passes("below-target-rung", "above a modest target",
            () -> running().ladder(ladder(on(LadderRung.CO_DESIGN),
                on(LadderRung.ENGAGEMENT))).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    example.check();
  }
}
