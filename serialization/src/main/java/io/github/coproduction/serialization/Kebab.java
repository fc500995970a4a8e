package io.github.coproduction.serialization;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Enum constants as lower-case kebab text: {@code SERVICE_USER} is {@code "service-user"}. */
final class Kebab {

  private Kebab() {}

  static String of(Enum<?> constant) {
    return of(constant.name());
  }

  static String of(String constantName) {
    return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose kebab text is exactly the given text. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The allowed values, in declaration order, for a message. */
  static String allowed(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(Kebab::of).collect(Collectors.joining(", "));
  }
}
