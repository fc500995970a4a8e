package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a caller of {@link Message} sees: the exact error for a blank key, an empty list and an
 * argument of another type (at the top or inside a list), lists accepted as arguments, equality
 * by key, literal text and arguments, and {@code toString} in English.
 */
class MessageValuesTest {

  private static final String TYPES = "a message argument must be a string, an integer,"
      + " a message or a list of these, but was a ";

  @Test
  void aBlankKeyIsRefused() {
    assertThatThrownBy(() -> Message.of(" \t"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a message key must not be blank");
    assertThatThrownBy(() -> Message.of(""))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a message key must not be blank");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThatThrownBy(() -> Message.list(List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a list message needs at least one item");
  }

  @Test
  void anArgumentOfAnotherTypeIsRefusedNamingItsType() {
    assertThatThrownBy(() -> Message.of("k", 1.5))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(TYPES + "Double");
    assertThatThrownBy(() -> Message.of("k", "fine", new StringBuilder("no")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(TYPES + "StringBuilder");
    assertThatThrownBy(() -> Message.list(List.of("a", Locale.ENGLISH)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(TYPES + "Locale");
  }

  @Test
  void anItemOfAnotherTypeInsideAListArgumentIsRefused() {
    assertThatThrownBy(() -> Message.of("k", List.of("a", List.of(1, 2.5f))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(TYPES + "Float");
  }

  @Test
  void aNullArgumentIsRefused() {
    assertThatThrownBy(() -> Message.of("k", "a", null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("a message argument must not be null");
  }

  @Test
  void stringsIntegersLongsMessagesAndListsOfThemAreArguments() {
    Message inner = Message.literal("x");
    Message m = Message.of("k", "s", 1, 2L, inner, List.of("a", 3, 4L, inner, List.of("b")));
    assertThat(m.key()).contains("k");
    assertThat(m.isLiteral()).isFalse();
    assertThat(m.arguments())
        .containsExactly("s", 1, 2L, inner, List.of("a", 3, 4L, inner, List.of("b")));
    Messages texts = Messages.of(Locale.ENGLISH, Map.of("k", "{0} then {1}",
        "list.two", "{0} and {1}", "list.start", "{0}, {1}", "list.end", "{0} and {1}"), false);
    assertThat(texts.format(Message.of("k", List.of("a", 3, inner), "end")))
        .isEqualTo("a, 3 and x then end");
  }

  @Test
  void messagesAreEqualByKeyAndArguments() {
    Message m = Message.of("no-training.gap", "C3", 2);
    assertThat(m).isEqualTo(Message.of("no-training.gap", "C3", 2))
        .hasSameHashCodeAs(Message.of("no-training.gap", "C3", 2))
        .isNotEqualTo(Message.of("no-training.gap", "C3", 3))
        .isNotEqualTo(Message.of("no-training.gap", "C3"))
        .isNotEqualTo(Message.of("no-ground-rules.gap", "C3", 2))
        .isNotEqualTo(Message.literal("no-training.gap"))
        .isNotEqualTo("no-training.gap");
    assertThat(Message.list(List.of("a", "b"))).isEqualTo(Message.list(List.of("a", "b")))
        .isNotEqualTo(Message.list(List.of("b", "a")));
  }

  @Test
  void literalsAreEqualByTheirText() {
    Message m = Message.literal("Our own rule fired.");
    assertThat(m).isEqualTo(Message.literal("Our own rule fired."))
        .hasSameHashCodeAs(Message.literal("Our own rule fired."))
        .isNotEqualTo(Message.literal("Our own rule fired"))
        .isNotEqualTo(Message.of("Our own rule fired."));
    assertThat(m.key()).isEmpty();
    assertThat(m.arguments()).isEmpty();
    assertThat(m.isLiteral()).isTrue();
  }

  @Test
  void toStringIsTheMessageInEnglish() {
    assertThat(Message.of("verdict.SOUND")).hasToString("sound");
    assertThat(Message.of("verdict.SOUND").render(Locale.forLanguageTag("cy")))
        .isEqualTo("cadarn");
    assertThat(Message.literal("Ein rheol ein hunain.")).hasToString("Ein rheol ein hunain.");
  }
}
