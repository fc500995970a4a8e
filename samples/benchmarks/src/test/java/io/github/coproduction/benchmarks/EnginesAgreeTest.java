package io.github.coproduction.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.benchmarks.peer.DroolsChecks;
import io.github.coproduction.benchmarks.peer.EasyRulesChecks;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the benchmarks rely on, checked without timing anything: the three engines agree on the
 * inputs, and the inputs are what the benchmarks say they are. CI runs this and only compiles the
 * benchmarks themselves.
 */
class EnginesAgreeTest {

  @Test
  void ourEngineEasyRulesAndDroolsFindTheSameOnThePortfolio() {
    Map<String, Integer> findings = Agreement.check(Inputs.portfolio(Inputs.PORTFOLIO_SIZE),
        FiveRules.assessor(), new EasyRulesChecks(), new DroolsChecks());
    // Both outcomes of each of the five rules occur, so agreement is not on trivial inputs.
    for (String rule : FiveRules.IDS) {
      assertThat(findings).containsKeys(rule + " gap", rule + " not recorded");
    }
  }

  @Test
  void theEnginesAgreeOnTheTypicalAndScaledInitiatives() {
    Initiative[] inputs = {Inputs.typical(), Inputs.withParticipants(10),
        Inputs.withParticipants(1000)};
    assertThat(Agreement.check(inputs, FiveRules.assessor(), new EasyRulesChecks(),
        new DroolsChecks())).isNotEmpty();
  }

  @Test
  void theTypicalInitiativeHasTwentyParticipantsAndAFullChecklist() {
    Initiative typical = Inputs.typical();
    assertThat(typical.participants()).hasSize(20);
    assertThat(typical.stage()).isEqualTo(Stage.FINISHED);
    assertThat(typical.checklist().orElseThrow().responses())
        .hasSize(io.github.coproduction.core.checklist.DefaultChecklist.checklist().items().size());
  }

  @Test
  void scaledInitiativesHaveTheRequestedNumberOfParticipants() {
    assertThat(Inputs.withParticipants(10).participants()).hasSize(10);
    assertThat(Inputs.withParticipants(10_000).participants()).hasSize(10_000);
  }
}
