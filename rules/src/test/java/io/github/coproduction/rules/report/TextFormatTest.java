package io.github.coproduction.rules.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The "text" format as the registry gives it: what it says of itself and what it renders. */
class TextFormatTest {

  private final ReportFormat text = ReportFormat.named("text").orElseThrow();
  private final Assessment crisis = ReportFixtures.crisisAssessment();
  private final Assessment bare = ReportFixtures.bareAssessment();

  @Test
  void itIsHumanReadablePlainText() {
    assertThat(text.mediaType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(text.humanReadable()).isTrue();
    assertThat(text.rendersProgress()).isTrue();
    assertThat(text.rendersPortfolio()).isTrue();
  }

  @Test
  void severalAssessmentsAreSeparatedByARuleAndNoneIsRefused() {
    String two = new String(text.render(List.of(crisis, bare), ReportOptions.defaults()), UTF_8);
    assertThat(two).isEqualTo(TextReport.render(crisis) + "\n" + "=".repeat(78) + "\n\n"
        + TextReport.render(bare));
    assertThatThrownBy(() -> text.render(List.of(), ReportOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no assessments");
  }

  @Test
  void progressAndPortfolioAreTheirPlainTextReports() {
    Progress p = Progress.between(ReportFixtures.crisisEarlierAssessment(), crisis);
    PortfolioSummary s = Stream.of(crisis, bare).collect(PortfolioSummary.collector());
    assertThat(text.renderProgress(p)).isEqualTo(ProgressTextReport.render(p));
    assertThat(text.renderPortfolio(s)).isEqualTo(PortfolioTextReport.render(s));
    ReportOptions one = ReportOptions.defaults().withFindingLimit(1);
    assertThat(text.renderPortfolio(s, one)).isEqualTo(PortfolioTextReport.render(s, one));
  }
}
