package io.github.coproduction.samples.embedding;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Embedding the library in an application: an initiative built in code, a custom rule written as
 * a lambda, a waiver, an assessment and its findings. Run it with
 * {@code java -cp samples/target/coproduction.jar
 * io.github.coproduction.samples.embedding.EmbeddingExample}.
 *
 * <pre>{@code
 * EmbeddingExample.run(System.out);
 * }</pre>
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the assessment, for those who want to look further
   */
  public static Assessment run(PrintStream out) {
    // 1. The initiative, as an application would record it.
    Initiative initiative = new Initiative.Builder()
        .id("bed-management-review")
        .title("Review of bed management with people who use the wards")
        .stage(Stage.RUNNING)
        .addParticipants(
            new Participant.Builder().ref("P01").role(Role.SERVICE_USER)
                .livedExperience(Recorded.present(LivedExperience.SERVICE_USER))
                .payment(Recorded.present(new Payment.Builder().method(PaymentMethod.FEE)
                    .hourlyRate(new BigDecimal("25.00")).build()))
                .decisionMaker(Fact.PRESENT)
                .build(),
            new Participant.Builder().ref("S01").role(Role.MIDDLE_MANAGER)
                .livedExperience(Recorded.present(LivedExperience.NONE))
                .payment(Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED)
                    .build()))
                .decisionMaker(Fact.PRESENT)
                .build())
        .arrangements(new Arrangements.Builder()
            .paymentPolicy(Provision.present())
            .staffHourlyRate(Recorded.present(new BigDecimal("25.00")))
            .welfareBenefitsAdvice(Provision.present())
            .emotionalSupport(Provision.present())
            .groundRules(Provision.present())
            .champions(Provision.absent())
            .build())
        .build();

    // 2. A rule of the application's own: a lambda with a descriptor, no reflection.
    Rule papersInAdvance = Rule.of(new RuleDescriptor.Builder()
            .id("papers-in-advance")
            .name("Papers in advance")
            .summary("Meeting papers are not sent a week in advance")
            .severity(Severity.MINOR)
            .addElements("C4", "S3.4")
            .rationale("Systems and processes should not get in the way of people becoming"
                + " co-producers; late papers shut people out.")
            .remedy("Send papers, in plain language, at least a week before each meeting.")
            .addRemedyActions("C4.2")
            .build(),
        input -> input.initiative().arrangements().systemsReviewed().isPresent()
            ? Outcome.pass()
            : Outcome.gap("The initiative has not checked how and when papers reach people.",
                Evidence.of("/arrangements/systemsReviewed", "not present")));

    // 3. The standard rules plus ours, and a waiver for a gap the board has accepted for now.
    Assessor assessor = Assessor.builder()
        .ruleSet(RuleSet.builder().name("trust-rules").version("2026.1")
            .addAll(RuleSet.standard()).add(papersInAdvance).build())
        .addWaiver(new Waiver.Builder()
            .rule("no-champions")
            .initiative("bed-management-review")
            .justification("Champions are recruited in phase two, agreed by the board")
            .expires(LocalDate.parse("2027-03-31"))
            .build())
        .build();

    // 4. Assess, and use the structured result.
    Assessment assessment = assessor.assess(initiative, LocalDate.parse("2026-11-25"));
    out.println(assessment.title() + ": " + assessment.summary().verdict().label());
    for (Finding f : assessment.findingsAtLeast(Severity.MINOR)) {
      out.println("  " + f.severity().label() + "  " + f.rule() + "  " + f.message());
    }
    assessment.findings().stream().filter(Finding::isWaived).forEach(f ->
        out.println("  waived  " + f.rule() + " until " + f.waiver().orElseThrow().expires()));
    return assessment;
  }
}
