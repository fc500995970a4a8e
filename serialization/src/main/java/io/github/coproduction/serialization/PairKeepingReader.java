package io.github.coproduction.serialization;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that never ends a read with the first half of a surrogate pair (unless it is the only
 * character it can return): the high surrogate is held back and returned first by the next read.
 *
 * <p>SnakeYAML Engine 3.0.1's {@code StreamReader} fills a window of 1,025 characters and, when
 * the last is a high surrogate, reads one more character past the end of its buffer, so that
 * valid YAML with an emoji (or any character outside the Basic Multilingual Plane) at character
 * 1,025, 2,050, 3,075, ... failed with "Range [1025, 1025 + 1) out of bounds". Giving it reads
 * that end on whole characters keeps it off that path. Not thread-safe, like any reader.
 */
final class PairKeepingReader extends Reader {

  private final Reader in;
  private int held = -1;

  PairKeepingReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    int n = 0;
    if (held >= 0) {
      buffer[offset] = (char) held;
      held = -1;
      n = 1;
    }
    if (n < length) {
      int read = in.read(buffer, offset + n, length - n);
      if (read < 0) {
        return n == 0 ? -1 : n;
      }
      n += read;
    }
    if (n > 1 && Character.isHighSurrogate(buffer[offset + n - 1])) {
      held = buffer[offset + n - 1];
      n--;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
