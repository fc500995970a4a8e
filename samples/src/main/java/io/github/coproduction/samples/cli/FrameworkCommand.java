package io.github.coproduction.samples.cli;

import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Challenge;
import io.github.coproduction.core.framework.Change;
import io.github.coproduction.core.framework.CompanionResource;
import io.github.coproduction.core.framework.Condition;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.framework.Step;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the framework catalogue. */
@Command(name = "framework", mixinStandardHelpOptions = true,
    description = "Print the framework catalogue: steps, conditions, changes, actions, challenges"
        + " and the engagement ladder.")
final class FrameworkCommand implements Callable<Integer> {

  enum Output { TEXT, MARKDOWN, JSON }

  @Option(names = "--format", defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Output format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Framework f = Framework.standard();
    switch (format) {
      case JSON -> out.print(Documents.strict().write(f, Format.JSON));
      case MARKDOWN -> out.print(markdown(f));
      case TEXT -> out.print(text(f));
    }
    out.flush();
    return 0;
  }

  static String text(Framework f) {
    StringBuilder s = new StringBuilder();
    s.append(f.edition().title()).append('\n').append(f.edition().publisher()).append("\n\n");
    for (Step step : f.steps()) {
      s.append("Step ").append(step.number()).append(". ").append(step.title()).append('\n');
      for (Condition c : step.conditions()) {
        s.append("  ").append(c.id()).append("  ").append(c.title()).append('\n');
      }
      s.append('\n');
    }
    s.append("Changes required, and how to achieve them\n");
    for (Change change : f.changes()) {
      s.append(change.id()).append("  ").append(change.title()).append('\n');
      for (Action a : change.actions()) {
        s.append("  ").append(a.id()).append("  ").append(a.title()).append('\n');
        for (Challenge ch : a.challenges()) {
          s.append("      ").append(ch.id()).append("  ").append(ch.title()).append('\n');
        }
      }
    }
    s.append("\nEngagement ladder (lowest first)\n");
    for (LadderRung r : f.ladder()) {
      s.append("  ").append(r.level()).append("  ").append(r.title()).append(" (")
          .append(r.group().title()).append(")\n");
    }
    s.append("\nCompanion resources\n");
    for (CompanionResource r : f.companionResources()) {
      s.append("  ").append(r.title()).append('\n');
    }
    return s.toString();
  }

  static String markdown(Framework f) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(f.edition().title()).append("\n\n").append(f.edition().publisher())
        .append("\n\n");
    for (Step step : f.steps()) {
      s.append("## ").append(step.id()).append(". ").append(step.title()).append("\n\n");
      for (Condition c : step.conditions()) {
        s.append("- **").append(c.id()).append("** ").append(c.title()).append('\n');
      }
      s.append('\n');
    }
    for (Change change : f.changes()) {
      s.append("## ").append(change.id()).append(". ").append(change.title()).append("\n\n");
      for (Action a : change.actions()) {
        s.append("- **").append(a.id()).append("** ").append(a.text()).append('\n');
        for (Challenge ch : a.challenges()) {
          s.append("  - **").append(ch.id()).append("** ").append(ch.title()).append('\n');
        }
      }
      s.append('\n');
    }
    s.append("## Engagement ladder\n\n| rung | name | group |\n| --- | --- | --- |\n");
    for (LadderRung r : f.ladder()) {
      s.append("| ").append(r.level()).append(" | ").append(r.title()).append(" | ")
          .append(r.group().title()).append(" |\n");
    }
    return s.toString();
  }
}
