package io.github.coproduction.rules;

import io.github.coproduction.core.ValidationException;

/** How a rule's failure is described in its {@link RuleResult}: one line, bounded length. */
final class RuleFailure {

  /** The longest detail kept; a rule's message can be as long as the document it quotes. */
  static final int MAX_DETAIL = 300;

  private RuleFailure() {}

  /**
   * The detail recorded for a throwable a rule threw.
   *
   * @param failure what the rule threw
   * @return the detail: the problem and where for this project's own exceptions, otherwise the
   *     exception's simple class name and message
   */
  static String describe(Throwable failure) {
    if (failure instanceof InterruptedException) {
      // A rule that swallowed an interrupt by throwing must not hide it from the caller.
      Thread.currentThread().interrupt();
    }
    String detail;
    if (failure instanceof ValidationException
        || failure instanceof RuleBudget.RuleTimeoutException) {
      detail = failure.getMessage();
    } else if (failure.getMessage() == null) {
      detail = failure.getClass().getSimpleName();
    } else {
      detail = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
    return shorten(detail);
  }

  /** One line of at most {@link #MAX_DETAIL} characters. */
  static String shorten(String detail) {
    String line = detail.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
  }
}
