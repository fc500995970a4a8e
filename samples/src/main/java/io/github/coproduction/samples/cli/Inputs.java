package io.github.coproduction.samples.cli;

import io.github.coproduction.serialization.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on input files, so that each problem gives one clear line. */
final class Inputs {

  /** Documents larger than this are refused before reading: initiatives are small. */
  static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  private Inputs() {}

  /**
   * Assesses an initiative read from a file (or standard input when {@code file} is null); an
   * initiative whose checklist answers cannot be bound is the input's error, said once with its
   * pointer.
   */
  static io.github.coproduction.rules.Assessment assess(
      io.github.coproduction.rules.Assessor assessor,
      io.github.coproduction.core.initiative.Initiative initiative, java.time.LocalDate on,
      Path file) {
    try {
      return assessor.assess(initiative, on);
    } catch (io.github.coproduction.core.ValidationException e) {
      throw new InputException((file == null ? "" : file + ": ") + e.getMessage());
    }
  }

  /** A readable, non-empty regular file of text, not too large for one document. */
  static Path document(Path file) {
    return text(file, MAX_DOCUMENT_BYTES);
  }

  /** A readable, non-empty regular file of text of any size: a JSON Lines portfolio. */
  static Path lines(Path file) {
    return text(file, Long.MAX_VALUE);
  }

  private static Path text(Path file, long maxBytes) {
    regular(file);
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new InputException(file + ": the file is empty");
      }
      if (size > maxBytes) {
        throw new InputException(file + ": the file is " + (size >> 20) + " MiB; a document may"
            + " be at most " + (maxBytes >> 20) + " MiB");
      }
      binary(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    return file;
  }

  /** The name standard input goes by in messages. */
  static final String STDIN = "<stdin>";

  /**
   * One document from standard input, read whole: JSON when it opens with '{', YAML otherwise
   * (YAML also reads JSON, but JSON's messages are the clearer).
   */
  static StandardInput standardInput(InputStream in) {
    return whole(in, STDIN, "standard input is empty", null);
  }

  /**
   * Whether a path names a stream rather than a file: a named pipe (FIFO), a process
   * substitution ({@code <(...)}, {@code /dev/fd/N}) or a device. Its size says nothing and it
   * can be read once, so it is read whole like standard input.
   */
  static boolean isStream(Path file) {
    return Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file);
  }

  /**
   * One document from a stream that is not a regular file, read whole, at most
   * {@link #MAX_DOCUMENT_BYTES}: in the format its name gives, else JSON when it opens with '{'.
   */
  static StandardInput stream(Path file) {
    regular(file);
    Format named = null;
    try {
      named = Format.of(file);
    } catch (IllegalArgumentException e) {
      // no extension, as with /dev/fd/63: told from the content
    }
    try (InputStream in = Files.newInputStream(file)) {
      return whole(in, file.toString(), "the stream is empty", named);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static StandardInput whole(InputStream in, String name, String empty, Format named) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read: " + e.getMessage());
    }
    if (bytes.length == 0) {
      throw new InputException(name + ": " + empty);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new InputException(name + ": more than " + (MAX_DOCUMENT_BYTES >> 20)
          + " MiB; a document may be at most " + (MAX_DOCUMENT_BYTES >> 20) + " MiB");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new InputException(name + ": looks like binary data, not JSON or YAML");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    return new StandardInput(text, named != null ? named
        : start.startsWith("{") ? Format.JSON : Format.YAML);
  }

  /** The text of standard input and the format it is read in. */
  record StandardInput(String text, Format format) {}

  /** The format a file's name gives, or an {@link InputException} saying which names work. */
  static Format format(Path file) {
    try {
      return Format.of(file);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": cannot tell the format from the name; use a name ending"
          + " in .json, .yaml or .yml");
    }
  }

  /** A readable regular file. */
  static Path regular(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(file + ": cannot read: permission denied");
    }
    return file;
  }

  /** Refuses a file whose first bytes hold a NUL: binary data, not a document. */
  private static void binary(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8192);
      for (byte b : head) {
        if (b == 0) {
          throw new InputException(file + ": looks like a binary file, not JSON or YAML");
        }
      }
    }
  }
}
