/**
 * The coproduction command-line tool, the bundled example initiatives, synthetic portfolios and an
 * embedding example.
 */
module io.github.coproduction.samples {
  requires io.github.coproduction.serialization;
  requires info.picocli;
  requires static org.immutables.value.annotations;

  exports io.github.coproduction.samples;
  exports io.github.coproduction.samples.synthetic;
  exports io.github.coproduction.samples.embedding;

  // picocli reads the commands' annotated fields.
  opens io.github.coproduction.samples.cli to info.picocli;
}
