package io.github.coproduction.samples.cli;

import io.github.coproduction.samples.Examples;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the bundled example initiatives, or prints one. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = "List the bundled example initiatives, or print one by name.")
final class ExamplesCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "NAME",
      description = "The example to print, such as crisis-service-redesign (.yaml may be left"
          + " out).")
  String name;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (String example : Examples.names()) {
        out.printf("%-40s %s%n", example, Examples.summary(example));
      }
    } else {
      out.print(Examples.text(resolve(name)));
    }
    out.flush();
    return 0;
  }

  /** The example's file name: the name as given, or with .yaml added. */
  static String resolve(String name) {
    if (Examples.names().contains(name)) {
      return name;
    }
    if (Examples.names().contains(name + ".yaml")) {
      return name + ".yaml";
    }
    Optional<String> nearest = Nearest.to(name, Examples.names());
    throw new InputException("no example named '" + name + "'"
        + nearest.map(n -> "; did you mean '" + n.replaceFirst("\\.yaml$", "") + "'?")
            .orElse("; run 'coproduction examples' for the list"));
  }
}
