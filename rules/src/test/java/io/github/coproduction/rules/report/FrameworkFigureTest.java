package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The framework figure of the HTML report: its legend makes room for a longer word for "Key". */
class FrameworkFigureTest {

  private static String legendStart(Locale locale) {
    String svg = FrameworkFigure.svg(new ReportContent(ReportFixtures.crisisAssessment(),
        ReportOptions.defaults().withLocale(locale)));
    int at = svg.indexOf("<rect x=\"", svg.indexOf("</text>"));
    return svg.substring(at, svg.indexOf('>', at) + 1);
  }

  @Test
  void theSwatchesStartAfterTheKeyWithTwelveUnitsBetween() {
    // "Key" fits in the usual 48 units after the margin of 12.
    assertThat(legendStart(Locale.ENGLISH)).startsWith("<rect x=\"60\" y=\"12\" width=\"34\"");
    // "Allwedd", bold at 15, is 58 units wide: the swatches move along to leave 12 after it.
    assertThat(legendStart(Locale.forLanguageTag("cy")))
        .startsWith("<rect x=\"82\" y=\"12\" width=\"34\"");
  }
}
