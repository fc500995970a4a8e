package io.github.coproduction.serialization;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Turns values into document trees and trees into text: schemaVersion first, then the value's own
 * properties in the published order; JSON with two-space indents, YAML without a leading
 * {@code ---}; {@code '\n'} line ends and a final line end; no timestamps.
 */
final class Writers {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ObjectWriter PRETTY = JSON.writer().with(prettyPrinter());
  private static final ObjectWriter COMPACT = JSON.writer();
  private static final ObjectWriter YAML = YAMLMapper.builder(YAMLFactory.builder()
          .stringQuotingChecker(new PlainQuoting())
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .build())
      .build().writer();

  private Writers() {}

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** The whole document for a value: schemaVersion, then the value's properties. */
  static ObjectNode document(Object value) {
    ObjectNode doc = Out.NODES.objectNode();
    doc.put("schemaVersion", Versions.CURRENT);
    if (value instanceof Document<?> d) {
      doc.setAll(body(d.value()));
      merge(doc, d.unknown());
    } else {
      doc.setAll(body(value));
    }
    return doc;
  }

  /** The value's own properties. */
  static ObjectNode body(Object value) {
    if (value instanceof Initiative i) {
      return InitiativeCodec.write(i);
    } else if (value instanceof Assessment a) {
      return AssessmentCodec.write(a);
    } else if (value instanceof Checklist c) {
      return CatalogueCodec.write(c);
    } else if (value instanceof Profile p) {
      return AssessmentCodec.write(p);
    } else if (value instanceof Framework f) {
      return CatalogueCodec.write(f);
    } else if (value instanceof RuleSet r) {
      return CatalogueCodec.write(r);
    } else if (value instanceof PortfolioSummary s) {
      return PortfolioCodec.write(s);
    } else if (value instanceof Progress p) {
      return PortfolioCodec.write(p);
    } else if (value instanceof List<?> list && list.stream().allMatch(Waiver.class::isInstance)) {
      List<Waiver> waivers = new ArrayList<>();
      list.forEach(w -> waivers.add((Waiver) w));
      return AssessmentCodec.writeWaivers(waivers);
    } else if (value instanceof Document<?>) {
      throw new IllegalArgumentException("a document cannot hold another document");
    }
    throw new IllegalArgumentException("cannot write a "
        + (value == null ? "null" : value.getClass().getName()) + " as a document: write an"
        + " Initiative, Assessment, Checklist, Profile, List<Waiver>, Framework, RuleSet,"
        + " PortfolioSummary, Progress or Document");
  }

  /** Puts unknown properties back into the objects they were read from. */
  private static void merge(ObjectNode doc, Map<String, ObjectNode> unknown) {
    unknown.forEach((pointer, properties) -> {
      JsonNode target = pointer.isEmpty() ? doc : doc.at(JsonPointer.compile(pointer));
      if (target instanceof ObjectNode o) {
        properties.properties().forEach(e -> {
          if (!o.has(e.getKey())) {
            o.set(e.getKey(), e.getValue().deepCopy());
          }
        });
      } else if (target.isBoolean() && !pointer.isEmpty()) {
        // A provision written in its short form: the long form has room for the properties.
        JsonNode parent = doc.at(JsonPointer.compile(Pointers.parent(pointer)));
        if (parent instanceof ObjectNode p) {
          ObjectNode longForm = Out.NODES.objectNode().put("present", target.booleanValue());
          properties.properties().forEach(e -> longForm.set(e.getKey(), e.getValue().deepCopy()));
          p.set(Pointers.last(pointer), longForm);
        }
      }
    });
  }

  static String text(JsonNode tree, Format format) {
    try {
      return format == Format.JSON ? PRETTY.writeValueAsString(tree) + "\n"
          : YAML.writeValueAsString(tree);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write the document: " + e.getOriginalMessage(), e);
    }
  }

  static String compact(JsonNode tree) {
    return COMPACT.writeValueAsString(tree);
  }

  static void write(JsonNode tree, Format format, Writer out) {
    try {
      out.write(text(tree, format));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
