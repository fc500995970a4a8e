// Analyse a generated portfolio: the most common gaps by step, and the ladder distribution.
// Run from the repository root, after building:
//   jshell --class-path samples/target/coproduction.jar samples/jshell/portfolio-analysis.jsh
import io.github.coproduction.core.framework.*;
import io.github.coproduction.rules.*;
import io.github.coproduction.rules.portfolio.*;
import io.github.coproduction.samples.synthetic.SyntheticPortfolio;

Assessor assessor = Assessor.standard();
java.time.LocalDate today = java.time.LocalDate.parse("2026-11-25");
// JShell runs a line as soon as it is complete, so a chain is broken after its dots.
PortfolioSummary summary = new SyntheticPortfolio(7).stream(2000).
    parallel().
    map(i -> assessor.assess(i, today)).
    collect(PortfolioSummary.collector());
System.out.println("initiatives: " + summary.initiatives());

// The condition with the most gaps in each step.
for (Step step : Framework.standard().steps()) {
  ElementTally top = step.conditions().stream().
      map(c -> summary.element(c.id())).
      max(java.util.Comparator.comparingDouble(ElementTally::prevalence)).
      orElseThrow();
  System.out.printf("%s top gap: %s %s (%.0f%%)%n", step.id(), top.element(),
      Framework.standard().element(top.element()).title(), 100 * top.prevalence());
}

// Where initiatives stand on the engagement ladder now.
summary.currentRungs().forEach((rung, count) -> System.out.printf("%-13s %5d%n", rung, count));
/exit
