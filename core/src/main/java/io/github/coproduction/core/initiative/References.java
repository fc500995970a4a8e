package io.github.coproduction.core.initiative;

import io.github.coproduction.core.ValidationException;
import java.util.regex.Pattern;

/** Checks on references and text shared by the model's values. */
final class References {

  /** A pseudonymous code: letters, digits, '.', '_' or '-', up to 64, starting alphanumeric. */
  static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private References() {}

  static void checkReference(String pointer, String value, String what) {
    if (!REFERENCE.matcher(value).matches()) {
      throw new ValidationException(pointer, what + " must be a pseudonymous code of up to 64"
          + " letters, digits, '.', '_' or '-' with no spaces (such as \"P01\"), but was "
          + quoteShort(value));
    }
  }

  static void checkText(String pointer, String value, String what) {
    if (value.isBlank()) {
      throw new ValidationException(pointer, what + " must not be blank");
    }
  }

  /** Quotes a value for a message, cut short so that a message never carries much free text. */
  static String quoteShort(String value) {
    return value.length() <= 24 ? "\"" + value + "\"" : "\"" + value.substring(0, 21) + "...\"";
  }
}
