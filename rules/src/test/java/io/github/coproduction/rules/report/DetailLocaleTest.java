package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.WaiverNotice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The framework, ladder, power, waiver, findings, rules and footer parts take every word of their
 * own from the bundles: rendered in the pseudo-locale, whose letters are all accented, they hold
 * no run of three ASCII letters once the record's data (titles, references, messages the assessor
 * wrote, justifications), the framework's own text, ids, pointers and evidence values are taken
 * out.
 */
class DetailLocaleTest {

  private static final Messages PSEUDO = Messages.forLocale(Messages.PSEUDO);
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");

  @TestFactory
  Stream<DynamicTest> everyFormatShowsOnlyBundleWordsInItsDetailParts() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Assessment a : List.of(ReportFixtures.crisisAssessment(),
        ReportFixtures.bareAssessment())) {
      for (ReportOptions o : List.of(ReportFixtures.DETAIL, ReportOptions.defaults(),
          ReportFixtures.DETAIL.withFindingLimit(3))) {
        ReportOptions pseudo = o.withLocale(Messages.PSEUDO);
        String name = a.initiative() + (o.detail() ? " detail" : "")
            + (o.findingLimit().isPresent() ? " limited" : "");
        tests.add(DynamicTest.dynamicTest(name + " text", () -> check(a,
            tail(TextReport.render(a, pseudo), start(o)))));
        tests.add(DynamicTest.dynamicTest(name + " markdown", () -> check(a,
            markdown(tail(MarkdownReport.render(a, pseudo), "## " + start(o))))));
        tests.add(DynamicTest.dynamicTest(name + " html", () -> check(a,
            html(tail(HtmlReport.render(a, pseudo), "<section id=\"framework\">")))));
      }
    }
    return tests.stream();
  }

  @Test
  void theWelshBundleTranslatesEveryKeyOfTheEnglishOne() throws java.io.IOException {
    Properties english = bundle("detail.properties");
    Properties welsh = bundle("detail_cy.properties");
    assertThat(welsh.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(english.stringPropertyNames()).allMatch(k -> k.startsWith("detail."));
    Pattern argument = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    for (String key : english.stringPropertyNames()) {
      assertThat(arguments(argument, welsh.getProperty(key))).as("arguments of Welsh %s", key)
          .isEqualTo(arguments(argument, english.getProperty(key)));
    }
    Messages cy = Messages.forLocale(Locale.forLanguageTag("cy"));
    assertThat(cy.format("detail.ladder")).isEqualTo("Ysgol ymgysylltu");
    assertThat(Messages.english().format("detail.findings.intro", 1))
        .startsWith("1 finding, grouped");
    assertThat(Messages.english().format("detail.findings.intro", 2))
        .startsWith("2 findings, grouped");
  }

  @Test
  void aReportInWelshTakesItsDetailWordsFromTheWelshBundle() {
    Assessment a = ReportFixtures.crisisAssessment();
    ReportOptions welsh = ReportFixtures.DETAIL.withLocale(Locale.forLanguageTag("cy"));
    assertThat(TextReport.render(a, welsh)).contains("Elfennau'r fframwaith", "Canfyddiadau",
        "Ysgol ymgysylltu", "Meini prawf yr ysgol", "Hysbysiadau hepgor");
    assertThat(HtmlReport.render(a, welsh)).contains("Aseswyd yn erbyn");
  }

  private static Set<String> arguments(Pattern argument, String pattern) {
    Set<String> out = new java.util.TreeSet<>();
    Matcher m = argument.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Properties bundle(String name) throws java.io.IOException {
    Properties p = new Properties();
    try (var in = Messages.class.getResourceAsStream("/io/github/coproduction/rules/report/"
        + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void theLadderCriteriaKeepTheirEnglishReasonAndRenderInTheReportsLocale() {
    Assessment a = ReportFixtures.crisisAssessment();
    var criterion = a.ladderEvidence().orElseThrow().criteria().get(0);
    assertThat(criterion.reason()).isEqualTo(criterion.reason(Locale.ENGLISH));
    assertThat(criterion.reason(Messages.PSEUDO)).isNotEqualTo(criterion.reason());
    assertThat(criterion.reason(Messages.PSEUDO).replace("carer-7", ""))
        .doesNotContainPattern("[A-Za-z]{3,}");
  }

  @Test
  void theCheckFindsEnglishInAnEnglishReport() {
    Assessment a = ReportFixtures.crisisAssessment();
    String english = TextReport.render(a, ReportFixtures.DETAIL);
    String part = tail(english, Messages.english().format("detail.framework.elements"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(a, part))
        .hasMessageContaining("English words not from a bundle");
  }

  /** Where the detail parts begin in the text and Markdown reports. */
  private static String start(ReportOptions o) {
    return PSEUDO.format(o.detail() ? "detail.framework.elements" : "detail.framework.glance");
  }

  private static String tail(String report, String from) {
    int at = report.indexOf(from);
    assertThat(at).as("the framework part, \"%s\"", from).isNotNegative();
    return report.substring(at);
  }

  private static String markdown(String s) {
    return unescape(s.replaceAll("\\\\(.)", "$1").replace("`", " "));
  }

  private static String html(String s) {
    return unescape(s.replaceAll("<[^>]*>", " ").replaceAll("&#[0-9]+;(?<!&#39;)", " "));
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static void check(Assessment a, String part) {
    String left = squeeze(part);
    List<String> allowed = new ArrayList<>(allowed(a));
    allowed.sort(Comparator.comparingInt(String::length).reversed());
    for (String s : allowed) {
      String t = squeeze(s);
      if (t.length() > 2) {
        left = left.replace(t, " ");
      }
    }
    List<String> english = new ArrayList<>();
    Matcher m = ENGLISH.matcher(left);
    while (m.find()) {
      int from = Math.max(0, m.start() - 30);
      english.add(left.substring(from, Math.min(left.length(), m.end() + 30)));
    }
    assertThat(english).as("English words not from a bundle").isEmpty();
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** What a report shows as it is: record data, framework text, ids, pointers, evidence. */
  private static Set<String> allowed(Assessment a) {
    Set<String> out = new LinkedHashSet<>();
    out.add(a.title());
    out.add(a.initiative());
    out.add(a.profile());
    out.add(a.ruleSet());
    out.add(a.catalogueVersion());
    out.addAll(ReportFixtures.REFS);
    Framework framework = Framework.standard();
    out.add(framework.edition().title());
    out.add(framework.edition().publisher());
    for (FrameworkElement e : framework.elements()) {
      out.add(e.id());
      out.add(e.title());
    }
    for (LadderRung r : LadderRung.values()) {
      out.add(r.title());
      out.add(r.group().title());
    }
    for (Finding f : a.findings()) {
      out.add(f.message());
      out.add(f.rule());
      out.add(PSEUDO.remedy(f));
      out.addAll(f.elements());
      for (Evidence e : f.evidence()) {
        out.add(e.pointer());
        out.add(e.value());
      }
      f.waiver().ifPresent(w -> out.add(w.justification()));
    }
    for (WaiverNotice n : a.waiverNotices()) {
      out.add(n.waiver().rule());
      out.add(n.waiver().justification());
      n.waiver().initiative().ifPresent(out::add);
      n.waiver().pointer().ifPresent(out::add);
    }
    for (RuleResult r : a.rules()) {
      out.add(r.rule());
      r.detail().ifPresent(out::add);
    }
    return out;
  }
}
