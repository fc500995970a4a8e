package io.github.coproduction.serialization;

import io.github.coproduction.core.internal.Spelling;
import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * An object of a document being read, with the property names its type knows. Unknown properties
 * fail at once in strict mode, naming the nearest known one, or are kept in lenient mode. Missing
 * properties are reported at the pointer they would have.
 */
final class Obj {

  private final In in;
  private final List<String> known;

  Obj(In in, List<String> known) {
    this.in = in;
    this.known = known;
    for (String name : in.node.propertyNames()) {
      if (!known.contains(name)) {
        if (in.session.lenient()) {
          in.session.keepUnknown(in.pointer(), name, in.node.get(name));
        } else {
          throw in.session.atName(Pointers.child(in.pointer(), name), unknown(name));
        }
      }
    }
  }

  private String unknown(String name) {
    StringBuilder b = new StringBuilder("unknown property '")
        .append(Pointers.quote(name), 1, Pointers.quote(name).length() - 1).append("'");
    Optional<String> nearest = Spelling.nearest(name, known);
    if (nearest.isPresent()) {
      b.append("; did you mean '").append(nearest.get()).append("'?");
    } else {
      b.append("; known properties here: ").append(String.join(", ", known));
    }
    if (Versions.isNewerMinor(in.session.version())) {
      b.append(" (the document says schemaVersion \"").append(in.session.version())
          .append("\", newer than ").append(Versions.CURRENT)
          .append(", which this release reads: the property may come from that version)");
    }
    return b.toString();
  }

  String pointer() {
    return in.pointer();
  }

  boolean has(String name) {
    return in.node.has(name);
  }

  Optional<In> get(String name) {
    JsonNode n = in.node.get(name);
    return n == null ? Optional.empty() : Optional.of(in.child(name, n));
  }

  In required(String name, String what) {
    JsonNode n = in.node.get(name);
    if (n == null) {
      throw missing(name, what);
    }
    return in.child(name, n);
  }

  private DocumentException missing(String name, String what) {
    return in.session.at(Pointers.child(in.pointer(), name),
        "missing required property '" + name + "' (" + what + ")");
  }

  DocumentException fail(String problem) {
    return in.fail(problem);
  }

  // --- Scalars ----------------------------------------------------------------------------------

  String text(String name, String what) {
    return required(name, what).nonBlank(what);
  }

  Optional<String> optionalText(String name, String what) {
    return get(name).map(v -> v.nonBlank(what));
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, String what) {
    JsonNode n = in.node.get(name);
    if (n == null) {
      throw missing(name, what + ", one of " + Kebab.allowed(type));
    }
    return in.child(name, n).choice(type);
  }

  BigDecimal money(String name, String what) {
    return required(name, what).money(what);
  }

  Optional<BigDecimal> optionalMoney(String name, String what) {
    return get(name).map(v -> v.money(what));
  }

  long count(String name, String what) {
    return required(name, what).count(what);
  }

  int smallCount(String name, String what) {
    return required(name, what).smallCount(what);
  }

  LocalDate date(String name, String what) {
    return required(name, what).date(what);
  }

  // --- Facts, provisions, recorded values -------------------------------------------------------

  /** A fact: true is present, false absent, missing not recorded. */
  Fact fact(String name, String what) {
    Optional<In> v = get(name);
    if (v.isEmpty()) {
      return Fact.NOT_RECORDED;
    }
    if (!v.get().node.isBoolean()) {
      throw v.get().expected(what + ": true or false (leave it out when not recorded)");
    }
    return Fact.of(v.get().node.booleanValue());
  }

  /** A provision: true, false, {present, note} or missing. */
  Provision provision(String name, String what) {
    Optional<In> v = get(name);
    if (v.isEmpty()) {
      return Provision.notRecorded();
    }
    In value = v.get();
    if (value.node.isBoolean()) {
      return value.node.booleanValue() ? Provision.present() : Provision.absent();
    }
    if (!value.node.isObject()) {
      throw value.expected(what + ": true, false, or {present: true|false, note: \"...\"}"
          + " (leave it out when not recorded)");
    }
    Obj o = value.object(what, List.of("present", "note"));
    boolean present = o.required("present", "whether " + what + " is in place, true or false")
        .bool("whether " + what + " is in place");
    Optional<String> note = o.optionalText("note", "a note");
    return o.build(() -> Provision.of(Fact.of(present), note));
  }

  /**
   * A recorded value: missing is not recorded, false is recorded as absent, anything else is
   * present with the value the reader makes of it.
   */
  <T> Recorded<T> recorded(String name, String what, Function<In, T> reader) {
    Optional<In> v = get(name);
    if (v.isEmpty()) {
      return Recorded.notRecorded();
    }
    In value = v.get();
    if (value.node.isBoolean()) {
      if (!value.node.booleanValue()) {
        return Recorded.absent();
      }
      throw value.fail("true is not " + what + ": write " + what
          + ", or false when it is recorded as absent");
    }
    return Recorded.present(reader.apply(value));
  }

  /** A recorded list that, when present, must not be empty: none is written as false. */
  <T> Recorded<List<T>> recordedNonEmptyList(String name, String what, String itemWhat,
      Function<In, T> reader) {
    return recorded(name, what, v -> {
      List<T> list = v.list(what, reader);
      if (list.isEmpty()) {
        throw v.fail("an empty list is not allowed here: write false when " + itemWhat
            + " are recorded as none, or leave " + name + " out when not recorded");
      }
      return list;
    });
  }

  // --- Collections ------------------------------------------------------------------------------

  /** A list; missing is empty. */
  <T> List<T> list(String name, String what, Function<In, T> reader) {
    return get(name).map(v -> v.list(what, reader)).orElse(List.of());
  }

  /** A list that stands for a set: missing is empty, duplicates fail. */
  <T> Set<T> set(String name, String what, Function<In, T> reader) {
    return get(name).map(v -> uniqueValues(v, what, reader)).orElse(Set.of());
  }

  static <T> Set<T> uniqueValues(In v, String what, Function<In, T> reader) {
    Set<T> values = new LinkedHashSet<>();
    Map<T, Integer> first = new HashMap<>();
    List<In> items = v.list(what);
    for (int i = 0; i < items.size(); i++) {
      T value = reader.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        throw items.get(i).fail("duplicate value " + In.describe(items.get(i).node)
            .replace("the text ", "") + ", already given at "
            + Pointers.child(v.pointer(), earlier));
      }
      values.add(value);
    }
    return values;
  }

  /** Text values forming a list; blank ones fail. */
  List<String> texts(String name, String what) {
    return list(name, what, v -> v.nonBlank(what.startsWith("a list of ")
        ? "an entry of " + what.substring("a list of ".length()) : what));
  }

  <V> Map<String, V> map(String name, String what, Function<In, V> reader) {
    Optional<In> v = get(name);
    if (v.isEmpty()) {
      return Map.of();
    }
    if (!v.get().node.isObject()) {
      throw v.get().expected(what + " (an object)");
    }
    Map<String, V> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.get().node.properties()) {
      In item = v.get().child(e.getKey(), e.getValue());
      values.put(e.getKey(), reader.apply(item));
    }
    return values;
  }

  // --- Building ---------------------------------------------------------------------------------

  /**
   * Builds the value, turning the model's refusal into a located error: a
   * {@link ValidationException} carries a pointer relative to this object.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ValidationException e) {
      throw in.session.at(in.pointer() + e.pointer(), e.problem());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw in.session.at(in.pointer(), String.valueOf(e.getMessage()));
    }
  }

  static List<String> plus(List<String> names, String... more) {
    List<String> all = new ArrayList<>(names);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
