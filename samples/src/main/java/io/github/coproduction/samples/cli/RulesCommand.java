package io.github.coproduction.samples.cli;

import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleDocumentation;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the standard rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Print the standard rules with their ids, severities and framework elements.")
final class RulesCommand implements Callable<Integer> {

  enum Output { TEXT, MARKDOWN, JSON }

  @Option(names = "--format", defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Output format;

  @Option(names = "--coverage",
      description = "Print the coverage matrix instead: for each condition and change, the"
          + " aspects checked, by which rules, and what no rule checks yet (Markdown).")
  boolean coverage;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    RuleSet rules = RuleSet.standard();
    PrintWriter out = spec.commandLine().getOut();
    if (coverage) {
      out.print(RuleDocumentation.coverage(rules));
      out.flush();
      return 0;
    }
    switch (format) {
      case JSON -> out.print(Documents.strict().write(rules, Format.JSON));
      case MARKDOWN -> out.print(RuleDocumentation.markdown(rules));
      case TEXT -> {
        out.println("Rule set " + rules.name() + " " + rules.version() + ": "
            + rules.rules().size() + " rules");
        out.println();
        for (RuleDescriptor d : rules.descriptors()) {
          out.printf("%-42s %-9s %s%n", d.id(), d.severity().label(),
              String.join(", ", d.elements().size() > 6
                  ? java.util.List.of("every element the checklist serves") : d.elements()));
          out.println("    " + d.summary());
        }
      }
    }
    out.flush();
    return 0;
  }
}
