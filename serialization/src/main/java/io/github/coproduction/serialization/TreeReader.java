package io.github.coproduction.serialization;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Parses the text of one document into a tree, enforcing the limits, refusing nulls, duplicate
 * keys, YAML tags and merge keys, expanding YAML aliases within bounds, and turning every parser
 * failure into a {@link DocumentException} with a location. Numbers keep their exact value.
 */
final class TreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"",
      Pattern.DOTALL);

  private final Parsers parsers;
  private final ReadLimits limits;
  private final String text;
  private final Format format;
  private final String source;
  private final Locator locator;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private final IdentityHashMap<JsonNode, Long> anchoredSizes = new IdentityHashMap<>();
  private JsonParser parser;
  private long values;
  private int aliases;
  // The path of the value being read, for errors: names, or null for an index. The pointer is
  // built from it only for an error, rather than for every value read.
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int pathLength;

  private TreeReader(Parsers parsers, String text, Format format, String source) {
    this.parsers = parsers;
    this.limits = parsers.limits();
    this.text = text;
    this.format = format;
    this.source = source;
    this.locator = new Locator(parsers, text, format);
  }

  /** Parses a document: exactly one value, which is then checked to be an object by the caller. */
  static ParsedDocument parse(Parsers parsers, String text, Format format, String source) {
    return new TreeReader(parsers, text, format, source).parse();
  }

  private ParsedDocument parse() {
    try (JsonParser p = parsers.parser(text, format)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new DocumentException(source, 0, 0, "", "the document is empty: expected an"
            + " object starting with schemaVersion");
      }
      JsonNode root = value(first, 1);
      pathLength = 0;
      JsonToken extra = p.nextToken();
      if (extra != null) {
        int[] at = at(p.currentTokenLocation());
        throw new DocumentException(source, at[0], at[1], "", "more than one value in the"
            + " document: a document holds exactly one object"
            + (format == Format.YAML ? " (one YAML document, no second '---')"
                : " (for one initiative per line use JSON Lines)"));
      }
      return new ParsedDocument(root, locator);
    } catch (DocumentException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e);
    } catch (RuntimeException e) {
      // Whatever else the parser throws is still a problem with the document, never a crash.
      int[] at = parser == null ? new int[] {0, 0} : at(parser.currentLocation());
      // The message names no Java class: it is for the person who wrote the document.
      throw new DocumentException(source, at[0], at[1], pointer(), "cannot read the document"
          + " from here: the parser stopped" + (e.getMessage() == null ? "" : " ("
          + Pointers.quote(firstLine(e.getMessage())) + ")"));
    }
  }

  /**
   * Copies the value at a parser's current token into a tree, keeping numbers exact whatever the
   * parser's mapper is configured to do; nulls are kept for the binder to refuse.
   */
  static JsonNode copy(JsonParser p) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT, PROPERTY_NAME -> {
        ObjectNode node = NODES.objectNode();
        if (t == JsonToken.START_OBJECT) {
          t = p.nextToken();
        }
        while (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          node.set(name, copy(p));
          t = p.nextToken();
        }
        return node;
      }
      case START_ARRAY -> {
        ArrayNode node = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.add(copy(p));
        }
        return node;
      }
      case VALUE_STRING -> {
        return StringNode.valueOf(p.getString());
      }
      case VALUE_NUMBER_INT -> {
        BigInteger big = p.getBigIntegerValue();
        return big.bitLength() < 64 ? LongNode.valueOf(big.longValue())
            : BigIntegerNode.valueOf(big);
      }
      case VALUE_NUMBER_FLOAT -> {
        return DecimalNode.valueOf(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return BooleanNode.TRUE;
      }
      case VALUE_FALSE -> {
        return BooleanNode.FALSE;
      }
      default -> {
        return NODES.nullNode();
      }
    }
  }

  private JsonNode value(JsonToken token, int depth) {
    long before = values;
    count(1);
    Event event = event();
    checkTag(event);
    if (event instanceof AliasEvent alias) {
      return alias(alias);
    }
    JsonNode node = switch (token) {
      case START_OBJECT -> object(depth);
      case START_ARRAY -> array(depth);
      case VALUE_STRING -> string();
      case VALUE_NUMBER_INT -> integer();
      case VALUE_NUMBER_FLOAT -> decimal();
      case VALUE_TRUE -> BooleanNode.TRUE;
      case VALUE_FALSE -> BooleanNode.FALSE;
      case VALUE_NULL -> throw error("null is not allowed: leave the property out when it is not"
          + " recorded, or write false when it is recorded as absent");
      default -> throw error("a value of this kind is not allowed here (" + token + ")");
    };
    anchor(event, node, values - before);
    return node;
  }

  private ObjectNode object(int depth) {
    checkDepth(depth);
    ObjectNode node = NODES.objectNode();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.PROPERTY_NAME) {
        throw error("expected a property name, but found " + t);
      }
      String name = parser.currentName();
      push(name, 0);
      checkUnicode(name, "a property name");
      checkTag(event());
      if ("<<".equals(name) && format == Format.YAML) {
        throw error("YAML merge keys (<<) are not supported: write the properties out in full");
      }
      if (node.has(name)) {
        throw duplicate(name, pointer());
      }
      JsonToken v = parser.nextToken();
      node.set(name, value(v, depth + 1));
      pathLength--;
    }
    return node;
  }

  private ArrayNode array(int depth) {
    checkDepth(depth);
    ArrayNode node = NODES.arrayNode();
    JsonToken t;
    int index = 0;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      push(null, index++);
      node.add(value(t, depth + 1));
      pathLength--;
    }
    return node;
  }

  private JsonNode string() {
    String s = parser.getString();
    if (s.length() > limits.maxStringLength()) {
      throw error("a text of " + s.length() + " characters is longer than the limit of "
          + limits.maxStringLength() + " (ReadLimits.maxStringLength)");
    }
    checkUnicode(s, "a text");
    return StringNode.valueOf(s);
  }

  /**
   * Refuses an unpaired surrogate, which a JSON or YAML escape of half a surrogate pair can write
   * but which is no character: it cannot be written as UTF-8, and would not read back the same.
   */
  private void checkUnicode(String s, String what) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(String.format(java.util.Locale.ROOT, "%s holds an unpaired surrogate"
            + " \\u%04X at character %d, which is not a character: escapes of surrogates must"
            + " come in pairs", what, (int) c, i + 1));
      }
    }
  }

  private JsonNode integer() {
    checkNumberLength();
    return switch (parser.getNumberType()) {
      case INT, LONG -> LongNode.valueOf(parser.getLongValue());
      default -> {
        BigInteger big = parser.getBigIntegerValue();
        yield big.bitLength() < 64 ? LongNode.valueOf(big.longValue())
            : BigIntegerNode.valueOf(big);
      }
    };
  }

  private JsonNode decimal() {
    checkNumberLength();
    if (parser.isNaN()) {
      throw error("not a finite number: " + Pointers.quote(parser.getString()));
    }
    try {
      BigDecimal d = parser.getDecimalValue();
      return DecimalNode.valueOf(d);
    } catch (NumberFormatException e) {
      throw error("not a finite number: " + Pointers.quote(parser.getString()));
    }
  }

  private void checkNumberLength() {
    String digits = parser.getString();
    if (digits.length() > limits.maxNumberLength()) {
      throw error("a number of " + digits.length() + " characters is longer than the limit of "
          + limits.maxNumberLength() + " (ReadLimits.maxNumberLength)");
    }
  }

  private void checkDepth(int depth) {
    if (depth > limits.maxDepth()) {
      throw error("nested deeper than the limit of " + limits.maxDepth()
          + " levels (ReadLimits.maxDepth)");
    }
  }

  private void count(long n) {
    values += n;
    if (values > limits.maxValues()) {
      throw error("more than " + limits.maxValues() + " values in the document"
          + (aliases > 0 ? " once its YAML aliases are expanded" : "")
          + " (ReadLimits.maxValues)");
    }
  }

  // --- YAML events: tags, anchors, aliases ------------------------------------------------------

  private Event event() {
    return parser instanceof EventYamlFactory.EventYamlParser y ? y.lastEvent() : null;
  }

  private void checkTag(Event event) {
    Optional<String> tag = Optional.empty();
    if (event instanceof ScalarEvent s) {
      tag = s.getTag();
    } else if (event instanceof CollectionStartEvent c) {
      tag = c.getTag();
    }
    if (tag.isPresent() && !"!".equals(tag.get())) {
      String shown = tag.get().startsWith("tag:yaml.org,2002:")
          ? "!!" + tag.get().substring("tag:yaml.org,2002:".length()) : tag.get();
      throw error("YAML tags such as " + Pointers.quote(shown) + " are not allowed: a document"
          + " holds plain values only, and tags never create objects");
    }
  }

  private JsonNode alias(AliasEvent alias) {
    String name = alias.getAlias().getValue();
    if (++aliases > limits.maxYamlAliases()) {
      throw error("more than " + limits.maxYamlAliases() + " YAML aliases in the document"
          + " (ReadLimits.maxYamlAliases)");
    }
    JsonNode target = anchors.get(name);
    if (target == null) {
      throw error("the YAML alias *" + name + " refers to no anchor &" + name
          + " defined before it");
    }
    // The alias counts as all the values it stands for: this bounds "billion laughs".
    count(anchoredSizes.getOrDefault(target, 1L) - 1);
    return target;
  }

  private void anchor(Event event, JsonNode node, long size) {
    if (event instanceof NodeEvent n && n.getAnchor().isPresent()) {
      anchors.put(n.getAnchor().get().getValue(), node);
      anchoredSizes.put(node, size);
    }
  }

  // --- The path and errors ---------------------------------------------------------------------

  /** Steps into a property (a name) or a list item (null and an index). */
  private void push(String name, int index) {
    if (pathLength == names.length) {
      names = Arrays.copyOf(names, 2 * pathLength);
      indexes = Arrays.copyOf(indexes, 2 * pathLength);
    }
    names[pathLength] = name;
    indexes[pathLength] = index;
    pathLength++;
  }

  /** The pointer of the value being read. */
  private String pointer() {
    StringBuilder b = new StringBuilder();
    for (int d = 0; d < pathLength; d++) {
      b.append('/');
      if (names[d] != null) {
        b.append(Pointers.escape(names[d]));
      } else {
        b.append(indexes[d]);
      }
    }
    return b.toString();
  }

  private DocumentException error(String problem) {
    int[] at = at(parser.currentTokenLocation());
    return new DocumentException(source, at[0], at[1], pointer(), problem);
  }

  private DocumentException duplicate(String name, String child) {
    int[] at = at(parser.currentTokenLocation());
    int[] first = locator.locate(child, true);
    return new DocumentException(source, at[0], at[1], child, "duplicate property '" + name + "'"
        + (first[0] > 0 ? DocumentException.FIRST_GIVEN + first[0] + ", column " + first[1]
            : "")
        + ": each property may appear once");
  }

  private DocumentException translate(JacksonException e) {
    int[] at = at(e.getLocation());
    if (at[0] == 0 && parser != null) {
      at = at(parser.currentLocation());
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
        : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return new DocumentException(source, at[0], at[1], pointer(), constraint(message));
    }
    Matcher dup = DUPLICATE.matcher(message);
    if (dup.find()) {
      String child = Pointers.child(pointer(), dup.group(1));
      int[] first = locator.locate(child, true);
      return new DocumentException(source, at[0], at[1], child, "duplicate property '"
          + dup.group(1) + "'" + (first[0] > 0 ? DocumentException.FIRST_GIVEN + first[0]
              + ", column " + first[1] : "")
          + ": each property may appear once");
    }
    if (e.getCause() instanceof MarkedYamlEngineException y) {
      Optional<Mark> mark = y.getProblemMark();
      if (mark.isPresent()) {
        at = new int[] {mark.get().getLine() + 1, mark.get().getColumn() + 1};
      }
      String context = y.getContext() == null ? "" : y.getContext() + ": ";
      return new DocumentException(source, at[0], at[1], pointer(), "not valid YAML: " + context
          + firstLine(y.getProblem()));
    }
    return new DocumentException(source, at[0], at[1], pointer(), (format == Format.JSON
        ? "not valid JSON: " : "not valid YAML: ") + clean(message));
  }

  private String constraint(String message) {
    if (message.contains("nesting depth")) {
      return "nested deeper than the limit of " + limits.maxDepth()
          + " levels (ReadLimits.maxDepth)";
    }
    if (message.contains("Number value length") || message.contains("Number length")) {
      return "a number longer than the limit of " + limits.maxNumberLength()
          + " characters (ReadLimits.maxNumberLength)";
    }
    if (message.contains("Name length") || message.contains("String value length")) {
      return "a text or property name longer than the limit of " + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (message.contains("Document length") || message.contains("document length")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes()
          + " bytes (ReadLimits.maxDocumentBytes)";
    }
    return "the document breaks a reading limit: " + clean(message);
  }

  /** A parser message without the parser's own location and source details. */
  private static String clean(String message) {
    String m = firstLine(message);
    m = m.replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "");
    m = m.replaceAll("\\s*at \\[Source:[^\\]]*\\]", "");
    m = m.replace("Unexpected end-of-input", "the document ends too early (is it cut short?)");
    return m;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  private static int[] at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return new int[] {0, 0};
    }
    return new int[] {location.getLineNr(), Math.max(0, location.getColumnNr())};
  }
}
