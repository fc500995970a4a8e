package io.github.coproduction.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value of the model would break one of its invariants. It names where the problem
 * is, as a JSON Pointer into the value being built, and what is wrong; no value is built.
 *
 * <pre>{@code
 * try {
 *   new io.github.coproduction.core.initiative.Participant.Builder().ref("Jane Smith")
 *       .role(io.github.coproduction.core.initiative.Role.SERVICE_USER).build();
 * } catch (ValidationException e) {
 *   e.pointer();   // "/ref"
 *   e.problem();   // "a participant reference must be a pseudonymous code ..."
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param pointer where the problem is, as a JSON Pointer such as {@code "/participants/2/ref"};
   *     empty for the whole value
   * @param problem what is wrong, as a sentence fragment a person can act on
   */
  public ValidationException(String pointer, String problem) {
    super((pointer.isEmpty() ? "/" : pointer) + ": " + requireNonNull(problem, "problem"));
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * Where the problem is, as a JSON Pointer (RFC 6901) relative to the value being built.
   *
   * @return the pointer; empty for the value as a whole
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong.
   *
   * @return the problem, without the location
   */
  public String problem() {
    return problem;
  }

  /**
   * The same problem seen from an enclosing value.
   *
   * @param prefix the pointer of the nested value within its parent, such as
   *     {@code "/participants/2"}
   * @return a new exception whose pointer starts with {@code prefix}
   */
  public ValidationException within(String prefix) {
    ValidationException moved = new ValidationException(prefix + pointer, problem);
    moved.initCause(this);
    return moved;
  }
}
