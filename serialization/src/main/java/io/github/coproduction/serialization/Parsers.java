package io.github.coproduction.serialization;

import java.io.StringReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * The token stream factories for one set of limits. YAML is read with the YAML 1.2 core schema
 * ({@code ~}, {@code null} and an empty value are null; {@code true}/{@code false} in any of
 * their three spellings are booleans; no octal surprises: {@code 0123} is 123). Jackson's own constraints sit one step beyond
 * the reader's limits, so that the reader's clearer messages come first; they still stop input
 * that the reader never sees, such as a huge number inside a string the parser is skipping.
 */
final class Parsers {

  private final ReadLimits limits;
  private final JsonFactory json;
  private final EventYamlFactory yaml;

  Parsers(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
    this.json = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    LoadSettings load = LoadSettings.builder()
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(limits.maxYamlAliases())
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
        .build();
    this.yaml = new EventYamlFactory(YAMLFactory.builder()
        .loadSettings(load)
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
        .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS));
  }

  ReadLimits limits() {
    return limits;
  }

  JsonParser parser(String text, Format format) {
    TokenStreamFactory factory = format == Format.JSON ? json : yaml;
    return factory.createParser(ObjectReadContext.empty(), new StringReader(text));
  }
}
