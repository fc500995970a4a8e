package io.github.coproduction.samples.cli;

import io.github.coproduction.core.internal.Spelling;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The known name nearest to a mistyped one, for "did you mean" in the tool's messages. */
final class Nearest {

  private Nearest() {}

  /**
   * The known name closest to the given one, if close enough to be a slip: equal but for case,
   * '-', '_' or an extension, or within an edit distance that grows with the name's length.
   */
  static Optional<String> to(String name, Collection<String> known) {
    Map<String, String> byBare = new LinkedHashMap<>();
    for (String k : known) {
      byBare.putIfAbsent(bare(k), k);
    }
    return Spelling.nearest(bare(name), byBare.keySet()).map(byBare::get);
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
}
