package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@link Messages} reads its bundles, on the test bundles in {@code bundles/}: English and
 * Welsh files read as UTF-8, a missing file skipped, a key in two bundles, a malformed pattern and
 * a Welsh key with no English text refused with the bundle named, and a translation laid over the
 * English with English wherever a key is not translated.
 */
class MessagesBundlesTest {

  private static final String DIR = "/io/github/coproduction/rules/bundles/";
  private static final String FIRST = DIR + "first";
  private static final String SECOND = DIR + "second";

  private static final Map<String, String> ENGLISH = Map.of(
      "greeting", "Hello, {0}",
      "gaps", "{0,choice,0#no gaps|1#one gap|1<{0} gaps}",
      "farewell", "Goodbye");

  @Test
  void theEnglishBundlesAreReadTogetherSkippingOneWithNoFile() {
    assertThat(Messages.load(List.of(FIRST, DIR + "missing", SECOND), "", Map.of()))
        .isEqualTo(ENGLISH);
    assertThat(Messages.load(List.of(DIR + "missing"), "", Map.of())).isEmpty();
  }

  @Test
  void theWelshBundlesAreReadAsUtf8SkippingThoseWithNoWelshFile() {
    assertThat(Messages.load(List.of(FIRST, SECOND), "_cy", ENGLISH))
        .isEqualTo(Map.of("greeting", "Helô, {0}"));
  }

  @Test
  void aKeyInTwoBundlesIsAnError() {
    assertThatThrownBy(() -> Messages.load(List.of(FIRST, DIR + "again"), "", Map.of()))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("message key \"greeting\" is in both " + FIRST + ".properties and " + DIR
            + "again.properties");
  }

  @Test
  void aPatternThatDoesNotCompileIsAnErrorWhenItsBundleIsRead() {
    assertThatThrownBy(() -> Messages.load(List.of(FIRST, DIR + "malformed"), "", Map.of()))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("message \"broken\" (\"a } b\"): a '}' closes no '{'");
  }

  @Test
  void aTranslatedKeyWithNoEnglishTextIsAnError() {
    assertThatThrownBy(() -> Messages.load(List.of(FIRST, DIR + "orphan"), "_cy", ENGLISH))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("message key \"untranslated\" of " + DIR
            + "orphan_cy.properties has no English text");
    // the English of the other keys is not enough
    assertThatThrownBy(() -> Messages.load(List.of(FIRST), "_cy", Map.of("gaps", "x")))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("message key \"greeting\" of " + FIRST + "_cy.properties has no English text");
  }

  @Test
  void aTranslationReplacesTheEnglishOfItsKeysAndKeepsTheRest() {
    Map<String, String> welsh = Messages.overlay(ENGLISH, Map.of("greeting", "Helô, {0}"));
    assertThat(welsh).isEqualTo(Map.of(
        "greeting", "Helô, {0}",
        "gaps", "{0,choice,0#no gaps|1#one gap|1<{0} gaps}",
        "farewell", "Goodbye"));
    Messages texts = Messages.of(Locale.forLanguageTag("cy"), welsh, false);
    assertThat(texts.format("greeting", "Cymru")).isEqualTo("Helô, Cymru");
    assertThat(texts.format("farewell")).isEqualTo("Goodbye");
    assertThat(texts.format("gaps", 3)).isEqualTo("3 gaps");
  }

  @Test
  void theLibrarysOwnWelshIsReadAfreshOverTheEnglish() {
    Messages welsh = Messages.uncached(Locale.forLanguageTag("cy"));
    assertThat(welsh.locale()).isEqualTo(Locale.forLanguageTag("cy"));
    assertThat(welsh.format("severity.CRITICAL")).isEqualTo("critigol");
    assertThat(welsh.format("severity.MINOR")).isEqualTo("mân");
    assertThat(welsh.format(Message.list(List.of("C1", "C2")))).isEqualTo("C1 a C2");
    assertThat(welsh).isNotSameAs(Messages.forLocale(Locale.forLanguageTag("cy")));
    assertThat(welsh.toString()).isEqualTo(Messages.english().toString().replace("[en", "[cy"));
  }

  @Test
  void theLibrarysOwnPseudoLocaleIsTheEnglishAccented() {
    Messages pseudo = Messages.uncached(Messages.PSEUDO);
    assertThat(pseudo.locale()).isEqualTo(Messages.PSEUDO);
    assertThat(pseudo.format("severity.CRITICAL")).isEqualTo("çŕíţíçàĺ");
    assertThat(pseudo.format(Message.list(List.of("C1", "C2")))).isEqualTo("C1, C2");
  }
}
