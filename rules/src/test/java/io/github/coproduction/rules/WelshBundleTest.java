package io.github.coproduction.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Welsh bundles for the standard rules' texts and the shared words: complete, with the same
 * arguments as the English, summaries in the descriptors' form, and rule names that are really
 * translated.
 */
class WelshBundleTest {

  private static final String RULE_TEXTS = "/io/github/coproduction/rules/standard/rule-texts";
  private static final String SHARED = "/io/github/coproduction/rules/messages";

  /** The index of each argument, {@code {n}} or {@code {n,choice,...}}, at any depth. */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

  private static final Messages WELSH = Messages.forLocale(Locale.forLanguageTag("cy"));

  @ParameterizedTest
  @ValueSource(strings = {RULE_TEXTS, SHARED})
  void everyEnglishKeyHasAWelshValueWithTheSameArguments(String base) throws IOException {
    Properties english = load(base + ".properties");
    Properties welsh = load(base + "_cy.properties");
    assertThat(english.stringPropertyNames()).isNotEmpty();
    assertThat(welsh.stringPropertyNames()).as("Welsh keys of %s", base)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    SoftAssertions softly = new SoftAssertions();
    for (String key : english.stringPropertyNames()) {
      String cy = welsh.getProperty(key);
      softly.assertThat(cy).as("Welsh %s", key).isNotBlank();
      if (cy != null) {
        softly.assertThat(arguments(cy)).as("arguments of Welsh %s", key)
            .isEqualTo(arguments(english.getProperty(key)));
      }
    }
    softly.assertAll();
  }

  @Test
  void everyStandardRuleHasAllFourTextsInWelsh() throws IOException {
    Properties welsh = load(RULE_TEXTS + "_cy.properties");
    SoftAssertions softly = new SoftAssertions();
    for (RuleDescriptor d : RuleSet.standard().descriptors()) {
      for (String part : new String[] {"name", "summary", "rationale", "remedy"}) {
        softly.assertThat(welsh.getProperty(d.id() + "." + part)).as("%s.%s", d.id(), part)
            .isNotBlank();
      }
    }
    softly.assertAll();
  }

  @Test
  void welshSummariesAreOneLineWithNoFullStop() throws IOException {
    Properties welsh = load(RULE_TEXTS + "_cy.properties");
    SoftAssertions softly = new SoftAssertions();
    for (String key : welsh.stringPropertyNames()) {
      if (key.endsWith(".summary")) {
        String summary = welsh.getProperty(key);
        softly.assertThat(summary).as(key).doesNotContain("\n", "\r").doesNotEndWith(".")
            .isEqualTo(summary.strip());
      }
    }
    softly.assertAll();
  }

  @Test
  void welshRuleTextsDifferFromTheEnglishForEveryStandardRule() {
    Messages english = Messages.english();
    SoftAssertions softly = new SoftAssertions();
    for (Rule rule : RuleSet.standard().rules()) {
      RuleDescriptor d = rule.descriptor();
      softly.assertThat(WELSH.name(d)).as("Welsh name of %s", d.id())
          .isNotEqualTo(english.name(d)).isNotEqualTo(d.name());
      softly.assertThat(WELSH.summary(d)).as("Welsh summary of %s", d.id())
          .isNotEqualTo(d.summary());
      softly.assertThat(WELSH.rationale(d)).as("Welsh rationale of %s", d.id())
          .isNotEqualTo(d.rationale());
      softly.assertThat(WELSH.remedy(d)).as("Welsh remedy of %s", d.id())
          .isNotEqualTo(d.remedy());
    }
    softly.assertAll();
  }

  @Test
  void welshJoinsListsWithA() {
    assertThat(WELSH.format(Message.list(List.of("C1", "C2")))).isEqualTo("C1 a C2");
    assertThat(WELSH.format(Message.list(List.of("C1", "C2", "C3", "C4"))))
        .isEqualTo("C1, C2, C3 a C4");
    assertThat(Messages.english().format(Message.list(List.of("C1", "C2", "C3"))))
        .isEqualTo("C1, C2, C3");
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  private static Properties load(String name) throws IOException {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      assertThat(in).as("bundle %s", name).isNotNull();
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, UTF_8)) {
        p.load(r);
      }
      return p;
    }
  }
}
