// Write a rule of your own and run it beside the standard rules.
// Run from the repository root, after building:
//   jshell --class-path samples/target/coproduction.jar samples/jshell/custom-rule.jsh
import io.github.coproduction.core.initiative.*;
import io.github.coproduction.rules.*;

Rule noBudget = Rule.of(
    new RuleDescriptor.Builder()
        .id("no-budget").name("No budget")
        .summary("No budget is set aside for the co-produced work")
        .severity(Severity.MINOR)
        .addElements("S2.1")
        .rationale("Time, preparation and planning need resources that are set aside.")
        .remedy("Set aside a budget, and agree who holds it.")
        .addRemedyActions("C2.5")
        .build(),
    input -> switch (input.initiative().arrangements().budget().fact()) {
      case PRESENT -> Outcome.pass();
      case ABSENT -> Outcome.gap("The initiative has no budget.",
          Evidence.of("/arrangements/budget", "absent"));
      case NOT_RECORDED -> Outcome.notRecorded("The initiative's budget is not recorded.",
          Evidence.of("/arrangements/budget", "not recorded"));
    });

// JShell runs a line as soon as it is complete, so a chain is broken after its dots.
Assessor assessor = Assessor.builder().
    ruleSet(RuleSet.builder().name("mine").version("1").addAll(RuleSet.standard()).add(noBudget).build()).
    build();
Initiative initiative = new Initiative.Builder().id("pilot").title("Pilot").stage(Stage.PLANNING).
    arrangements(new Arrangements.Builder().budget(Recorded.absent()).build()).
    build();
Assessment assessment = assessor.assess(initiative, java.time.LocalDate.parse("2026-11-25"));
System.out.println("no-budget: " + assessment.rule("no-budget").status().label());
assessment.findings().stream().filter(f -> f.rule().equals("no-budget")).
    forEach(f -> System.out.println(f.message() + " " + f.evidence()));
/exit
