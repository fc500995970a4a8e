package io.github.coproduction.serialization;

import io.github.coproduction.core.internal.Spelling;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Enum constants as lower-case kebab text: {@code SERVICE_USER} is {@code "service-user"}. */
final class Kebab {

  /**
   * The texts of each enum's constants, made once per enum: every enum value read looks its text
   * up, and an error message lists them all.
   */
  private static final ClassValue<Texts> TEXTS = new ClassValue<>() {
    @Override
    protected Texts computeValue(Class<?> type) {
      return new Texts(type.getEnumConstants());
    }
  };

  private Kebab() {}

  // The texts are made from getEnumConstants(), in declaration order, in this JVM, and are never
  // stored: indexing them by ordinal is what EnumMap does.
  @SuppressWarnings("EnumOrdinal")
  static String of(Enum<?> constant) {
    return TEXTS.get(constant.getDeclaringClass()).texts[constant.ordinal()];
  }

  static String of(String constantName) {
    return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose kebab text is exactly the given text. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    return Optional.ofNullable(type.cast(TEXTS.get(type).byText.get(text)));
  }

  /**
   * The message for a text that names no constant: the nearest allowed value when the text is
   * likely a slip ({@code service_user}, {@code Running}), then every allowed value.
   */
  static String unknown(Class<? extends Enum<?>> type, String text) {
    Texts texts = TEXTS.get(type);
    StringBuilder b = new StringBuilder("unknown value ").append(Pointers.quote(text));
    Optional<String> nearest = Spelling.nearest(text, Arrays.asList(texts.texts));
    if (nearest.isPresent()) {
      return b.append("; did you mean \"").append(nearest.get()).append("\"? (allowed: ")
          .append(texts.allowed).append(")").toString();
    }
    return b.append("; allowed: ").append(texts.allowed).toString();
  }

  /** The allowed values, in declaration order, for a message. */
  static String allowed(Class<? extends Enum<?>> type) {
    return TEXTS.get(type).allowed;
  }

  /** The kebab texts of one enum's constants. Immutable once made. */
  private static final class Texts {
    private final String[] texts;
    private final Map<String, Object> byText;
    private final String allowed;

    Texts(Object[] constants) {
      texts = new String[constants.length];
      Map<String, Object> map = new HashMap<>();
      StringJoiner all = new StringJoiner(", ");
      for (int i = 0; i < constants.length; i++) {
        texts[i] = of(((Enum<?>) constants[i]).name());
        // The first constant with a text wins, as a search in declaration order would find it.
        map.putIfAbsent(texts[i], constants[i]);
        all.add(texts[i]);
      }
      byText = map;
      allowed = all.toString();
    }
  }
}
