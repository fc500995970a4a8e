package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

/**
 * The one exception for every failure to read a document: a file that cannot be read, text that
 * is not JSON or YAML, a document that breaks a limit, an unknown property, a bad value, a missing
 * required value, a value the model refuses. It says where the problem is (source, line, column
 * and JSON Pointer) and what is wrong, in words a person editing the document can act on. No value
 * is returned when it is thrown: never a partly built object.
 *
 * <p>The message reads {@code source:line:column at pointer: problem}, leaving out what is not
 * known. Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   Documents.strict().readInitiative("""
 *       schemaVersion: "1.0"
 *       id: crisis-redesign
 *       title: Crisis service redesign
 *       stage: runing
 *       """, Format.YAML, "crisis.yaml");
 * } catch (DocumentException e) {
 *   e.line();      // 4
 *   e.pointer();   // "/stage"
 *   e.getMessage();
 *   // crisis.yaml:4:8 at /stage: unknown value "runing"; allowed: planning, running, finished
 * }
 * }</pre>
 */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file name or the source name the caller gave. */
  private final String source;
  /** The 1-based line, or 0. */
  private final int line;
  /** The 1-based column, or 0. */
  private final int column;
  /** The JSON Pointer of the value at fault. */
  private final String pointer;
  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file name or the source name the caller gave
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param pointer the JSON Pointer of the value at fault, or empty for the document as a whole
   * @param problem what is wrong, without the location
   */
  public DocumentException(String source, int line, int column, String pointer, String problem) {
    super(format(source, line, column, pointer, problem));
    this.source = source;
    this.line = Math.max(0, line);
    this.column = this.line == 0 ? 0 : Math.max(0, column);
    this.pointer = pointer;
    this.problem = problem;
  }

  DocumentException(String source, int line, int column, String pointer, String problem,
      Throwable cause) {
    this(source, line, column, pointer, problem);
    initCause(cause);
  }

  private static String format(String source, int line, int column, String pointer,
      String problem) {
    requireNonNull(source, "source");
    requireNonNull(pointer, "pointer");
    requireNonNull(problem, "problem");
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    if (!pointer.isEmpty()) {
      b.append(" at ").append(pointer);
    }
    return b.append(": ").append(problem).toString();
  }

  /**
   * The document's source: the file name, or the name the caller gave with the content.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The line of the value at fault.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the value at fault.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * The value at fault, as a JSON Pointer (RFC 6901) into the document, such as
   * {@code "/participants/2/role"}. A missing property is pointed at by the pointer it would
   * have.
   *
   * @return the pointer, or empty for the document as a whole
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * The same problem with its line moved, for a document that is one line of a larger file.
   *
   * @param newSource the name of the larger file
   * @param firstLine the line of the file on which the document starts
   * @return a new exception
   */
  DocumentException onLine(String newSource, int firstLine) {
    int l = line == 0 ? firstLine : firstLine + line - 1;
    DocumentException moved = new DocumentException(newSource, l, line == 0 ? 0 : column,
        pointer, shiftFirstGiven(problem, firstLine - 1));
    if (getCause() != null) {
      moved.initCause(getCause());
    }
    return moved;
  }

  /** How a problem names where a duplicated property was first given, before its line. */
  static final String FIRST_GIVEN = ", first given at line ";

  private static final java.util.regex.Pattern FIRST_GIVEN_LINE = java.util.regex.Pattern
      .compile(java.util.regex.Pattern.quote(FIRST_GIVEN) + "(\\d+), column ");

  /** The problem with the line of a first occurrence moved by the lines before the document. */
  private static String shiftFirstGiven(String problem, int lines) {
    java.util.regex.Matcher m = FIRST_GIVEN_LINE.matcher(problem);
    if (lines <= 0 || !m.find()) {
      return problem;
    }
    return problem.substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + lines)
        + problem.substring(m.end(1));
  }

  /** The same problem at another place, keeping the cause. */
  DocumentException movedTo(String newSource, int newLine, int newColumn) {
    DocumentException moved = new DocumentException(newSource, newLine, newColumn, pointer,
        problem);
    if (getCause() != null) {
      moved.initCause(getCause());
    }
    return moved;
  }
}
