package io.github.coproduction.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Welsh bundles for the shared words, the standard rules' texts and every standard bundle of
 * finding messages that has a {@code _cy} file: complete, with the same arguments as the
 * English, leading spaces kept, patterns that render, summaries in the descriptors' form, and
 * rule names that are really translated.
 */
class WelshBundleTest {

  private static final String RULE_TEXTS = "/io/github/coproduction/rules/standard/rule-texts";
  private static final String SHARED = "/io/github/coproduction/rules/messages";
  private static final String STANDARD = "/io/github/coproduction/rules/standard/";

  /** The finding bundles translated so far; more join as their Welsh files are written. */
  private static final List<String> TRANSLATED_AT_LEAST = List.of("subjects", "support",
      "payment", "people", "leadership", "process", "statement", "checklist", "event", "ladder",
      "reflection", "risk");

  /** The index of each argument, {@code {n}} or {@code {n,choice,...}}, at any depth. */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

  private static final Messages WELSH = Messages.forLocale(Locale.forLanguageTag("cy"));

  /**
   * The shared words and every English bundle in {@code standard/} (a name with no locale
   * suffix) that has a Welsh file beside it.
   */
  static Stream<String> welshBundles() throws IOException, URISyntaxException {
    // the folder of a file known to be there: the test classes have a standard/ folder too
    URL known = Messages.class.getResource(RULE_TEXTS + ".properties");
    assertThat(known).as("bundle %s", RULE_TEXTS).isNotNull();
    List<String> bases = new ArrayList<>();
    bases.add(SHARED);
    try (Stream<Path> files = Files.list(Path.of(known.toURI()).getParent())) {
      files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".properties") && !n.contains("_"))
          .map(n -> STANDARD + n.substring(0, n.length() - ".properties".length()))
          .filter(base -> Messages.class.getResource(base + "_cy.properties") != null)
          .sorted()
          .forEach(bases::add);
    }
    return bases.stream();
  }

  @Test
  void theTranslatedFindingBundlesAreAmongThoseChecked() throws Exception {
    List<String> checked = welshBundles().toList();
    assertThat(checked).contains(RULE_TEXTS);
    for (String name : TRANSLATED_AT_LEAST) {
      assertThat(checked).contains(STANDARD + name);
    }
  }

  @ParameterizedTest
  @MethodSource("welshBundles")
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
        softly.assertThat(cy.startsWith(" ")).as("Welsh %s starts with a space as the English does",
            key).isEqualTo(english.getProperty(key).startsWith(" "));
      }
    }
    softly.assertAll();
  }

  /** Every Welsh pattern compiles and renders, with a number for every argument. */
  @ParameterizedTest
  @MethodSource("welshBundles")
  void everyWelshPatternRenders(String base) throws IOException {
    Properties welsh = load(base + "_cy.properties");
    SoftAssertions softly = new SoftAssertions();
    for (String key : welsh.stringPropertyNames()) {
      Set<Integer> used = arguments(welsh.getProperty(key));
      int count = used.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
      for (int n : new int[] {1, 2, 3, 6, 11}) {
        Object[] args = new Object[count];
        Arrays.fill(args, n);
        softly.assertThatCode(() -> WELSH.format(key, args)).as("Welsh %s with %s", key, n)
            .doesNotThrowAnyException();
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
  void aNumeralTakesTheSingularWithItsMutation() {
    String key = "payment-without-benefits-advice.gap";
    assertThat(WELSH.format(key, 1, "P1")).contains("talu i 1 cyfranogwr â");
    assertThat(WELSH.format(key, 2, "P1")).contains("talu i 2 gyfranogwr â");
    assertThat(WELSH.format(key, 3, "P1")).contains("talu i 3 chyfranogwr â");
    assertThat(WELSH.format(key, 5, "P1")).contains("talu i 5 cyfranogwr â");
    assertThat(WELSH.format(key, 6, "P1")).contains("talu i 6 chyfranogwr â");
    assertThat(WELSH.format(key, 11, "P1")).contains("talu i 11 o gyfranogwyr â");
    assertThat(WELSH.format("no-lived-experience.gap", 1, "")).contains("nid yw'r unig gyfranogwr");
    assertThat(WELSH.format("no-lived-experience.gap", 3, "")).contains("o'r 3 chyfranogwr yn");
    Message two = Message.list(List.of("P01", "P02"));
    assertThat(WELSH.format("decision-maker-not-evidenced.gap", 2, two, 1)).isEqualTo(
        "Nodwyd P01 a P02 yn benderfynwyr, ond ni chymerodd yr un ohonynt ran yn yr unig"
            + " benderfyniad a gofnodwyd.");
    assertThat(WELSH.format("decision-maker-not-evidenced.gap", 1, "P01", 6)).isEqualTo(
        "Nodwyd P01 yn benderfynwr, ond ni chymerodd ran mewn unrhyw un o'r 6 phenderfyniad a"
            + " gofnodwyd.");
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
