// Assess a bundled example initiative and print its report.
// Run from the repository root, after building:
//   jshell --class-path samples/target/coproduction.jar samples/jshell/assess-example.jsh
import io.github.coproduction.core.initiative.*;
import io.github.coproduction.rules.*;
import io.github.coproduction.rules.report.*;
import io.github.coproduction.samples.Examples;
import io.github.coproduction.serialization.*;

Initiative crisis = Documents.strict().readInitiative(
    Examples.text("crisis-service-redesign.yaml"), Format.YAML, "crisis-service-redesign.yaml");
Assessment assessment = Assessor.standard().assess(crisis, java.time.LocalDate.parse("2026-11-25"));
System.out.println("verdict: " + assessment.summary().verdict().label());
System.out.println("critical gaps: " + assessment.summary().critical());
for (Finding f : assessment.findingsAtLeast(Severity.MAJOR)) {
  System.out.println(f.severity().label() + " " + f.rule() + ": " + f.message());
}
System.out.println("S2.6 Payment and welfare benefits: " + assessment.element("S2.6").status().label());
/exit
