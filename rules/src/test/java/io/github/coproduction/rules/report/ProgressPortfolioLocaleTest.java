package io.github.coproduction.rules.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
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
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The progress and portfolio reports in other locales: every key has Welsh with the same
 * arguments, the Welsh reports use it, and in the pseudo-locale no English heading or label is
 * left (English output itself is held by the golden files).
 */
class ProgressPortfolioLocaleTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

  private final Progress progress =
      Progress.between(ReportFixtures.crisisEarlierAssessment(), ReportFixtures.crisisAssessment());
  private final PortfolioSummary portfolio = Stream.of(ReportFixtures.crisisAssessment(),
      ReportFixtures.bareAssessment(), ReportFixtures.crisisEarlierAssessment())
      .collect(PortfolioSummary.collector());

  @ParameterizedTest
  @ValueSource(strings = {"progress", "portfolio"})
  void everyKeyHasWelshWithTheSameArguments(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties welsh = load(bundle + "_cy.properties");
    assertThat(english.stringPropertyNames()).isNotEmpty()
        .allMatch(k -> k.startsWith(bundle + "."));
    assertThat(welsh.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    SoftAssertions softly = new SoftAssertions();
    for (String key : english.stringPropertyNames()) {
      softly.assertThat(arguments(welsh.getProperty(key))).as("arguments of Welsh %s", key)
          .isEqualTo(arguments(english.getProperty(key)));
    }
    softly.assertAll();
  }

  @Test
  void welshReportsUseTheWelshTexts() {
    Messages cy = Messages.forLocale(WELSH);
    ReportOptions options = ReportOptions.defaults().withLocale(WELSH);
    assertThat(ProgressTextReport.render(progress, options))
        .startsWith(cy.format("progress.title") + "\n")
        .contains(cy.format("progress.persisting", progress.persisting().size()),
            cy.format("progress.ladder"));
    assertThat(MarkdownReport.render(progress, options))
        .contains("## " + cy.format("progress.closed", progress.closed().size()),
            "| " + cy.format("progress.column.severity") + " |");
    assertThat(PortfolioTextReport.render(portfolio, options))
        .startsWith(cy.format("portfolio.title") + "\n" + cy.format("portfolio.initiatives", 3))
        .contains(cy.format("portfolio.prevalence-intro").split(" ")[0]);
    assertThat(cy.format("progress.title")).isNotEqualTo(
        Messages.english().format("progress.title"));
  }

  @Test
  void thePseudoLocaleLeavesNoEnglishHeadingOrLabel() {
    ReportOptions pseudo = ReportOptions.defaults().withLocale(Messages.PSEUDO);
    List<String> reports = List.of(ProgressTextReport.render(progress, pseudo),
        MarkdownReport.render(progress, pseudo), PortfolioTextReport.render(portfolio, pseudo));
    for (String report : reports) {
      assertThat(report).doesNotContain("PROGRESS", "PORTFOLIO", "Closed", "Opened",
          "Persisting", "Element statuses", "Engagement ladder", "None.", "Current", "Target",
          "(unchanged)", "(waived)", "Severity", "| Finding |", "Before", "After", "From 20",
          "Open gaps", "Rule errors", "Verdicts", "initiatives assessed", "findings",
          "Gap prevalence", "Rules finding", "recorded as not assessed", "current",
          "critical gap", "major gap");
    }
  }

  @Test
  void englishByDefaultAndByName() {
    ReportOptions english = ReportOptions.defaults().withLocale(Locale.ENGLISH);
    assertThat(ProgressTextReport.render(progress, english))
        .isEqualTo(ProgressTextReport.render(progress));
    assertThat(MarkdownReport.render(progress, english)).isEqualTo(MarkdownReport.render(progress));
    assertThat(PortfolioTextReport.render(portfolio, english))
        .isEqualTo(PortfolioTextReport.render(portfolio));
    assertThat(ReportFormat.named("text").orElseThrow().renderProgress(progress,
        ReportOptions.defaults().withLocale(WELSH))).startsWith("CYNNYDD");
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
    Properties p = new Properties();
    try (InputStream in = ProgressPortfolioLocaleTest.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
