package io.github.coproduction.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void theMessageIsThePointerAndTheProblem() {
    ValidationException e = new ValidationException("/participants/2/ref", "must be a code");
    assertThat(e.pointer()).isEqualTo("/participants/2/ref");
    assertThat(e.problem()).isEqualTo("must be a code");
    assertThat(e).hasMessage("/participants/2/ref: must be a code")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWholeValueIsTheEmptyPointer() {
    ValidationException e = new ValidationException("", "is inconsistent");
    assertThat(e.pointer()).isEmpty();
    assertThat(e).hasMessage("/: is inconsistent");
  }

  @Test
  void withinPrefixesThePointerAndKeepsTheCause() {
    ValidationException inner = new ValidationException("/ref", "must be a code");
    ValidationException outer = inner.within("/participants/2");
    assertThat(outer.pointer()).isEqualTo("/participants/2/ref");
    assertThat(outer.problem()).isEqualTo("must be a code");
    assertThat(outer).hasCause(inner).hasMessage("/participants/2/ref: must be a code");
  }

  @Test
  void aProblemIsRequired() {
    assertThatThrownBy(() -> new ValidationException("/x", null))
        .isInstanceOf(NullPointerException.class);
  }
}
