/**
 * JSON and YAML reading and writing for the coproduction library: initiatives, assessments,
 * checklists, profiles, waivers, the framework catalogue, rule sets, portfolio summaries and
 * progress; JSON Lines streaming, CSV tables and the JSON Schema of initiative documents.
 *
 * <p>Start at {@link io.github.coproduction.serialization.Documents}. Users with their own Jackson
 * mappers can register {@link io.github.coproduction.serialization.CoproductionModule}, which is
 * also found through {@link java.util.ServiceLoader}.
 */
module io.github.coproduction.serialization {
  requires transitive io.github.coproduction.rules;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires org.snakeyaml.engine;
  // Only so that javac can read the annotations on core's and rules' classes.
  requires static org.immutables.value.annotations;

  exports io.github.coproduction.serialization;

  provides tools.jackson.databind.JacksonModule
      with io.github.coproduction.serialization.CoproductionModule;
  provides io.github.coproduction.rules.report.ReportFormat with
      io.github.coproduction.serialization.format.JsonFormat,
      io.github.coproduction.serialization.format.YamlFormat,
      io.github.coproduction.serialization.format.CsvFormat;
}
