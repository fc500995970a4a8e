package io.github.coproduction.samples.cli;

import io.github.coproduction.serialization.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of initiative documents. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (2020-12) of initiative documents, for editors that"
        + " validate and complete YAML.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(Schemas.initiative());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
