package io.github.coproduction.rules.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces participant references in a text with "participant #n", n being the reference's place
 * in the list (from 1). A reference is matched as a whole code, ignoring case: not inside a longer
 * code, and a trailing '.' that ends a sentence is not taken as part of it.
 */
final class Redactor {

  private final Pattern pattern;
  private final Map<String, Integer> numbers = new HashMap<>();

  Redactor(List<String> refs) {
    for (int i = 0; i < refs.size(); i++) {
      numbers.putIfAbsent(refs.get(i).toLowerCase(Locale.ROOT), i + 1);
    }
    if (refs.isEmpty()) {
      pattern = null;
      return;
    }
    // Longest first, so that "P010" is not read as "P01" followed by "0".
    String alternatives = refs.stream()
        .sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    pattern = Pattern.compile("(?<![A-Za-z0-9._-])(?:(participants?)\\s+)?(" + alternatives
        + ")(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])", Pattern.CASE_INSENSITIVE);
  }

  String apply(String text) {
    if (pattern == null) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      int n = numbers.get(m.group(2).toLowerCase(Locale.ROOT));
      String replacement = m.group(1) != null ? m.group(1) + " #" + n : "participant #" + n;
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
