package io.github.coproduction.serialization;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mutations the reader fuzz test applies to valid documents: on bytes (flips, truncation,
 * insertions and deletions of bytes and tokens, invalid UTF-8) and on the tree (a value of another
 * kind at a random node, a duplicated key, deep nesting, huge numbers, long texts, a property
 * removed or added), the tree being written back as JSON or block YAML by a small emitter of its
 * own, which can write what no mapper writes: a key twice, a raw fragment in place of a value.
 * Every mutation is chosen by the random source alone, so a seed replays it, and says what it did.
 */
final class Mutations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Stands for a raw fragment in an emitted tree; replaced after emitting. */
  private static final String HOLE = "\u0001hole\u0001";

  /** Bytes that mean something to a JSON or YAML parser, or to a UTF-8 decoder. */
  private static final byte[] INTERESTING_BYTES = {
    0x00, (byte) 0xFF, (byte) 0x80, (byte) 0xC0, (byte) 0xED, '"', '\'', '{', '}', '[', ']', ':',
    ',', '\n', '\r', '\t', ' ', '\\', '-', '+', '.', '0', '9', 'e', 'E', '&', '*', '!', '#', '|',
    '>', '%', '@', '`', '?', '~', 0x7F, 0x1B,
  };

  /** Fragments that mean something to a JSON or YAML parser. */
  private static final List<String> TOKENS = List.of("null", "true", "false", "~", "{}", "[]",
      "{", "}", "[", "]", "\"", "'", ":", ": ", ",", "-", "- ", "\n- ", "\n  ", "\t", "\\u0000",
      "\\ud800", "\\uDFFF", "\\", "1e999999999", "-0", "0x1F", "0o17", ".inf", "-.inf", ".nan",
      "NaN", "Infinity", "1_000", "12345678901234567890123456789012345678901234567890",
      "&a ", "*a", "&a [1, 2] ", "<<: *a\n", "!!binary ", "!!python/object:os.system ",
      "!<tag:yaml.org,2002:str> ", "!local ", "%YAML 1.1\n---\n", "---\n", "\n...\n", "? ",
      "|\n  ", ">-\n  ", "# comment\n", "/* c */", "//", "\"schemaVersion\": \"1.0\", ",
      "schemaVersion: \"1.0\"\n", "\"id\": \"x\", ", "\uFEFF", "\u2028", "\uD83D\uDE00", "\u00e9",
      // Hostile text: terminal escapes, OSC 8, bidi, C1, CR in ids, markup, formula prefixes,
      // extreme and impossible dates.
      "\u001b[31m", "\u001b]8;;http://x\u0007a\u001b]8;;\u0007", "\u202e", "\u2066", "\u0085",
      "\u009b2J", "\\u001b", "\\u202e", "x\\ry", "\r<img src=x onerror=alert(1)>",
      "[a](javascript:alert(1))", "=HYPERLINK(\"http://x\")", "+cmd", "@SUM(1)", "-2",
      "+999999999-12-31", "-0001-01-01", "2026-02-30", "1899-12-31", "2200-01-01");

  /** Byte sequences that are not UTF-8. */
  private static final List<byte[]> INVALID_UTF8 = List.of(
      new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00});

  /** Numbers that no field holds: too large, too precise, too long, not finite. */
  private static final List<String> HUGE_NUMBERS = List.of("1e999999999", "-1e999999999",
      "1E-2147483648", "9223372036854775808", "-9223372036854775809",
      "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
      "4.9e-325", "1.7976931348623159e308", "123456789012345.1234567", "1e15", "1e16",
      "99999999999999999999.99", "-0.0", "2147483648", "1" + "0".repeat(99),
      "1" + "0".repeat(101), "9".repeat(5000), "1." + "0".repeat(300) + "1");

  /** A mutated document and what was done to it. */
  record Mutant(byte[] bytes, List<String> steps) {}

  private Mutations() {}

  /**
   * One to three mutations of a document.
   *
   * @param original the document's bytes
   * @param tree the document's tree, for tree mutations; null for JSON Lines
   * @param yaml whether tree mutations write YAML rather than JSON
   */
  static Mutant mutate(byte[] original, JsonNode tree, List<String> pointers, boolean yaml,
      Random random) {
    List<String> steps = new ArrayList<>();
    byte[] bytes = original;
    int count = random.nextInt(8) == 0 ? 2 + random.nextInt(2) : 1;
    for (int n = 0; n < count; n++) {
      if (tree != null && n == 0 && random.nextInt(5) < 2) {
        bytes = treeMutation(tree, pointers, yaml, random, steps);
      } else {
        bytes = byteMutation(bytes, random, steps);
      }
    }
    return new Mutant(bytes, steps);
  }

  // --- On bytes ---------------------------------------------------------------------------------

  static byte[] byteMutation(byte[] in, Random random, List<String> steps) {
    int pos = in.length == 0 ? 0 : random.nextInt(in.length + 1);
    switch (random.nextInt(9)) {
      case 0 -> {
        if (pos == in.length) {
          pos = Math.max(0, pos - 1);
        }
        byte[] out = in.clone();
        if (out.length > 0) {
          int bit = random.nextInt(8);
          out[pos] ^= (byte) (1 << bit);
          steps.add("flip bit " + bit + " of byte " + pos);
        }
        return out;
      }
      case 1 -> {
        byte[] out = in.clone();
        if (out.length > 0) {
          pos = Math.min(pos, out.length - 1);
          byte b = INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
          out[pos] = b;
          steps.add(String.format("set byte %d to 0x%02X", pos, b & 0xFF));
        }
        return out;
      }
      case 2 -> {
        steps.add("truncate at " + pos);
        return slice(in, 0, pos);
      }
      case 3 -> {
        String token = TOKENS.get(random.nextInt(TOKENS.size()));
        steps.add("insert " + Pointers.quote(token) + " at " + pos);
        return insert(in, pos, token.getBytes(StandardCharsets.UTF_8));
      }
      case 4 -> {
        byte[] bad = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
        steps.add("insert invalid UTF-8 " + hex(bad) + " at " + pos);
        return insert(in, pos, bad);
      }
      case 5 -> {
        int len = Math.min(in.length - pos, 1 + random.nextInt(random.nextBoolean() ? 4 : 64));
        steps.add("delete " + len + " bytes at " + pos);
        return concat(slice(in, 0, pos), slice(in, pos + len, in.length));
      }
      case 6 -> {
        int from = in.length == 0 ? 0 : random.nextInt(in.length);
        int len = Math.min(in.length - from, 1 + random.nextInt(80));
        steps.add("copy " + len + " bytes from " + from + " to " + pos);
        return insert(in, pos, slice(in, from, from + len));
      }
      case 7 -> {
        int len = 1 + random.nextInt(8);
        byte[] noise = new byte[len];
        random.nextBytes(noise);
        steps.add("insert random bytes " + hex(noise) + " at " + pos);
        return insert(in, pos, noise);
      }
      default -> {
        // a line end moved: changes YAML structure and splits JSON Lines
        byte b = random.nextBoolean() ? (byte) '\n' : (byte) ' ';
        steps.add("insert " + (b == '\n' ? "line end" : "space") + " at " + pos);
        return insert(in, pos, new byte[] {b});
      }
    }
  }

  // --- On the tree ------------------------------------------------------------------------------

  static byte[] treeMutation(JsonNode original, List<String> pointers, boolean yaml,
      Random random, List<String> steps) {
    JsonNode tree = original.deepCopy();
    String pointer = pointers.isEmpty() ? "" : pointers.get(random.nextInt(pointers.size()));
    String raw = null;
    ObjectNode duplicateIn = null;
    switch (random.nextInt(8)) {
      case 0, 1 -> {
        JsonNode swap = otherKind(Trees.at(tree, pointer), random);
        steps.add("replace " + pointer + " by " + describe(swap));
        set(tree, pointer, swap);
      }
      case 2 -> {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        duplicateIn = objects.get(random.nextInt(objects.size()));
        steps.add("duplicate the first key of an object with keys "
            + duplicateIn.propertyNames());
      }
      case 3 -> {
        int depth = new int[] {63, 64, 65, 200, 5000, 100_000}[random.nextInt(6)];
        boolean objects = random.nextBoolean();
        boolean closed = random.nextInt(4) > 0;
        raw = nesting(depth, objects, closed);
        steps.add("nest " + (objects ? "objects " : "lists ") + depth + " deep"
            + (closed ? "" : ", unclosed") + " at " + pointer);
      }
      case 4 -> {
        raw = HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size()));
        steps.add("number " + abbreviate(raw) + " at " + pointer);
      }
      case 5 -> {
        int length = new int[] {0, 1, 1000, 65_536, 65_537}[random.nextInt(5)];
        JsonNode text = NODES.stringNode("x".repeat(length));
        steps.add("text of " + length + " characters at " + pointer);
        set(tree, pointer, text);
      }
      case 6 -> {
        JsonNode parent = Trees.at(tree, Pointers.parent(pointer));
        steps.add("remove " + pointer);
        if (parent instanceof ObjectNode o) {
          o.remove(Pointers.last(pointer));
        } else {
          ((ArrayNode) parent).remove(Integer.parseInt(Pointers.last(pointer)));
        }
      }
      default -> {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        String name = random.nextBoolean() ? "unexpected" : "x".repeat(random.nextInt(3));
        target.put(name, random.nextInt());
        steps.add("add property " + Pointers.quote(name) + " to an object with keys "
            + target.propertyNames());
      }
    }
    if (raw != null) {
      if (pointer.isEmpty()) {
        return raw.getBytes(StandardCharsets.UTF_8);
      }
      set(tree, pointer, NODES.stringNode(HOLE));
    }
    StringBuilder b = new StringBuilder();
    if (yaml) {
      yaml(tree, 0, b, duplicateIn);
    } else {
      json(tree, b, duplicateIn);
    }
    String text = b.toString();
    if (raw != null) {
      text = text.replace(quote(HOLE), raw);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Replaces the value at a pointer, in place. */
  private static void set(JsonNode root, String pointer, JsonNode value) {
    JsonNode parent = Trees.at(root, Pointers.parent(pointer));
    String last = Pointers.last(pointer);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
  }

  /** A value of another kind than the one given. */
  private static JsonNode otherKind(JsonNode n, Random random) {
    List<JsonNode> options = new ArrayList<>();
    if (!n.isString()) {
      options.add(NODES.stringNode(n.isContainer() ? "x" : n.asString()));
      options.add(NODES.stringNode(""));
    } else {
      options.add(NODES.stringNode(n.stringValue() + "-x"));
      options.add(NODES.stringNode(n.stringValue().toUpperCase(java.util.Locale.ROOT)));
    }
    if (!n.isNumber()) {
      options.add(NODES.numberNode(random.nextInt(5) - 1));
      options.add(NODES.numberNode(new java.math.BigDecimal("1.5")));
    }
    if (!n.isArray()) {
      options.add(NODES.arrayNode());
      options.add(NODES.arrayNode().add(n.deepCopy()));
    }
    if (!n.isObject()) {
      options.add(NODES.objectNode());
      ObjectNode wrap = NODES.objectNode();
      wrap.set("present", n.deepCopy());
      options.add(wrap);
    }
    if (!n.isBoolean()) {
      options.add(NODES.booleanNode(random.nextBoolean()));
    }
    options.add(NODES.nullNode());
    return options.get(random.nextInt(options.size()));
  }

  private static void collectObjects(JsonNode n, List<ObjectNode> out) {
    if (n instanceof ObjectNode o && !o.isEmpty()) {
      out.add(o);
    }
    for (JsonNode child : n) {
      collectObjects(child, out);
    }
  }

  private static String nesting(int depth, boolean objects, boolean closed) {
    StringBuilder b = new StringBuilder(depth * (objects ? 6 : 2));
    for (int i = 0; i < depth; i++) {
      b.append(objects ? "{\"a\":" : "[");
    }
    b.append('1');
    if (closed) {
      for (int i = 0; i < depth; i++) {
        b.append(objects ? '}' : ']');
      }
    }
    return b.toString();
  }

  // --- Emitting ---------------------------------------------------------------------------------

  private static void json(JsonNode n, StringBuilder b, ObjectNode duplicateIn) {
    if (n.isObject()) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        b.append(quote(e.getKey())).append(':');
        json(e.getValue(), b, duplicateIn);
        if (n == duplicateIn) {
          b.append(',').append(quote(e.getKey())).append(':');
          json(e.getValue(), b, duplicateIn);
          duplicateIn = null;
        }
      }
      b.append('}');
    } else if (n.isArray()) {
      b.append('[');
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        json(n.get(i), b, duplicateIn);
      }
      b.append(']');
    } else {
      b.append(scalar(n));
    }
  }

  /** Block YAML; texts are double-quoted, whose escapes YAML shares with JSON. */
  private static void yaml(JsonNode n, int indent, StringBuilder b, ObjectNode duplicateIn) {
    String pad = " ".repeat(indent);
    if (n.isObject() && !n.isEmpty()) {
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        int times = n == duplicateIn && first ? 2 : 1;
        first = false;
        for (int t = 0; t < times; t++) {
          b.append(pad).append(quote(e.getKey())).append(':');
          yamlValue(e.getValue(), indent, b, duplicateIn);
        }
      }
    } else if (n.isArray() && !n.isEmpty()) {
      for (JsonNode item : n) {
        b.append(pad).append('-');
        yamlValue(item, indent, b, duplicateIn);
      }
    } else {
      b.append(pad).append(n.isObject() ? "{}" : n.isArray() ? "[]" : scalar(n)).append('\n');
    }
  }

  private static void yamlValue(JsonNode v, int indent, StringBuilder b, ObjectNode dup) {
    if (v.isContainer() && !v.isEmpty()) {
      b.append('\n');
      yaml(v, indent + 2, b, dup);
    } else {
      b.append(' ').append(v.isObject() ? "{}" : v.isArray() ? "[]" : scalar(v)).append('\n');
    }
  }

  private static String scalar(JsonNode n) {
    if (n.isString()) {
      return quote(n.stringValue());
    }
    if (n.isNull()) {
      return "null";
    }
    return n.isNumber() ? n.numberValue().toString() : n.asString();
  }

  /** A JSON (and YAML double-quoted) string; written by hand, a mapper being slow for this. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029
          || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  // --- Bytes ------------------------------------------------------------------------------------

  private static byte[] slice(byte[] in, int from, int to) {
    return java.util.Arrays.copyOfRange(in, from, to);
  }

  private static byte[] insert(byte[] in, int pos, byte[] what) {
    return concat(concat(slice(in, 0, pos), what), slice(in, pos, in.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(String.format("%02X", x & 0xFF));
    }
    return b.toString();
  }

  private static String describe(JsonNode n) {
    String s = n.isContainer() ? n.toString() : scalar(n);
    return abbreviate(s);
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "... (" + s.length() + " chars)" : s;
  }
}
