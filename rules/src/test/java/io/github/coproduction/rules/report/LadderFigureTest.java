package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Messages;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ladder figure of the HTML report: a rung that is both current and target carries both words
 * on two lines, a size smaller; an initiative with no partner says so under the evidenced column;
 * an assessment stored before the evidenced rung was computed says it was not.
 */
class LadderFigureTest {

  private final Messages m = Messages.english();

  private static LadderPosition at(LadderRung current, LadderRung target) {
    return new LadderPosition.Builder().current(Recorded.present(current))
        .target(Recorded.present(target)).build();
  }

  @Test
  void aRungThatIsBothCurrentAndTargetCarriesBothWordsOnTwoLines() {
    String svg = LadderFigure.svg(at(LadderRung.CO_DESIGN, LadderRung.CO_DESIGN),
        Optional.of(Recorded.present(LadderRung.CO_DESIGN)), m);
    // Co-design, rung 6, is the second row: y = 34 + 1 * 46 = 80; the words at 80 + 17 and + 30.
    assertThat(svg).contains("<text x=\"288\" y=\"97\" text-anchor=\"middle\" font-size=\"11\""
            + " font-weight=\"bold\" fill=\"#111827\">current</text>")
        .contains("<text x=\"288\" y=\"110\" text-anchor=\"middle\" font-size=\"11\""
            + " font-weight=\"bold\" fill=\"#111827\">target</text>");
  }

  @Test
  void aRungThatIsOnlyTheTargetCarriesOneWordAtTheUsualSize() {
    String svg = LadderFigure.svg(at(LadderRung.INFORMING, LadderRung.CO_DESIGN),
        Optional.of(Recorded.present(LadderRung.INFORMING)), m);
    assertThat(svg).contains("<text x=\"288\" y=\"104\" text-anchor=\"middle\" font-size=\"12\""
        + " font-weight=\"bold\" fill=\"#1d4ed8\">target</text>");
  }

  @Test
  void noPartnerIsWrittenUnderTheEvidencedColumn() {
    String svg = LadderFigure.svg(at(LadderRung.INFORMING, LadderRung.CO_DESIGN),
        Optional.of(Recorded.absent()), m);
    // Below the lowest rung: y = 34 + 6 * 46 = 310, plus the bar (38) and 4.
    assertThat(svg).contains("<text x=\"376\" y=\"352\" text-anchor=\"middle\" font-size=\"11\""
        + " fill=\"#166534\">no partner</text>");
    assertThat(LadderFigure.svg(at(LadderRung.INFORMING, LadderRung.CO_DESIGN),
        Optional.of(Recorded.notRecorded()), m)).doesNotContain("no partner");
  }

  @Test
  void anEvidencedRungNeverComputedIsDescribedSo() {
    String svg = LadderFigure.svg(at(LadderRung.INFORMING, LadderRung.CO_DESIGN),
        Optional.empty(), m);
    assertThat(svg).contains("Evidenced rung: not computed.</desc>");
  }
}
