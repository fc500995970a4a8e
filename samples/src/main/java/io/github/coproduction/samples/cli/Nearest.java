package io.github.coproduction.samples.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name nearest to a mistyped one, for "did you mean" in the tool's messages. */
final class Nearest {

  private Nearest() {}

  /**
   * The known name closest to the given one, if close enough to be a slip: equal but for case,
   * '-', '_' or an extension, or within an edit distance that grows with the name's length.
   */
  static Optional<String> to(String name, Collection<String> known) {
    String folded = fold(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      if (fold(k).equals(folded)) {
        return Optional.of(k);
      }
      int d = distance(bare(name), bare(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String fold(String s) {
    return bare(s).replace("-", "").replace("_", "").replace(" ", "");
  }

  /** Lower case, without a document's extension. */
  private static String bare(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String extension : new String[] {".yaml", ".yml", ".json"}) {
      if (lower.endsWith(extension)) {
        return lower.substring(0, lower.length() - extension.length());
      }
    }
    return lower;
  }

  /** Levenshtein distance; names longer than 100 characters are never near. */
  static int distance(String a, String b) {
    if (a.length() > 100 || b.length() > 100) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
