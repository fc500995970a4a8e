package io.github.coproduction.serialization;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes a YAML string value only when a reader would otherwise take it for something else: a
 * value the YAML 1.2 core schema (which the reader uses) resolves to a boolean, null or number,
 * or a YAML 1.1 boolean word (yes/no/on/off) that older tools would. Commas and other characters
 * are left to the emitter, which quotes a scalar whenever the plain style cannot hold it.
 */
final class PlainQuoting extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;
  private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

  @Override
  public boolean needToQuoteName(String name) {
    return isReservedKeyword(name) || looksLikeYAMLNumber(name) || nameHasQuotableChar(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return isReservedKeyword(value) || !Tag.STR.equals(CORE.resolve(value, true));
  }
}
