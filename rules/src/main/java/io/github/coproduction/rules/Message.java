package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A text to show a reader, kept as a message key and its arguments until it is rendered in a
 * {@link Locale}: a finding's message, a report heading, a rule's name. The patterns live in the
 * library's message bundles (see {@link Messages}); English is the default and the source of
 * every translation.
 *
 * <p>A message may also be a {@linkplain #literal(String) literal}: text given by a caller, such
 * as a custom rule's own English, shown as it is in every locale.
 *
 * <p>Arguments are strings (shown as they are: references, ids, amounts already formatted),
 * integers (counts, shown without grouping and usable by a plural choice), other messages
 * (rendered in the same locale) and lists of these ({@link #list(List)}, joined the way the
 * locale joins a list: "a, b, c" in English, where the library's lists are references and
 * amounts, and "a, b a c" in Welsh).
 *
 * <pre>{@code
 * import io.github.coproduction.rules.*;
 * Message m = Message.of("verdict.SOUND");
 * m.render(java.util.Locale.ENGLISH);    // "sound"
 * Message.literal("Our own rule fired.").render(java.util.Locale.forLanguageTag("cy"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Message {

  private final String key;
  private final String literal;
  private final List<Object> arguments;

  private Message(String key, String literal, List<Object> arguments) {
    this.key = key;
    this.literal = literal;
    this.arguments = arguments;
  }

  /**
   * A message from the bundles.
   *
   * @param key the message key, such as {@code "no-training.gap"}
   * @param arguments strings, integers, messages or lists of these, in the pattern's order
   * @return the message
   * @throws IllegalArgumentException if the key is blank or an argument is of another type
   */
  public static Message of(String key, Object... arguments) {
    requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a message key must not be blank");
    }
    return new Message(key, null, arguments(arguments));
  }

  /**
   * Text shown as it is in every locale: a custom rule's own words, or a value from the record.
   *
   * @param text the text
   * @return the message
   */
  public static Message literal(String text) {
    return new Message(null, requireNonNull(text, "text"), List.of());
  }

  /**
   * A list joined the way the locale joins one: "a", "a, b", "a, b, c" in English (the lists
   * are references and amounts, shown as round 1 showed them); "a a b", "a, b a c" in Welsh.
   *
   * @param items strings, integers or messages
   * @return the message
   * @throws IllegalArgumentException if the list is empty or an item is of another type
   */
  public static Message list(List<?> items) {
    requireNonNull(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list message needs at least one item");
    }
    return new Message(Messages.LIST_KEY, null, List.of(List.copyOf(checked(items))));
  }

  private static List<Object> arguments(Object[] arguments) {
    requireNonNull(arguments, "arguments");
    return List.copyOf(checked(Arrays.asList(arguments)));
  }

  private static List<?> checked(List<?> values) {
    for (Object a : values) {
      requireNonNull(a, "a message argument must not be null");
      if (a instanceof List<?> l) {
        checked(l);
      } else if (!(a instanceof String || a instanceof Integer || a instanceof Long
          || a instanceof Message)) {
        throw new IllegalArgumentException("a message argument must be a string, an integer,"
            + " a message or a list of these, but was a " + a.getClass().getSimpleName());
      }
    }
    return values;
  }

  /**
   * The message key, or empty for a literal.
   *
   * @return the key
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * The arguments, in the pattern's order; empty for a literal.
   *
   * @return the arguments
   */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * Whether this is a literal, shown as it is in every locale.
   *
   * @return true for a literal
   */
  public boolean isLiteral() {
    return key == null;
  }

  /**
   * The literal text; empty for a message from the bundles.
   *
   * @return the text
   */
  Optional<String> literalText() {
    return Optional.ofNullable(literal);
  }

  /**
   * Renders the message in a locale; a key the locale has no translation for is rendered in
   * English.
   *
   * @param locale the locale
   * @return the text
   * @throws java.util.MissingResourceException if the key is in no bundle
   */
  public String render(Locale locale) {
    return Messages.forLocale(locale).format(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && Objects.equals(key, m.key)
        && Objects.equals(literal, m.literal) && arguments.equals(m.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, literal, arguments);
  }

  /** The message in English. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
