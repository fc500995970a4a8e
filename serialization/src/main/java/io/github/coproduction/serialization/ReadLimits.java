package io.github.coproduction.serialization;

import java.util.Objects;

/**
 * Bounds on what a reader accepts, against hostile or broken input: nesting depth, length of a
 * text value, size of a document, length of a number, number of YAML aliases and number of values
 * in a document (after expanding aliases). A document that breaks a limit fails with a
 * {@link DocumentException} that names the limit; nothing is built.
 *
 * <p>The defaults suit initiatives, checklists and assessments, which are small: depth 64, text
 * 64 KiB, document 16 MiB, numbers of 100 characters, 50 YAML aliases, a million values.
 * Immutable and thread-safe; the {@code with...} methods return a changed copy and reject values
 * out of range with a message that names them.
 *
 * <pre>{@code
 * ReadLimits tight = ReadLimits.defaults().withMaxDocumentBytes(1_000_000).withMaxYamlAliases(0);
 * Documents documents = Documents.strict().withLimits(tight);
 * tight.maxDepth();   // 64
 * }</pre>
 */
public final class ReadLimits {

  /** The deepest nesting a limit may allow: deeper documents are never meaningful here. */
  public static final int DEPTH_CEILING = 1000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(64, 64 * 1024, 16L * 1024 * 1024, 100, 50, 50_000);

  private final int maxDepth;
  private final int maxStringLength;
  private final long maxDocumentBytes;
  private final int maxNumberLength;
  private final int maxYamlAliases;
  private final long maxValues;

  private ReadLimits(int maxDepth, int maxStringLength, long maxDocumentBytes,
      int maxNumberLength, int maxYamlAliases, long maxValues) {
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNumberLength = maxNumberLength;
    this.maxYamlAliases = maxYamlAliases;
    this.maxValues = maxValues;
  }

  /**
   * The default limits.
   *
   * @return depth 64, text 65,536 characters, document 16 MiB, numbers 100 characters, 50 YAML
   *     aliases, 50,000 values (so that the largest document within them assesses in a 256 MiB
   *     heap: see SECURITY.md)
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * How deeply objects and lists may nest; the document's root object is at depth 1.
   *
   * @return the maximum depth
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * How long a text value or a property name may be, in characters.
   *
   * @return the maximum length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * How large a document may be, in bytes of UTF-8. For JSON Lines, how large one line may be.
   *
   * @return the maximum size
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * How many characters a number may have, including sign, point and exponent.
   *
   * @return the maximum length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * How many YAML aliases ({@code *name}) a document may use; zero forbids them.
   *
   * @return the maximum number of aliases
   */
  public int maxYamlAliases() {
    return maxYamlAliases;
  }

  /**
   * How many values (objects, lists and scalars) a document may hold once YAML aliases are
   * expanded: the bound that defeats "billion laughs" documents.
   *
   * @return the maximum number of values
   */
  public long maxValues() {
    return maxValues;
  }

  /**
   * These limits with another maximum depth.
   *
   * @param depth from 2 to {@value #DEPTH_CEILING}
   * @return the changed limits
   * @throws IllegalArgumentException if out of range
   */
  public ReadLimits withMaxDepth(int depth) {
    check(depth >= 2 && depth <= DEPTH_CEILING, "maxDepth", depth,
        "from 2 to " + DEPTH_CEILING);
    return new ReadLimits(depth, maxStringLength, maxDocumentBytes, maxNumberLength,
        maxYamlAliases, maxValues);
  }

  /**
   * These limits with another maximum text length.
   *
   * @param length at least 16 characters
   * @return the changed limits
   * @throws IllegalArgumentException if out of range
   */
  public ReadLimits withMaxStringLength(int length) {
    check(length >= 16, "maxStringLength", length, "at least 16");
    return new ReadLimits(maxDepth, length, maxDocumentBytes, maxNumberLength, maxYamlAliases,
        maxValues);
  }

  /**
   * These limits with another maximum document size.
   *
   * @param bytes from 64 bytes to 1 GiB
   * @return the changed limits
   * @throws IllegalArgumentException if out of range
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    check(bytes >= 64 && bytes <= 1L << 30, "maxDocumentBytes", bytes, "from 64 to 1073741824");
    return new ReadLimits(maxDepth, maxStringLength, bytes, maxNumberLength, maxYamlAliases,
        maxValues);
  }

  /**
   * These limits with another maximum number length.
   *
   * @param length from 8 to 10,000 characters
   * @return the changed limits
   * @throws IllegalArgumentException if out of range
   */
  public ReadLimits withMaxNumberLength(int length) {
    check(length >= 8 && length <= 10_000, "maxNumberLength", length, "from 8 to 10000");
    return new ReadLimits(maxDepth, maxStringLength, maxDocumentBytes, length, maxYamlAliases,
        maxValues);
  }

  /**
   * These limits with another maximum number of YAML aliases.
   *
   * @param aliases zero or more; zero forbids aliases
   * @return the changed limits
   * @throws IllegalArgumentException if negative
   */
  public ReadLimits withMaxYamlAliases(int aliases) {
    check(aliases >= 0, "maxYamlAliases", aliases, "zero or more");
    return new ReadLimits(maxDepth, maxStringLength, maxDocumentBytes, maxNumberLength, aliases,
        maxValues);
  }

  /**
   * These limits with another maximum number of values in a document.
   *
   * @param values at least 16
   * @return the changed limits
   * @throws IllegalArgumentException if out of range
   */
  public ReadLimits withMaxValues(long values) {
    check(values >= 16, "maxValues", values, "at least 16");
    return new ReadLimits(maxDepth, maxStringLength, maxDocumentBytes, maxNumberLength,
        maxYamlAliases, values);
  }

  private static void check(boolean ok, String name, long value, String range) {
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + range + ", but was " + value);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits r && r.maxDepth == maxDepth
        && r.maxStringLength == maxStringLength && r.maxDocumentBytes == maxDocumentBytes
        && r.maxNumberLength == maxNumberLength && r.maxYamlAliases == maxYamlAliases
        && r.maxValues == maxValues;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDepth, maxStringLength, maxDocumentBytes, maxNumberLength,
        maxYamlAliases, maxValues);
  }

  @Override
  public String toString() {
    return "ReadLimits[depth " + maxDepth + ", string " + maxStringLength + ", document "
        + maxDocumentBytes + " bytes, number " + maxNumberLength + ", YAML aliases "
        + maxYamlAliases + ", values " + maxValues + "]";
  }
}
