package io.github.coproduction.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.benchmarks.peer.DroolsChecks;
import io.github.coproduction.benchmarks.peer.ChecklistAnswers;
import io.github.coproduction.benchmarks.peer.EasyRulesChecks;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.serialization.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the benchmarks rely on, checked without timing anything: the three engines agree on the
 * inputs, finding by finding (rule, status, message, every piece of evidence), and the inputs are
 * what the benchmarks say they are. CI runs this and only compiles the benchmarks themselves.
 */
class EnginesAgreeTest {

  private static final EasyRulesChecks EASY = new EasyRulesChecks();
  private static final DroolsChecks DROOLS = new DroolsChecks();

  @Test
  void ourEngineEasyRulesAndDroolsFindTheSameOnThePortfolio() {
    Map<String, Integer> findings = Agreement.check(Inputs.portfolio(Inputs.PORTFOLIO_SIZE),
        FiveRules.assessor(), EASY, DROOLS);
    // Both outcomes of each of the five rules occur, so agreement is not on trivial inputs; the
    // one exception, no-lived-experience not recorded, needs a record where nobody is a partner
    // and someone's partnership is unknown (a community member whose lived experience is not
    // recorded), which the synthetic portfolio never draws: the generated initiatives below do.
    for (String rule : FiveRules.IDS) {
      assertThat(findings).containsKey(rule + " gap");
      if (!rule.equals("no-lived-experience")) {
        assertThat(findings).containsKey(rule + " not recorded");
      }
    }
  }

  /**
   * For every initiative of the portfolio, the three engines report the same findings, each with
   * the same rule, status, message and evidence, in any order; a failure shows the difference.
   */
  @Test
  void theEnginesReportTheSameFindingsMessagesAndEvidence() {
    assertThat(compare(Stream.of(Inputs.portfolio(Inputs.PORTFOLIO_SIZE))))
        .as("findings compared").isGreaterThan(1_000);
  }

  /**
   * The core's generated initiatives record what the synthetic portfolio does not: dated
   * sessions with attendees and bodies, bodies by role, decisions by role, body or session, and
   * decisions on the budget or the model of care, so that tokenism's judgement on the evidence
   * is compared on every path.
   */
  @Test
  void theEnginesAgreeOnGeneratedInitiativesWithSessionsBodiesAndDecisionAreas() {
    // The peers model no events: what happened would raise our findings and reword them.
    Initiative[] generated = LongStream.range(0, 600).mapToObj(Generators::initiative)
        .map(i -> new Initiative.Builder().from(i).events(List.of()).build())
        .toArray(Initiative[]::new);
    assertThat(Stream.of(generated).filter(i -> !i.sessions().isEmpty())).hasSizeGreaterThan(50);
    assertThat(Stream.of(generated).filter(i -> !i.power().bodies().isEmpty()))
        .hasSizeGreaterThan(50);
    assertThat(compare(Stream.of(generated))).isGreaterThan(600);
    Map<String, Integer> findings = Agreement.check(generated, FiveRules.assessor(), EASY,
        DROOLS);
    for (String rule : FiveRules.IDS) {
      assertThat(findings).containsKeys(rule + " gap", rule + " not recorded");
    }
  }

  /**
   * The inputs compared above reach the checklist paths of the two rules that read checklist
   * answers as evidence: a "no" and a "partly" cited at the answer for each, and a "yes" that
   * passes a rule where the structured field is not recorded, so that agreement covers them.
   */
  @Test
  void theComparedInputsReachTheChecklistAnswersOfBothRules() {
    Initiative[] generated = LongStream.range(0, 600).mapToObj(Generators::initiative)
        .map(i -> new Initiative.Builder().from(i).events(List.of()).build())
        .toArray(Initiative[]::new);
    var ours = FiveRules.assessor();
    Set<String> cited = new TreeSet<>();
    Set<String> passedOnYes = new TreeSet<>();
    Stream.concat(Stream.of(Inputs.portfolio(Inputs.PORTFOLIO_SIZE)), Stream.of(generated))
        .forEach(i -> {
          List<Finding> found = ours.assess(i, Inputs.ASSESSED_ON).findings();
          for (Finding f : found) {
            for (Evidence e : f.evidence()) {
              if (e.pointer().startsWith("/checklist/responses/")) {
                cited.add(f.rule() + " " + e.value());
              }
            }
          }
          for (String rule : List.of("payment-without-benefits-advice", "no-emotional-support")) {
            String pointer = rule.equals("no-emotional-support")
                ? Arrangement.EMOTIONAL_SUPPORT.pointer()
                : Arrangement.WELFARE_BENEFITS_ADVICE.pointer();
            boolean notRecorded = rule.equals("no-emotional-support")
                ? i.arrangements().emotionalSupport().isNotRecorded()
                : i.arrangements().welfareBenefitsAdvice().isNotRecorded();
            if (notRecorded && ChecklistAnswers.yes(i, pointer)
                && i.participants().stream().anyMatch(p -> p.isLivedExperiencePartner())
                && found.stream().noneMatch(f -> f.rule().equals(rule))) {
              passedOnYes.add(rule);
            }
          }
        });
    assertThat(cited).contains("payment-without-benefits-advice no",
        "payment-without-benefits-advice partly", "no-emotional-support no",
        "no-emotional-support partly");
    assertThat(passedOnYes).containsExactlyInAnyOrder("payment-without-benefits-advice",
        "no-emotional-support");
  }

  @Test
  void theEnginesAgreeOnTheExamples() throws IOException {
    Documents documents = Documents.strict();
    List<Initiative> examples;
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .map(documents::readInitiative).toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
    assertThat(compare(examples.stream())).isGreaterThan(10);
  }

  @Test
  void theEnginesAgreeOnTheTypicalAndScaledInitiatives() {
    Initiative[] inputs = {Inputs.typical(), Inputs.withParticipants(10),
        Inputs.withParticipants(1000)};
    assertThat(Agreement.check(inputs, FiveRules.assessor(), EASY, DROOLS)).isNotEmpty();
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

  /** Compares the engines on each initiative; returns how many findings were compared. */
  private static int compare(Stream<Initiative> initiatives) {
    var ours = FiveRules.assessor();
    int[] compared = {0};
    initiatives.forEach(i -> {
      List<String> expected = Agreement.ours(ours.assess(i, Inputs.ASSESSED_ON).findings());
      assertThat(Agreement.peer(EASY.evaluate(i))).as("Easy Rules on %s", i.id())
          .containsExactlyElementsOf(expected);
      assertThat(Agreement.peer(DROOLS.evaluate(i))).as("Drools on %s", i.id())
          .containsExactlyElementsOf(expected);
      compared[0] += expected.size();
    });
    return compared[0];
  }
}
