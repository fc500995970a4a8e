package io.github.coproduction.samples.cli;

import io.github.coproduction.samples.Examples;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the bundled example initiatives, or prints one. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = "List the bundled example initiatives, or print one by file name.")
final class ExamplesCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "NAME",
      description = "The example to print, such as crisis-service-redesign.yaml.")
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
    } else if (Examples.names().contains(name)) {
      out.print(Examples.text(name));
    } else {
      throw new InputException("no example named '" + name + "'; run 'coproduction examples'"
          + " for the list");
    }
    out.flush();
    return 0;
  }
}
