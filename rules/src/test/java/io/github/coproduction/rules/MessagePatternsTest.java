package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/**
 * The pattern language of {@link Messages}, on fresh instances so that every pattern is compiled
 * in the test: arguments, plural choices (nested, at their limits, Welsh's six forms), literal
 * apostrophes, integers without grouping, the exact error for each malformed pattern and each bad
 * argument, and the pseudo-locale's accents on literal text only.
 */
class MessagePatternsTest {

  private static final String KEY = "k";

  private static Messages english(String pattern) {
    return Messages.of(Locale.ENGLISH, Map.of(KEY, pattern), false);
  }

  private static String render(String pattern, Object... arguments) {
    return english(pattern).format(KEY, arguments);
  }

  private static String compileError(String pattern) {
    return "message \"k\" (\"" + pattern + "\"): ";
  }

  @Test
  void argumentsTakeTheirPlaceBetweenLiteralText() {
    assertThat(render("a{0}b{1}c", "X", "Y")).isEqualTo("aXbYc");
    assertThat(render("{1} before {0}", "A", "B")).isEqualTo("B before A");
    assertThat(render("{0}{0}", "Z")).isEqualTo("ZZ");
    assertThat(render("{ 0 } spaced", "S")).isEqualTo("S spaced");
    assertThat(render("no arguments")).isEqualTo("no arguments");
    assertThat(render("")).isEmpty();
  }

  @Test
  void aPatternRendersTheSameEachTimeItIsUsed() {
    Messages texts = english("gap in {0}");
    assertThat(texts.format(KEY, "C1")).isEqualTo("gap in C1");
    assertThat(texts.format(KEY, "C2")).isEqualTo("gap in C2");
    assertThat(texts.format(Message.of(KEY, "C3"))).isEqualTo("gap in C3");
  }

  @Test
  void anApostropheIsAlwaysLiteral() {
    assertThat(render("the initiative's {0}", "plan")).isEqualTo("the initiative's plan");
    assertThat(render("'{0}'", "quoted")).isEqualTo("'quoted'");
    String choice = "{0,choice,1#the group's one gap|1<the group's {0} gaps}";
    assertThat(render(choice, 1)).isEqualTo("the group's one gap");
    assertThat(render(choice, 2)).isEqualTo("the group's 2 gaps");
  }

  @Test
  void integersAreShownWithoutGrouping() {
    assertThat(render("{0}", 1200)).isEqualTo("1200");
    assertThat(render("{0}", 1234567L)).isEqualTo("1234567");
    assertThat(render("{0,choice,1#one|1<{0} people}", 1200)).isEqualTo("1200 people");
  }

  @Test
  void aChoiceTakesTheBranchOfTheHighestLimitReached() {
    String pattern = "{0,choice,0#no gaps|1#one gap|1<{0} gaps}";
    assertThat(render(pattern, 0)).isEqualTo("no gaps");
    assertThat(render(pattern, 1)).isEqualTo("one gap");
    assertThat(render(pattern, 2)).isEqualTo("2 gaps");
    assertThat(render(pattern, 7L)).isEqualTo("7 gaps");
    // below the first limit, the first branch
    assertThat(render(pattern, -1)).isEqualTo("no gaps");
    assertThat(render("{0,choice,1#one|2#two}", 0)).isEqualTo("one");
    assertThat(render("{0,choice,1#one|2#two}", 9)).isEqualTo("two");
    assertThat(render("{0,choice,0#only}", 5)).isEqualTo("only");
  }

  @Test
  void aChoiceExpressesWelshsSixPluralForms() {
    String pattern = "{0,choice,0#zero|1#one|2#two|3#few|4#other|6#many|7#other}";
    assertThat(render(pattern, 0)).isEqualTo("zero");
    assertThat(render(pattern, 1)).isEqualTo("one");
    assertThat(render(pattern, 2)).isEqualTo("two");
    assertThat(render(pattern, 3)).isEqualTo("few");
    assertThat(render(pattern, 4)).isEqualTo("other");
    assertThat(render(pattern, 5)).isEqualTo("other");
    assertThat(render(pattern, 6)).isEqualTo("many");
    assertThat(render(pattern, 7)).isEqualTo("other");
    assertThat(render(pattern, 11)).isEqualTo("other");
  }

  @Test
  void choicesNestAndUseOtherArguments() {
    String pattern = "{0,choice,0#no gaps|1#one gap in {1}|1<{0} gaps in "
        + "{1,choice,1#one place|1<{1} places}} (see {2})";
    assertThat(render(pattern, 0, 1, "C1")).isEqualTo("no gaps (see C1)");
    assertThat(render(pattern, 1, 3, "C1")).isEqualTo("one gap in 3 (see C1)");
    assertThat(render(pattern, 2, 1, "C1")).isEqualTo("2 gaps in one place (see C1)");
    assertThat(render(pattern, 5, 4, "C2")).isEqualTo("5 gaps in 4 places (see C2)");
    String deeper = "{0,choice,0#{1}|1#[{1,choice,0#{2,choice,0#zero|1#one}|1#b}]}";
    assertThat(render(deeper, 1, 0, 1)).isEqualTo("[one]");
    assertThat(render(deeper, 1, 1, 1)).isEqualTo("[b]");
    assertThat(render(deeper, 0, "arg", 1)).isEqualTo("arg");
  }

  @Test
  void anApostropheIsLiteralInANestedChoiceAndBesideIt() {
    String pattern = "{0,choice,0#nobody's|1<{0}'s '{1,choice,1#one group's|1<{1} groups'}'}";
    assertThat(render(pattern, 0, 1)).isEqualTo("nobody's");
    assertThat(render(pattern, 2, 1)).isEqualTo("2's 'one group's'");
    assertThat(render(pattern, 2, 3)).isEqualTo("2's '3 groups''");
  }

  @Test
  void messagesAndListsAsArgumentsAreRenderedInTheSameTexts() {
    Messages texts = Messages.of(Locale.ENGLISH, Map.of(KEY, "see {0}", "inner", "<{0}>",
        "list.two", "{0} & {1}"), false);
    assertThat(texts.format(KEY, Message.of("inner", "x"))).isEqualTo("see <x>");
    assertThat(texts.format(KEY, List.of("a", "b"))).isEqualTo("see a & b");
    assertThat(texts.format(KEY, Message.literal("as it is"))).isEqualTo("see as it is");
  }

  @Test
  void aClosingBraceThatClosesNothingIsAnError() {
    assertThatThrownBy(() -> render("a } b")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("a } b") + "a '}' closes no '{'");
    assertThatThrownBy(() -> render("{0}}")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0}}") + "a '}' closes no '{'");
  }

  @Test
  void anOpeningBraceNeverClosedIsAnError() {
    assertThatThrownBy(() -> render("a {0 b")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("a {0 b") + "a '{' is never closed");
    assertThatThrownBy(() -> render("{0,choice,1#{0}|2#x"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,choice,1#{0}|2#x") + "a '{' is never closed");
    assertThatThrownBy(() -> render("{")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{") + "a '{' is never closed");
  }

  @Test
  void bracesAroundSomethingOtherThanANumberAreAnError() {
    assertThatThrownBy(() -> render("a {x} b")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("a {x} b") + "'{x}' is not an argument such as {0}");
    assertThatThrownBy(() -> render("{}")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{}") + "'{}' is not an argument such as {0}");
    assertThatThrownBy(() -> render("{,choice,1#a}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{,choice,1#a}")
            + "'{,choice,1#a}' is not an argument such as {0}");
  }

  @Test
  void aFormatOtherThanAChoiceIsAnError() {
    assertThatThrownBy(() -> render("{0,number}")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,number}") + "'{0,number}' is neither {n} nor {n,choice,...}");
    assertThatThrownBy(() -> render("{0,number,integer}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,number,integer}")
            + "'{0,number,integer}' is neither {n} nor {n,choice,...}");
    assertThatThrownBy(() -> render("{0,}")).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,}") + "'{0,}' is neither {n} nor {n,choice,...}");
  }

  @Test
  void anInvalidChoiceIsAnError() {
    assertThatThrownBy(() -> render("{0,choice,x#a}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,choice,x#a}")
            + "the choice 'x#a' is not valid: For input string: \"x\"");
    assertThatThrownBy(() -> render("{0,choice,#a}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,choice,#a}")
            + "the choice '#a' is not valid: Each interval must contain a number before a format");
  }

  @Test
  void aChoiceWithNoBranchIsAnError() {
    assertThatThrownBy(() -> render("{0,choice,}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(compileError("{0,choice,}") + "the choice '' has no branch");
  }

  @Test
  void aMalformedBranchOfAChoiceIsAnErrorNamingTheBranch() {
    assertThatThrownBy(() -> render("{0,choice,1#{y}|2#b}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("message \"k\" (\"{y}\"): '{y}' is not an argument such as {0}");
  }

  @Test
  void anArgumentBeyondThoseGivenIsAnError() {
    assertThatThrownBy(() -> render("{0} and {1}", "only"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the message needs argument 1 but was given 1");
    assertThatThrownBy(() -> render("{0,choice,1#one|1<many}"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the message needs argument 0 but was given 0");
  }

  @Test
  void aNullArgumentIsAnError() {
    assertThatThrownBy(() -> render("{0} and {1}", "a", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("message argument 1");
  }

  @Test
  void aChoiceByAnythingButANumberIsAnError() {
    assertThatThrownBy(() -> render("{0,choice,1#one|1<many}", "two"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("argument 0 chooses a plural form, so it must be an integer, but was \"two\"");
  }

  @Test
  void aKeyInNoBundleIsMissing() {
    assertThatThrownBy(() -> english("x").format("nowhere"))
        .isExactlyInstanceOf(MissingResourceException.class)
        .hasMessage("no message \"nowhere\" in the coproduction bundles")
        .satisfies(e -> {
          MissingResourceException m = (MissingResourceException) e;
          assertThat(m.getKey()).isEqualTo("nowhere");
          assertThat(m.getClassName()).isEqualTo(Messages.class.getName());
        });
  }

  @Test
  void thePseudoLocaleAccentsLiteralLettersButNotArguments() {
    Map<String, String> patterns = Map.of(KEY, "Gaps in {0}: {1,choice,1#one|1<{1} many}!");
    Messages pseudo = Messages.of(Messages.PSEUDO, patterns, true);
    assertThat(pseudo.format(KEY, "Plan B", 2)).isEqualTo("Ĝàƥš íñ Plan B: 2 ɱàñý!");
    assertThat(pseudo.format(KEY, "Plan B", 1)).isEqualTo("Ĝàƥš íñ Plan B: óñé!");
    assertThat(pseudo.format(KEY, "Plan B", 1)).isEqualTo("Ĝàƥš íñ Plan B: óñé!");
    Messages plain = Messages.of(Messages.PSEUDO, patterns, false);
    assertThat(plain.format(KEY, "Plan B", 2)).isEqualTo("Gaps in Plan B: 2 many!");
    assertThat(Messages.Pseudo.accent("Az az 09 ŵ")).isEqualTo("Àž àž 09 ŵ");
  }
}
