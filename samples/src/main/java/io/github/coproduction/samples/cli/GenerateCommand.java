package io.github.coproduction.samples.cli;

import io.github.coproduction.samples.synthetic.SyntheticPortfolio;
import io.github.coproduction.serialization.JsonLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a synthetic portfolio as JSON Lines. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic, realistic portfolio of initiatives as JSON Lines, one"
        + " initiative per line: the same seed gives the same portfolio.")
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--count", required = true, paramLabel = "N",
      description = "How many initiatives.")
  long count;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new ParameterException(spec.commandLine(),
          "--count must be zero or more, but was " + count);
    }
    SyntheticPortfolio portfolio = new SyntheticPortfolio(seed);
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      JsonLines.write(portfolio.stream(count), out);
      return 0;
    }
    if (Files.isDirectory(output)) {
      throw new InputException(output + ": is a directory, not a file");
    }
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
        StandardCharsets.UTF_8), 1 << 16)) {
      JsonLines.write(portfolio.stream(count), out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return 0;
  }
}
