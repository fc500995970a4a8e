package io.github.coproduction.core.reference;

import static java.util.Objects.requireNonNull;

/**
 * A reference data file that cannot be read, with where the problem is: the file's name, the line
 * and the column (both from 1).
 *
 * <pre>{@code
 * ReferenceDataException e = new ReferenceDataException("rates.txt", 2, 5,
 *     "the amount must be a number such as 12.21, or unknown, but was \"lots\"");
 * e.getMessage();   // "rates.txt:2:5: the amount must be a number such as 12.21, or unknown, ..."
 * e.line();         // 2
 * }</pre>
 */
public final class ReferenceDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the error.
   *
   * @param file the file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param problem what is wrong
   */
  public ReferenceDataException(String file, int line, int column, String problem) {
    super(requireNonNull(file, "file") + ":" + line + ":" + column + ": "
        + requireNonNull(problem, "problem"));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * The file's name.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * The line of the problem.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
