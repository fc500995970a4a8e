package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.Step;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.MissingFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The report's own words come from the bundles, in the options' locale. In the pseudo-locale every
 * bundle letter is accented, so a run of three or more plain ASCII letters left in the header,
 * summary, attention, gaps and missing parts is English the code wrote itself, unless it is record
 * data, framework text, an id or a pointer, which stay as they are.
 */
class ReportLocaleTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");
  private static final Framework FRAMEWORK = Framework.standard();

  private final Assessment crisis = ReportFixtures.crisisAssessment();
  private final Assessment bare = ReportFixtures.bareAssessment();

  @TestFactory
  Stream<DynamicTest> thePseudoLocaleLeavesNoEnglishInTheFirstParts() {
    ReportOptions pseudo = ReportOptions.defaults().withLocale(Messages.PSEUDO);
    List<DynamicTest> tests = new ArrayList<>();
    record Case(String name, Assessment a, ReportOptions o) {}
    List<Case> cases = List.of(
        new Case("crisis", crisis, pseudo),
        new Case("crisis-detail", crisis, pseudo.withDetail(true)),
        new Case("crisis-limit", crisis, pseudo.withFindingLimit(2)),
        new Case("crisis-limit-detail", crisis, pseudo.withFindingLimit(2).withDetail(true)),
        new Case("crisis-redacted", crisis,
            ReportOptions.redacting(ReportFixtures.crisisRedesign()).withLocale(Messages.PSEUDO)),
        new Case("crisis-redacted-detail", crisis,
            ReportOptions.redacting(ReportFixtures.crisisRedesign()).withLocale(Messages.PSEUDO)
                .withDetail(true)),
        new Case("bare", bare, pseudo),
        new Case("bare-detail", bare, pseudo.withDetail(true)));
    for (Case k : cases) {
      tests.add(DynamicTest.dynamicTest(k.name() + ".txt", () -> assertNoEnglish(
          textParts(TextReport.render(k.a(), k.o())), allowed(k.a(), k.o(), s -> s), false)));
      tests.add(DynamicTest.dynamicTest(k.name() + ".md", () -> assertNoEnglish(
          markdownParts(MarkdownReport.render(k.a(), k.o())),
          allowed(k.a(), k.o(), MarkdownText::escape), false)));
      tests.add(DynamicTest.dynamicTest(k.name() + ".html", () -> assertNoEnglish(
          htmlParts(HtmlReport.render(k.a(), k.o())), allowed(k.a(), k.o(), HtmlText::escape),
          true)));
    }
    return tests.stream();
  }

  @Test
  void welshReportsSayTheirOwnWordsInWelsh() {
    ReportOptions cy = ReportOptions.defaults().withLocale(WELSH);
    String text = TextReport.render(crisis, cy);
    assertThat(text).startsWith("ASESIAD CYD-GYNHYRCHU\n")
        .contains("\nDyfarniad: BYLCHAU WEDI'U CANFOD\n")
        .contains("  1. CRITIGOL  ")
        .contains("Angen sylw yn gyntaf")
        .contains("Bylchau fesul cam o'r fframwaith")
        .contains("Gwybodaeth sydd ar goll")
        .doesNotContain("Needs attention first", "Information missing", "Verdict:");
    String md = MarkdownReport.render(crisis, cy.withDetail(true));
    assertThat(md).startsWith("# Asesiad cyd-gynhyrchu: ")
        .contains("## Dyfarniad: bylchau wedi'u canfod").contains("| Menter | `crisis-redesign` |");
    String html = HtmlReport.render(crisis, cy);
    assertThat(html).contains("<html lang=\"cy\">").contains("<h2>Crynodeb</h2>")
        .contains("<span class=\"badge sev-critical\">");
  }

  @Test
  void englishIsTheDefaultAndTheSameAsAskingForIt() {
    assertThat(TextReport.render(crisis, ReportOptions.defaults().withLocale(Locale.UK)))
        .isEqualTo(TextReport.render(crisis));
    assertThat(HtmlReport.render(crisis)).contains("<html lang=\"en\">");
  }

  @Test
  void everyReportKeyHasAWelshTranslationWithTheSameArguments() throws Exception {
    java.util.Properties en = load("report.properties");
    java.util.Properties cy = load("report_cy.properties");
    assertThat(cy.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
        en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(arguments(cy.getProperty(key))).as("arguments of Welsh %s", key)
          .isEqualTo(arguments(en.getProperty(key)));
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> out = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]").matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static java.util.Properties load(String name) throws Exception {
    java.util.Properties p = new java.util.Properties();
    try (var in = ReportLocaleTest.class.getResourceAsStream(
        "/io/github/coproduction/rules/report/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  // -----------------------------------------------------------------------------------------

  /** From the start up to the framework part, which follows the missing part. */
  private static String textParts(String report) {
    String missing = Messages.forLocale(Messages.PSEUDO).format("report.missing.heading");
    int at = report.indexOf("\n" + missing + "\n");
    assertThat(at).as("the missing part's heading").isPositive();
    // The next heading is a line followed by a line of dashes.
    Matcher next = Pattern.compile("\n\n([^\n]+)\n-+\n").matcher(report);
    int end = next.find(at + missing.length() + 2) ? next.start() : report.length();
    return report.substring(0, end);
  }

  private static String markdownParts(String report) {
    String missing = Messages.forLocale(Messages.PSEUDO).format("report.missing.heading");
    int at = report.indexOf("\n## " + missing + "\n");
    assertThat(at).as("the missing part's heading").isPositive();
    int end = report.indexOf("\n## ", at + 4);
    return report.substring(0, end < 0 ? report.length() : end);
  }

  /** The title, and from the masthead up to the framework section. */
  private static String htmlParts(String report) {
    String title = report.substring(report.indexOf("<title>"), report.indexOf("</title>"));
    String body = report.substring(report.indexOf("<header class=\"masthead\">"),
        report.indexOf("<section id=\"framework\">"));
    return title + "\n" + body;
  }

  /**
   * What may stay in English: record data (as the options show it), the framework's text, ids,
   * pointers, and findings' messages and remedies (the rules', not the report's).
   */
  private static List<String> allowed(Assessment a, ReportOptions o,
      UnaryOperator<String> escape) {
    Set<String> raw = new LinkedHashSet<>();
    raw.add(a.title());
    raw.add(a.initiative());
    raw.add(a.profile());
    raw.add(a.ruleSet() + " " + a.ruleSetVersion());
    raw.add(FRAMEWORK.edition().title());
    raw.add(FRAMEWORK.edition().publisher());
    for (Step s : FRAMEWORK.steps()) {
      raw.add(s.title());
    }
    for (FrameworkElement e : FRAMEWORK.elements()) {
      raw.add(e.title());
      raw.add(e.id());
    }
    Messages messages = Messages.forLocale(o.locale());
    for (Finding f : a.findings()) {
      raw.add(f.message());
      raw.add(f.remedy());
      raw.add(messages.remedy(f));
      raw.add(f.rule());
      raw.addAll(f.elements());
      for (Evidence e : f.evidence()) {
        raw.add(e.pointer());
        raw.add(e.value());
      }
    }
    ReportContent content = new ReportContent(a, o);
    for (MissingFact m : a.missingFacts()) {
      // A finding's message, whole or shortened; a sentence made from the pointer is the
      // report's and is checked.
      if (m.description(o.locale()).equals(m.description())) {
        raw.add(m.description());
        raw.add(content.shortFact(m));
      }
      raw.addAll(m.pointers());
      raw.addAll(m.rules());
      // The words of the pointer that names the fact ("welfare benefits advice").
      for (String segment : m.fact().replace("rule:", "").split("[/:-]")) {
        String words = segment.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        raw.add(words);
        raw.addAll(List.of(words.split(" ")));
      }
    }
    List<String> out = new ArrayList<>();
    for (String r : raw) {
      for (String form : List.of(r, o.redact(r))) {
        out.add(squeeze(escape.apply(form)));
        out.add(squeeze(form));
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static String squeeze(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private void assertNoEnglish(String part, List<String> allowed, boolean html) {
    String left = squeeze(part);
    for (String a : allowed) {
      if (a.length() >= 3) {
        left = left.replace(a, " ");
      }
    }
    if (html) {
      left = left.replaceAll("<[^>]*>", " ").replaceAll("&#?[A-Za-z0-9]+;", " ");
    }
    List<String> english = new ArrayList<>();
    Matcher m = ENGLISH.matcher(left);
    while (m.find()) {
      english.add(m.group());
    }
    assertThat(english).as("English words in:\n" + left).isEmpty();
  }
}
