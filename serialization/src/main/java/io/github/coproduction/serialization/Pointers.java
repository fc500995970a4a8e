package io.github.coproduction.serialization;

/** JSON Pointer (RFC 6901) helpers and short quoting of values in messages. */
final class Pointers {

  private Pointers() {}

  static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  /** A property name as a reference token: '~' as "~0", '/' as "~1". */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last reference token of a pointer, unescaped. */
  static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  /** A value quoted for a message, cut short so that a message never carries much text. */
  static String quote(String value) {
    String shown = value.length() <= 40 ? value : value.substring(0, 37) + "...";
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
              || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)) {
            // Controls and bidi formatting: an error line must not move a terminal's cursor
            // or read in another order.
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
