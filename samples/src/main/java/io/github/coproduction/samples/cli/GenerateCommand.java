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

  /** The most initiatives one run writes (about 15 GB of JSON Lines). */
  static final long MAX_COUNT = 10_000_000;

  /** How often, in records, a write to standard output is checked. */
  private static final int CHECK_EVERY = 256;

  @Option(names = "--count", required = true, paramLabel = "N",
      description = "How many initiatives, from 0 to 10,000,000.")
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
    if (count < 0 || count > MAX_COUNT) {
      throw new ParameterException(spec.commandLine(),
          "--count must be from 0 to 10,000,000, but was " + count);
    }
    SyntheticPortfolio portfolio = new SyntheticPortfolio(seed);
    if (output == null) {
      java.io.PrintWriter out = spec.commandLine().getOut();
      long[] written = {0};
      // A PrintWriter keeps its errors to itself: ask it now and then, and stop when the reader
      // has gone (a closed pipe) or the disk is full.
      JsonLines.write(portfolio.stream(count).peek(i -> {
        if (++written[0] % CHECK_EVERY == 0 && out.checkError()) {
          throw new OutputException();
        }
      }), out);
      if (out.checkError()) {
        throw new OutputException();
      }
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
