package io.github.coproduction.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The one home of "did you mean": the known name nearest to a misspelt one, by edit distance.
 * Used by the framework's unknown-id errors, the readers' unknown-field and unknown-value errors
 * and the command-line tool's unknown names. Not part of the public API: exported only to this
 * library's own modules.
 */
public final class Spelling {

  /** Names longer than this are never near anything: the distance table stays small. */
  private static final int LONGEST = 200;

  private Spelling() {}

  /**
   * The known name closest to the given one, if close enough to be a slip: equal but for case,
   * '-', '_' or spaces, or within an edit distance that grows with the name's length (1 up to 4
   * characters, 2 up to 8, 3 beyond).
   *
   * @param name the name given
   * @param known the names it may have meant
   * @return the nearest known name, or empty if none is near enough
   */
  public static Optional<String> nearest(String name, Collection<String> known) {
    requireNonNull(name, "name");
    String folded = fold(name);
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      if (fold(k).equals(folded)) {
        return Optional.of(k);
      }
      int d = distance(lower, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String fold(String s) {
    return s.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and transpositions
   * of neighbours each count one. Strings whose lengths differ by more than 8, or longer than 200
   * characters, are {@link Integer#MAX_VALUE} apart.
   *
   * @param a one string
   * @param b the other
   * @return the distance
   */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8 || a.length() > LONGEST || b.length() > LONGEST) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
