package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which texts {@link Messages} gives each locale (Welsh in any region, the pseudo-locale only for
 * {@code en-XA}, English otherwise), which locales it calls available, its keys and description,
 * how each locale joins lists of one to five items, and when a rule's own text gives way to the
 * translation of the standard English one.
 */
class MessagesLocalesTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final String RULE = "person-harmed";

  private static Locale tag(String tag) {
    return Locale.forLanguageTag(tag);
  }

  @Test
  void welshInAnyRegionHasTheWelshTexts() {
    Messages cy = Messages.forLocale(WELSH);
    assertThat(cy.locale()).isEqualTo(WELSH);
    assertThat(cy.format("severity.CRITICAL")).isEqualTo("critigol");
    assertThat(Messages.forLocale(tag("cy-GB"))).isSameAs(cy);
    assertThat(Messages.forLocale(WELSH)).isSameAs(cy);
  }

  @Test
  void onlyEnglishInRegionXaIsThePseudoLocale() {
    Messages pseudo = Messages.forLocale(tag("en-XA"));
    assertThat(pseudo.locale()).isEqualTo(Messages.PSEUDO);
    assertThat(pseudo.format("severity.CRITICAL")).isEqualTo("çŕíţíçàĺ");
    assertThat(Messages.forLocale(Messages.PSEUDO)).isSameAs(pseudo);
    assertThat(Messages.forLocale(tag("fr-XA"))).isSameAs(Messages.english());
    assertThat(Messages.forLocale(tag("en-GB"))).isSameAs(Messages.english());
  }

  @Test
  void everyOtherLocaleHasTheEnglishTexts() {
    Messages english = Messages.english();
    assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(english.format("severity.CRITICAL")).isEqualTo("critical");
    assertThat(Messages.forLocale(Locale.ENGLISH)).isSameAs(english);
    assertThat(Messages.forLocale(Locale.FRENCH)).isSameAs(english);
    assertThat(Messages.forLocale(Locale.ROOT)).isSameAs(english);
    assertThatThrownBy(() -> Messages.forLocale(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void theAvailableLocalesAreEnglishWelshAndThePseudoLocale() {
    assertThat(Messages.available()).containsExactly(Locale.ENGLISH, WELSH, Messages.PSEUDO);
  }

  @Test
  void englishAndWelshInAnyRegionAreAvailable() {
    for (String available : List.of("en", "en-GB", "en-XA", "cy", "cy-GB")) {
      assertThat(Messages.isAvailable(tag(available))).as(available).isTrue();
    }
    for (String unavailable : List.of("fr", "fr-XA", "ga", "und")) {
      assertThat(Messages.isAvailable(tag(unavailable))).as(unavailable).isFalse();
    }
    assertThatThrownBy(() -> Messages.isAvailable(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void theTextsKnowTheirKeysAndSayHowManyTheyHave() {
    Messages texts = Messages.of(WELSH, Map.of("a", "A", "b", "B"), false);
    assertThat(texts.has("a")).isTrue();
    assertThat(texts.has("c")).isFalse();
    assertThat(texts.toString()).isEqualTo("Messages[cy, 2 keys]");
    assertThat(Messages.of(Messages.PSEUDO, Map.of(), true).toString())
        .isEqualTo("Messages[en-XA, 0 keys]");
    assertThat(Messages.english().has("severity.CRITICAL")).isTrue();
    assertThat(Messages.english().has("severity.UNKNOWN")).isFalse();
    assertThatThrownBy(() -> texts.has(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("key");
  }

  @Test
  void aListIsJoinedFromItsEndOneItemAtATime() {
    Messages texts = Messages.of(Locale.ENGLISH, Map.of("list.two", "{0} & {1}",
        "list.start", "<{0} | {1}>", "list.middle", "{0} ; {1}", "list.end", "{0} + {1}"), false);
    assertThat(texts.format(Message.list(List.of("a")))).isEqualTo("a");
    assertThat(texts.format(Message.list(List.of("a", "b")))).isEqualTo("a & b");
    assertThat(texts.format(Message.list(List.of("a", "b", "c")))).isEqualTo("<a | b + c>");
    assertThat(texts.format(Message.list(List.of("a", "b", "c", "d"))))
        .isEqualTo("<a | b ; c + d>");
    assertThat(texts.format(Message.list(List.of("a", "b", "c", "d", "e"))))
        .isEqualTo("<a | b ; c ; d + e>");
    assertThat(texts.format(Message.list(List.of(1, Message.literal("two")))))
        .isEqualTo("1 & two");
  }

  @Test
  void englishAndWelshJoinListsTheirOwnWay() {
    Messages english = Messages.english();
    Messages welsh = Messages.forLocale(WELSH);
    List<String> items = List.of("C1", "C2", "C3", "C4", "C5");
    List<String> inEnglish = List.of("C1", "C1, C2", "C1, C2, C3", "C1, C2, C3, C4",
        "C1, C2, C3, C4, C5");
    List<String> inWelsh = List.of("C1", "C1 a C2", "C1, C2 a C3", "C1, C2, C3 a C4",
        "C1, C2, C3, C4 a C5");
    for (int n = 1; n <= items.size(); n++) {
      Message list = Message.list(items.subList(0, n));
      assertThat(english.format(list)).as("English, %s items", n).isEqualTo(inEnglish.get(n - 1));
      assertThat(welsh.format(list)).as("Welsh, %s items", n).isEqualTo(inWelsh.get(n - 1));
    }
  }

  @Test
  void aStandardRulesTextsAreTranslated() {
    RuleDescriptor standard = RuleSet.standard().rule(RULE).descriptor();
    Messages welsh = Messages.of(WELSH, Map.of(RULE + ".name", "Enw", RULE + ".summary",
        "Crynodeb", RULE + ".rationale", "Rheswm", RULE + ".remedy", "Ateb"), false);
    assertThat(welsh.name(standard)).isEqualTo("Enw");
    assertThat(welsh.summary(standard)).isEqualTo("Crynodeb");
    assertThat(welsh.rationale(standard)).isEqualTo("Rheswm");
    assertThat(welsh.remedy(standard)).isEqualTo("Ateb");
    assertThat(Messages.forLocale(WELSH).name(standard)).isEqualTo("Cafodd person niwed");
    Messages english = Messages.english();
    assertThat(english.name(standard)).isEqualTo("A person was harmed");
    assertThat(english.summary(standard))
        .isEqualTo("A person was harmed or distressed in the course of the work");
    assertThat(english.rationale(standard)).isEqualTo(standard.rationale());
    assertThat(english.remedy(standard)).isEqualTo(standard.remedy());
  }

  @Test
  void aRulesOwnTextsAreShownAsTheyAre() {
    RuleDescriptor standard = RuleSet.standard().rule(RULE).descriptor();
    Messages welsh = Messages.forLocale(WELSH);
    // a standard id with texts of its own
    RuleDescriptor renamed = new RuleDescriptor.Builder().from(standard).name("Harm done")
        .summary("Harm was done").rationale("Our reasons.").remedy("Our remedy.").build();
    assertThat(welsh.name(renamed)).isEqualTo("Harm done");
    assertThat(welsh.summary(renamed)).isEqualTo("Harm was done");
    assertThat(welsh.rationale(renamed)).isEqualTo("Our reasons.");
    assertThat(welsh.remedy(renamed)).isEqualTo("Our remedy.");
    // a custom rule, whose id has no English text in the bundles
    RuleDescriptor custom = new RuleDescriptor.Builder().from(standard).id("our-own-rule")
        .build();
    assertThat(welsh.name(custom)).isEqualTo("A person was harmed");
    assertThat(welsh.summary(custom))
        .isEqualTo("A person was harmed or distressed in the course of the work");
    assertThat(Messages.english().name(custom)).isEqualTo("A person was harmed");
  }
}
