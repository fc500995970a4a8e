package io.github.coproduction.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One value of a document being read, at its JSON Pointer, with typed accessors that fail with a
 * located {@link DocumentException} naming what was expected and what was found.
 *
 * <p>The pointer is needed only for errors, so a value keeps its parent and its key there, and
 * the pointer is built when asked for.
 */
final class In {

  final ReadSession session;
  final JsonNode node;
  /** The value this one is in, or null when this one was given its pointer. */
  private final In parent;
  /** The property name in the parent, or the pointer given when there is no parent. */
  private final String key;
  /** The index in the parent list, or -1 when {@link #key} is the name or the pointer. */
  private final int index;

  In(ReadSession session, JsonNode node, String pointer) {
    this(session, node, null, pointer, -1);
  }

  private In(ReadSession session, JsonNode node, In parent, String key, int index) {
    this.session = session;
    this.node = node;
    this.parent = parent;
    this.key = key;
    this.index = index;
    if (node.isNull()) {
      throw fail("null is not allowed: leave the property out when it is not recorded, or write"
          + " false when it is recorded as absent");
    }
  }

  /** The value of a property of this one. */
  In child(String name, JsonNode value) {
    return new In(session, value, this, name, -1);
  }

  /** The value of an item of this list. */
  In child(int i, JsonNode value) {
    return new In(session, value, this, null, i);
  }

  /** This value's JSON Pointer. */
  String pointer() {
    int depth = 0;
    for (In v = this; v.parent != null; v = v.parent) {
      depth++;
    }
    In[] path = new In[depth];
    In root = this;
    for (int d = depth - 1; d >= 0; d--) {
      path[d] = root;
      root = root.parent;
    }
    StringBuilder b = new StringBuilder(root.key);
    for (In v : path) {
      b.append('/');
      if (v.index < 0) {
        b.append(Pointers.escape(v.key));
      } else {
        b.append(v.index);
      }
    }
    return b.toString();
  }

  DocumentException fail(String problem) {
    return session.at(pointer(), problem);
  }

  DocumentException expected(String what) {
    return fail("expected " + what + ", but found " + describe(node));
  }

  static String describe(JsonNode n) {
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isString()) {
      return "the text " + Pointers.quote(n.stringValue());
    }
    if (n.isNumber()) {
      String s = n.numberValue().toString();
      return "the number " + (s.length() > 30 ? s.substring(0, 27) + "..." : s);
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? "true" : "false";
    }
    if (n.isNull()) {
      return "null";
    }
    return "a value of another kind";
  }

  Obj object(String what, List<String> known) {
    if (!node.isObject()) {
      throw expected(what + " (an object)");
    }
    return new Obj(this, known);
  }

  List<In> list(String what) {
    if (!node.isArray()) {
      throw expected(what + " (a list)");
    }
    List<In> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(child(i, node.get(i)));
    }
    return items;
  }

  <T> List<T> list(String what, Function<In, T> reader) {
    List<T> values = new ArrayList<>();
    for (In item : list(what)) {
      values.add(reader.apply(item));
    }
    return values;
  }

  String text(String what) {
    if (!node.isString()) {
      throw expected(what);
    }
    return node.stringValue();
  }

  /** A text that must not be blank. */
  String nonBlank(String what) {
    String s = text(what);
    if (s.isBlank()) {
      throw fail(what + " must not be blank");
    }
    return s;
  }

  boolean bool(String what) {
    if (!node.isBoolean()) {
      throw expected(what + " (true or false)");
    }
    return node.booleanValue();
  }

  /** An amount of money in pounds sterling: exact, at most 15 digits before the point, 6 after. */
  BigDecimal money(String what) {
    if (!node.isNumber()) {
      throw expected(what + " (a number such as 25.00)");
    }
    BigDecimal d = node.decimalValue();
    if (d.precision() - d.scale() > 15 || d.scale() > 6) {
      throw fail(what + " must have at most 15 digits before the decimal point and 6 after,"
          + " but was " + describe(node).substring("the number ".length()));
    }
    return d;
  }

  /** A count: a whole number, zero or more. */
  long count(String what) {
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
      throw expected(what + " (a whole number, zero or more)");
    }
    return node.longValue();
  }

  int smallCount(String what) {
    long n = count(what);
    if (n > Integer.MAX_VALUE) {
      throw fail(what + " is too large: " + n);
    }
    return (int) n;
  }

  LocalDate date(String what) {
    String s = text(what + " (a date such as \"2026-03-01\")");
    try {
      return io.github.coproduction.core.Dates.parse(s);
    } catch (IllegalArgumentException e) {
      throw fail("expected " + what + " as a date YYYY-MM-DD from "
          + io.github.coproduction.core.Dates.EARLIEST + " to "
          + io.github.coproduction.core.Dates.LATEST + ", such as \"2026-03-01\", but found "
          + Pointers.quote(s));
    }
  }

  <E extends Enum<E>> E choice(Class<E> type) {
    if (!node.isString()) {
      throw expected("one of " + Kebab.allowed(type));
    }
    String s = node.stringValue();
    return Kebab.parse(type, s).orElseThrow(() -> fail(Kebab.unknown(type, s)));
  }
}
