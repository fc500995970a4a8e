package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --locale}: the reports' own words, and the findings' messages, in one of the languages
 * the library has texts for; any other tag is a usage error.
 */
class LocaleOptionTest {

  private static final String CRISIS = "examples/crisis-service-redesign.yaml";
  private static final String DATE = "2026-11-25";
  private static final Messages WELSH = Messages.forLocale(Locale.forLanguageTag("cy"));

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html"})
  void welshReportsDifferFromEnglishAndCarryAWelshHeading(String format) {
    Cli english = Cli.run("assess", CRISIS, "--format", format, "--date", DATE);
    Cli welsh = Cli.run("assess", CRISIS, "--format", format, "--date", DATE, "--locale", "cy");
    assertThat(welsh.code()).as("%s", welsh).isZero();
    assertThat(welsh.err()).isEmpty();
    String heading = WELSH.format("report.attention.heading");
    assertThat(heading).as("the Welsh heading is a translation")
        .isNotEqualTo(Messages.english().format("report.attention.heading"));
    assertThat(welsh.out()).isNotEqualTo(english.out())
        .contains(format.equals("html") ? html(heading) : heading);
  }

  @ParameterizedTest
  @CsvSource({"text, txt", "markdown, md", "html, html"})
  void englishByNameIsTheEnglishGolden(String format, String extension) throws IOException {
    Cli run = Cli.run("assess", CRISIS, "--format", format, "--date", DATE, "--locale", "en");
    assertThat(run.code()).as("%s", run).isZero();
    AssessGoldenTest.check("assess/crisis-service-redesign." + extension, run.out());
  }

  @Test
  void diffAndPortfolioSpeakWelshToo(@TempDir Path dir) throws IOException {
    Cli diff = Cli.run("diff", CRISIS, CRISIS, "--date", DATE, "--locale", "cy");
    assertThat(diff.code()).as("%s", diff).isZero();
    assertThat(diff.out()).startsWith(WELSH.format("progress.title") + "\n")
        .contains(WELSH.format("progress.ladder"));
    Cli markdown = Cli.run("diff", CRISIS, CRISIS, "--format", "markdown", "--date", DATE,
        "--locale", "cy");
    assertThat(markdown.out()).contains("## " + WELSH.format("progress.ladder"),
        "| " + WELSH.format("progress.column.severity") + " |");

    Path folder = Files.createDirectories(dir.resolve("portfolio"));
    Files.copy(Path.of(CRISIS), folder.resolve("crisis.yaml"));
    Cli portfolio = Cli.run("portfolio", folder.toString(), "--date", DATE, "--locale", "cy");
    assertThat(portfolio.code()).as("%s", portfolio).isZero();
    assertThat(portfolio.out()).startsWith(WELSH.format("portfolio.title") + "\n"
        + WELSH.format("portfolio.initiatives", 1) + "\n");
    assertThat(portfolio.out()).contains(WELSH.format("portfolio.prevalence"));
  }

  @Test
  void machineFormatsKeepTheirFieldsButCarryMessagesInTheLocale() {
    Cli english = Cli.run("assess", CRISIS, "--format", "json", "--date", DATE);
    Cli pseudo = Cli.run("assess", CRISIS, "--format", "json", "--date", DATE, "--locale",
        "en-XA");
    assertThat(pseudo.code()).as("%s", pseudo).isZero();
    String message = Messages.forLocale(Messages.PSEUDO).format("no-emotional-support.gap");
    assertThat(message).isNotEqualTo(Messages.english().format("no-emotional-support.gap"));
    assertThat(pseudo.out()).contains(message).contains("\"rule\": \"no-emotional-support\"");
    assertThat(english.out()).doesNotContain(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "fr", "en-GB", "cy-GB-x-foo", ""})
  void anyOtherTagIsAUsageErrorNamingTheAcceptedOnes(String tag) {
    for (String[] args : new String[][] {
        {"assess", CRISIS, "--locale", tag},
        {"diff", CRISIS, CRISIS, "--locale", tag},
        {"portfolio", CRISIS, "--locale", tag}}) {
      Cli run = Cli.run(args);
      assertThat(run.code()).as("%s", run).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines().get(0)).isEqualTo("coproduction: unknown locale '" + tag
          + "' for --locale: use one of en, cy, en-XA");
    }
  }

  @Test
  void theTagIsReadWhateverItsLetterCase() {
    Cli upper = Cli.run("assess", CRISIS, "--date", DATE, "--locale", "EN-xa");
    Cli pseudo = Cli.run("assess", CRISIS, "--date", DATE, "--locale", "en-XA");
    assertThat(upper.code()).as("%s", upper).isZero();
    assertThat(upper.out()).isEqualTo(pseudo.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "diff", "portfolio"})
  void theHelpNamesTheOption(String command) {
    Cli help = Cli.run(command, "--help");
    assertThat(help.out()).contains("--locale=TAG", "en-XA", "(default: en)");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
