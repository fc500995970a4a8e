package io.github.coproduction.serialization;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the line and column of a JSON Pointer in a document's text. Locations are needed only for
 * errors, so rather than keeping one per value, the text is scanned again when one is asked for.
 * A pointer that does not occur in the text (a missing property, a part of a YAML alias) gets the
 * location of its nearest ancestor that does.
 */
final class Locator {

  /** A locator for values that have no text, such as trees from another mapper. */
  static final Locator NONE = new Locator(null, null, null);

  private final Parsers parsers;
  private final String text;
  private final Format format;

  Locator(Parsers parsers, String text, Format format) {
    this.parsers = parsers;
    this.text = text;
    this.format = format;
  }

  /** Line and column (1-based) of the value at a pointer, or of a property's name; 0s if unknown. */
  int[] locate(String target, boolean name) {
    int[] best = {0, 0};
    if (text == null) {
      return best;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    String pendingName = null;
    try (JsonParser p = parsers.parser(text, format)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        Frame top = stack.peek();
        if (t == JsonToken.PROPERTY_NAME) {
          pendingName = Pointers.child(top.pointer, p.currentName());
          if (name && pendingName.equals(target)) {
            return at(p.currentTokenLocation());
          }
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.pop();
          continue;
        }
        String pointer = top == null ? "" : top.array ? Pointers.child(top.pointer, top.index++)
            : pendingName;
        if (pointer.equals(target)) {
          return at(p.currentTokenLocation());
        }
        if (target.startsWith(pointer + "/")) {
          best = at(p.currentTokenLocation());
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          stack.push(new Frame(pointer, t == JsonToken.START_ARRAY));
        }
      }
    } catch (RuntimeException e) {
      // The text breaks off or breaks a limit further on: the best location so far stands.
    }
    return best;
  }

  private static int[] at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return new int[] {0, 0};
    }
    return new int[] {location.getLineNr(), Math.max(0, location.getColumnNr())};
  }

  private static final class Frame {
    final String pointer;
    final boolean array;
    int index;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }
}
