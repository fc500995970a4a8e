package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reference}, {@code --rates} and the carer examples, as a practitioner runs them. */
class ReferenceCommandTest {

  private static final String CARER = "examples/carer-over-earnings-limit.yaml";
  private static final String CARER_ADVISED = "examples/carer-over-earnings-limit-with-advice.yaml";

  @Test
  void printsTheFiguresInForceWithTheirSources() {
    Cli run = Cli.run("reference", "--date", "2025-06-01");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).contains("Reference figures in force on 2025-06-01 (standard).")
        .contains("This is not benefits advice")
        .contains("carers-allowance-earnings-limit: £196.00 a week from 2025-04-07 (Carers UK;"
            + " local carers' organisations, carersuk.org; reported)")
        .contains("national-living-wage: £12.21 an hour from 2025-04-01")
        .doesNotContain("£151.00");
  }

  @Test
  void theDayBeforeANewLimitTheOldOneIsInForce() {
    assertThat(Cli.run("reference", "--date", "2025-04-06").out())
        .contains("carers-allowance-earnings-limit: £151.00 a week");
    assertThat(Cli.run("reference", "--date", "2025-04-07").out())
        .contains("carers-allowance-earnings-limit: £196.00 a week");
  }

  @Test
  void theCarerPaid30PoundsFor8HoursIsCriticalAndWithAdviceIsNot() {
    Cli run = Cli.run("assess", CARER, "--date", "2025-06-01", "--format", "csv");
    assertThat(run.code()).as("%s", run).isEqualTo(0);
    assertThat(run.out()).contains("benefit-earnings-limit,critical,gap")
        .contains("£196.00 a week from 2025-04-07");
    Cli advised = Cli.run("assess", CARER_ADVISED, "--date", "2025-06-01", "--format", "csv");
    assertThat(advised.out()).doesNotContain("benefit-earnings-limit,critical")
        .contains("benefit-earnings-limit-information,advisory,gap")
        .doesNotContain(",critical,gap");
  }

  @Test
  void anOrganisationsRatesFileOverridesAFigure(@TempDir Path dir) throws Exception {
    Path rates = dir.resolve("our-rates.txt");
    Files.writeString(rates, "# our welfare rights team's figures\n"
        + "figure | amount | per | effective | status | source | address\n"
        + "carers-allowance-earnings-limit | 250.00 | week | 2025-04-07 | confirmed |"
        + " Our welfare rights team | https://example.org/rates\n", StandardCharsets.UTF_8);
    Cli reference = Cli.run("reference", "--date", "2025-06-01", "--rates", rates.toString());
    assertThat(reference.out()).contains("carers-allowance-earnings-limit: £250.00 a week from"
        + " 2025-04-07 (Our welfare rights team, https://example.org/rates; confirmed)");
    Cli run = Cli.run("assess", CARER, "--date", "2025-06-01", "--format", "csv", "--rates",
        rates.toString());
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).doesNotContain("benefit-earnings-limit,");
  }

  @Test
  void aMalformedRatesFileIsOneLineWithItsLineAndColumn(@TempDir Path dir) throws Exception {
    Path rates = dir.resolve("bad.txt");
    Files.writeString(rates, "figure | amount | per | effective | status | source\n"
        + "carers-allowance-earnings-limit | lots | week | 2025-04-07 | confirmed | Us\n",
        StandardCharsets.UTF_8);
    Cli run = Cli.run("assess", CARER, "--rates", rates.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("coproduction: ").contains("bad.txt:2:35: the amount must be a number")
        .doesNotContain("Exception"));
  }
}
