package org.example.consumer;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.serialization.Documents;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads an initiative, assesses it and prints what verify.groovy checks. */
public final class Consumer {

  private Consumer() {}

  public static void main(String[] args) {
    Initiative initiative = Documents.strict().readInitiative(Path.of(args[0]));
    Assessment assessment = Assessor.standard().assess(initiative, LocalDate.parse("2026-11-25"));
    System.out.println("consumer: rules module " + Assessor.class.getModule().getName()
        + " " + Assessor.class.getPackage().getImplementationVersion());
    System.out.println("consumer: serialization module "
        + Documents.class.getModule().getName());
    System.out.println("consumer: " + assessment.initiative() + " verdict "
        + assessment.summary().verdict());
    for (Finding f : assessment.findingsAtLeast(Severity.CRITICAL)) {
      System.out.println("consumer: critical " + f.rule());
    }
  }
}
