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

  /**
   * Checks that an id names a condition or a change of the framework, the elements findings
   * speak for.
   */
  static void checkElement(String pointer, String id) {
    boolean assessed = io.github.coproduction.core.framework.Framework.standard()
        .assessedElements().stream().anyMatch(e -> e.id().equals(id));
    if (!assessed) {
      throw new ValidationException(pointer, "a framework element must be a condition (S1.1 to"
          + " S3.8) or a change (C1 to C6), but was " + quoteShort(id));
    }
  }

  /** Counts the words of a text, as runs of characters between white space. */
  static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /** Quotes a value for a message, cut short so that a message never carries much free text. */
  static String quoteShort(String value) {
    return value.length() <= 24 ? "\"" + value + "\"" : "\"" + value.substring(0, 21) + "...\"";
  }
}
