package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes documents: initiatives, assessments, checklists, profiles and waivers in JSON
 * or YAML; and writes the framework catalogue, rule sets, portfolio summaries and progress.
 *
 * <p>Every document is an object whose first property is {@code schemaVersion} (this release
 * writes {@value #SCHEMA_VERSION}), followed by the value's own properties. Reading is strict by
 * default: an unknown property, a bad value, a missing required value, a null, a duplicate key, a
 * YAML tag or a document beyond the {@link ReadLimits} fails with a {@link DocumentException} that
 * says where and what, and nothing is returned. {@link #lenient()} keeps unknown properties
 * instead; read a {@link Document} to write them back unchanged. Writing is deterministic: the
 * same value gives the same text.
 *
 * <p>Instances are immutable and thread-safe: share one.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.Initiative;
 * Documents documents = Documents.strict();
 * Initiative i = documents.readInitiative("""
 *     schemaVersion: "1.0"
 *     id: crisis-redesign
 *     title: Crisis service redesign
 *     stage: running
 *     arrangements: {groundRules: true, emotionalSupport: false}
 *     """, Format.YAML, "crisis.yaml");
 * i.arrangements().groundRules().isPresent();   // true
 * String json = documents.write(i, Format.JSON);   // schemaVersion first, then id, title, ...
 * }</pre>
 */
public final class Documents {

  /** The version of the document shape this release writes. */
  public static final String SCHEMA_VERSION = Versions.CURRENT;

  private static final Documents STRICT = new Documents(false, ReadLimits.defaults());
  private static final Documents LENIENT = new Documents(true, ReadLimits.defaults());

  private final boolean lenient;
  private final Parsers parsers;

  private Documents(boolean lenient, ReadLimits limits) {
    this.lenient = lenient;
    this.parsers = new Parsers(limits);
  }

  /**
   * Strict reading, the default: unknown properties fail.
   *
   * @return the shared instance, with the default limits
   */
  public static Documents strict() {
    return STRICT;
  }

  /**
   * Lenient reading: unknown properties are kept rather than failing. Every other check stays.
   *
   * @return the shared instance, with the default limits
   */
  public static Documents lenient() {
    return LENIENT;
  }

  /**
   * These documents with other reading limits.
   *
   * @param limits the limits
   * @return a new instance, strict or lenient as this one
   */
  public Documents withLimits(ReadLimits limits) {
    requireNonNull(limits, "limits");
    return limits.equals(limits()) ? this : new Documents(lenient, limits);
  }

  /**
   * The reading limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return parsers.limits();
  }

  /**
   * Whether unknown properties are kept rather than failing.
   *
   * @return true if lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  // --- Reading, generally -----------------------------------------------------------------------

  /**
   * Reads a document from a file, in the format its name says ({@link Format#of}).
   *
   * @param type what the document holds
   * @param file the file, UTF-8
   * @param <T> the type of the value
   * @return the value
   * @throws DocumentException if the file cannot be read or the document is not a valid one
   */
  public <T> T read(DocumentType<T> type, Path file) {
    return readDocument(type, file).value();
  }

  /**
   * Reads a document from text.
   *
   * @param type what the document holds
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document, such as a file name
   * @param <T> the type of the value
   * @return the value
   * @throws DocumentException if the document is not a valid one
   */
  public <T> T read(DocumentType<T> type, String content, Format format, String sourceName) {
    return readDocument(type, content, format, sourceName).value();
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, which is read to its end but not closed.
   *
   * @param type what the document holds
   * @param in the bytes
   * @param format their format
   * @param sourceName the name errors give the document
   * @param <T> the type of the value
   * @return the value
   * @throws DocumentException if the stream cannot be read or the document is not a valid one
   */
  public <T> T read(DocumentType<T> type, InputStream in, Format format, String sourceName) {
    return readDocument(type, in, format, sourceName).value();
  }

  /**
   * Reads a document from a file, keeping its version and (in lenient mode) its unknown
   * properties.
   *
   * @param type what the document holds
   * @param file the file, UTF-8
   * @param <T> the type of the value
   * @return the document
   * @throws DocumentException if the file cannot be read or the document is not a valid one
   */
  public <T> Document<T> readDocument(DocumentType<T> type, Path file) {
    requireNonNull(type, "type");
    requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Format format;
    try {
      format = Format.of(file);
    } catch (IllegalArgumentException e) {
      throw new DocumentException(source, 0, 0, "", e.getMessage());
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      checkSize(size, source);
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DocumentException(source, 0, 0, "", "no such file: " + file, e);
    } catch (AccessDeniedException e) {
      throw new DocumentException(source, 0, 0, "", "not allowed to read " + file, e);
    } catch (IOException e) {
      throw new DocumentException(source, 0, 0, "", "cannot read " + file + ": " + e, e);
    }
    return readDocument(type, decode(bytes, source), format, source);
  }

  /**
   * Reads a document from text, keeping its version and (in lenient mode) its unknown
   * properties.
   *
   * @param type what the document holds
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document
   * @param <T> the type of the value
   * @return the document
   * @throws DocumentException if the document is not a valid one
   */
  public <T> Document<T> readDocument(DocumentType<T> type, String content, Format format,
      String sourceName) {
    requireNonNull(type, "type");
    requireNonNull(content, "content");
    requireNonNull(format, "format");
    requireNonNull(sourceName, "sourceName");
    checkSize(utf8Length(content, limits().maxDocumentBytes()), sourceName);
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    ParsedDocument parsed = TreeReader.parse(parsers, text, format, sourceName);
    return bind(type, parsed, sourceName);
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, keeping its version and (in lenient mode) its
   * unknown properties. The stream is read to its end but not closed.
   *
   * @param type what the document holds
   * @param in the bytes
   * @param format their format
   * @param sourceName the name errors give the document
   * @param <T> the type of the value
   * @return the document
   * @throws DocumentException if the stream cannot be read or the document is not a valid one
   */
  public <T> Document<T> readDocument(DocumentType<T> type, InputStream in, Format format,
      String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      long max = limits().maxDocumentBytes();
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new DocumentException(sourceName, 0, 0, "", "the document is larger than the limit"
            + " of " + max + " bytes (ReadLimits.maxDocumentBytes)");
      }
    } catch (IOException e) {
      throw new DocumentException(sourceName, 0, 0, "", "cannot read the document: " + e, e);
    }
    return readDocument(type, decode(bytes, sourceName), format, sourceName);
  }

  /** Binds a parsed tree, which must be an object with a readable schemaVersion. */
  // Identity on purpose: the check hands back the very root node when nothing was migrated.
  @SuppressWarnings("ReferenceEquality")
  <T> Document<T> bind(DocumentType<T> type, ParsedDocument parsed, String source) {
    ReadSession session = new ReadSession(source, parsed.locator(), lenient);
    In root = new In(session, parsed.root(), "");
    if (!root.node.isObject()) {
      String name = type.name();
      throw root.expected(("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name
          + " document: an object starting with schemaVersion");
    }
    ObjectNode migrated = Versions.STANDARD.check(root);
    In current = migrated == root.node ? root : new In(session, migrated, "");
    T value = type.read(current);
    return new Document<>(type, value, session.version(), session.unknown());
  }

  private void checkSize(long size, String source) {
    if (size > limits().maxDocumentBytes()) {
      throw new DocumentException(source, 0, 0, "", "the document is " + size + " bytes, larger"
          + " than the limit of " + limits().maxDocumentBytes()
          + " bytes (ReadLimits.maxDocumentBytes)");
    }
  }

  /** The UTF-8 length of a text, counted until it passes a bound. */
  private static long utf8Length(String s, long bound) {
    long n = 0;
    for (int i = 0; i < s.length() && n <= bound; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Decodes UTF-8 strictly, naming the line and column of the first bad byte. */
  static String decode(byte[] bytes, String source) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = start;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8)
          .length() + 1;
      throw new DocumentException(source, line, column, "", String.format("not valid UTF-8:"
          + " the byte 0x%02X cannot stand here; documents must be saved as UTF-8",
          bytes[bad] & 0xFF));
    }
    out.flip();
    return out.toString();
  }

  // --- Reading, by type -------------------------------------------------------------------------

  /**
   * Reads an initiative from a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file, UTF-8
   * @return the initiative
   * @throws DocumentException if the file cannot be read or is not a valid initiative document
   */
  public Initiative readInitiative(Path file) {
    return read(DocumentType.INITIATIVE, file);
  }

  /**
   * Reads an initiative from text.
   *
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document
   * @return the initiative
   * @throws DocumentException if the text is not a valid initiative document
   */
  public Initiative readInitiative(String content, Format format, String sourceName) {
    return read(DocumentType.INITIATIVE, content, format, sourceName);
  }

  /**
   * Reads an assessment from a file. A {@code summary} in the document, if any, must agree with
   * the findings it summarises.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file, UTF-8
   * @return the assessment
   * @throws DocumentException if the file cannot be read or is not a valid assessment document
   */
  public Assessment readAssessment(Path file) {
    return read(DocumentType.ASSESSMENT, file);
  }

  /**
   * Reads an assessment from text.
   *
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document
   * @return the assessment
   * @throws DocumentException if the text is not a valid assessment document
   */
  public Assessment readAssessment(String content, Format format, String sourceName) {
    return read(DocumentType.ASSESSMENT, content, format, sourceName);
  }

  /**
   * Reads a checklist from a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file, UTF-8
   * @return the checklist
   * @throws DocumentException if the file cannot be read or is not a valid checklist document
   */
  public Checklist readChecklist(Path file) {
    return read(DocumentType.CHECKLIST, file);
  }

  /**
   * Reads a checklist from text.
   *
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document
   * @return the checklist
   * @throws DocumentException if the text is not a valid checklist document
   */
  public Checklist readChecklist(String content, Format format, String sourceName) {
    return read(DocumentType.CHECKLIST, content, format, sourceName);
  }

  /**
   * Reads a profile from a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file, UTF-8
   * @return the profile
   * @throws DocumentException if the file cannot be read or is not a valid profile document
   */
  public Profile readProfile(Path file) {
    return read(DocumentType.PROFILE, file);
  }

  /**
   * Reads a profile from text.
   *
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document
   * @return the profile
   * @throws DocumentException if the text is not a valid profile document
   */
  public Profile readProfile(String content, Format format, String sourceName) {
    return read(DocumentType.PROFILE, content, format, sourceName);
  }

  /**
   * Reads waivers from a file: a document {@code {schemaVersion, waivers: [...]}}.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file, UTF-8
   * @return the waivers, in document order
   * @throws DocumentException if the file cannot be read or is not a valid waivers document
   */
  public List<Waiver> readWaivers(Path file) {
    return read(DocumentType.WAIVERS, file);
  }

  /**
   * Reads waivers from text: a document {@code {schemaVersion, waivers: [...]}}.
   *
   * @param content the document's text
   * @param format its format
   * @param sourceName the name errors give the document
   * @return the waivers, in document order
   * @throws DocumentException if the text is not a valid waivers document
   */
  public List<Waiver> readWaivers(String content, Format format, String sourceName) {
    return read(DocumentType.WAIVERS, content, format, sourceName);
  }

  // --- Writing ----------------------------------------------------------------------------------

  /**
   * Writes a value as a document.
   *
   * @param value an {@code Initiative}, {@code Assessment}, {@code Checklist}, {@code Profile},
   *     {@code List<Waiver>}, {@code Framework}, {@code RuleSet}, {@code PortfolioSummary},
   *     {@code Progress}, or a {@link Document} of one (whose unknown properties are written
   *     back)
   * @param format the format
   * @return the document's text, ending with a line end
   * @throws IllegalArgumentException if the value is of none of these types
   */
  public String write(Object value, Format format) {
    requireNonNull(format, "format");
    return Writers.text(Writers.document(value), format);
  }

  /**
   * Writes a value as a document to a writer, which is not closed.
   *
   * @param value as for {@link #write(Object, Format)}
   * @param format the format
   * @param out where to write
   * @throws IllegalArgumentException if the value is of none of the types written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Object value, Format format, Writer out) {
    requireNonNull(format, "format");
    requireNonNull(out, "out");
    Writers.write(Writers.document(value), format, out);
  }

  @Override
  public String toString() {
    return "Documents[" + (lenient ? "lenient" : "strict") + ", " + limits() + "]";
  }
}
