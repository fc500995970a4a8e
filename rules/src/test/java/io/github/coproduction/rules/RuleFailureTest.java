package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a rule's failure reads in its result: this project's own exceptions by their message,
 * others by class and message, on one line of at most 300 characters; an interrupt a rule threw
 * is handed back to the caller.
 */
class RuleFailureTest {

  @AfterEach
  void clearTheInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aValidationErrorReadsAsItsPointerAndProblem() {
    assertThat(RuleFailure.describe(new ValidationException("/participants/0/ref",
        "must not be blank"))).isEqualTo("/participants/0/ref: must not be blank");
  }

  @Test
  void aTimeoutReadsAsItsMessageAlone() {
    assertThat(RuleFailure.describe(new RuleBudget.RuleTimeoutException("the rule was cancelled")))
        .isEqualTo("the rule was cancelled");
  }

  @Test
  void anyOtherFailureReadsAsItsClassAndMessageOrItsClassAlone() {
    assertThat(RuleFailure.describe(new IllegalStateException("no such participant")))
        .isEqualTo("IllegalStateException: no such participant");
    assertThat(RuleFailure.describe(new IllegalStateException()))
        .isEqualTo("IllegalStateException");
  }

  @Test
  void aRuleThatThrowsAnInterruptLeavesTheCallerInterrupted() {
    String detail = RuleFailure.describe(new InterruptedException("stopped"));
    assertThat(Thread.interrupted()).isTrue();
    assertThat(detail).isEqualTo("InterruptedException: stopped");
  }

  @Test
  void anyOtherFailureLeavesTheCallerUninterrupted() {
    RuleFailure.describe(new IllegalStateException("bug"));
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  void aDetailIsOneLineOfAtMost300Characters() {
    assertThat(RuleFailure.shorten("  first\n\tsecond   third \r\n"))
        .isEqualTo("first second third");
    String fits = "x".repeat(RuleFailure.MAX_DETAIL);
    assertThat(RuleFailure.MAX_DETAIL).isEqualTo(300);
    assertThat(RuleFailure.shorten(fits)).isEqualTo(fits);
    String over = fits + "y";
    assertThat(RuleFailure.shorten(over)).isEqualTo("x".repeat(299) + "…").hasSize(300);
  }
}
