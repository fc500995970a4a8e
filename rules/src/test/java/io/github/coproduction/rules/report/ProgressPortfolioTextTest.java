package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.ImmutableElementChange;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain-text progress and portfolio reports in the cases the golden files do not hold: no
 * change at all, lists cut by the finding limit, a ladder not recorded, an element the catalogue
 * lacks, Welsh label columns, a portfolio with no rule finding a gap.
 */
class ProgressPortfolioTextTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private final Assessment crisis = ReportFixtures.crisisAssessment();
  private final Progress progress =
      Progress.between(ReportFixtures.crisisEarlierAssessment(), crisis);

  @Test
  void anAssessmentComparedWithItselfClosesOpensAndMovesNothing() {
    String text = ProgressTextReport.render(Progress.between(crisis, crisis));
    assertThat(text).contains("\nClosed (0)\n----------\nNone.\n")
        .contains("\nOpened (0)\n----------\nNone.\n")
        .containsPattern("\nElement statuses that moved \\(0\\)\n-+\nNone.\n");
  }

  @Test
  void theFindingLimitCutsEachListAndSaysHowManyMore() {
    int persisting = progress.persisting().size();
    String one = ProgressTextReport.render(progress, ReportOptions.defaults().withFindingLimit(1));
    String persistingPart = one.substring(one.indexOf("\nPersisting ("),
        one.indexOf("\nElement statuses"));
    assertThat(persistingPart.lines().filter(l -> l.startsWith("  - "))).hasSize(1);
    assertThat(persistingPart).endsWith("\n  ... and " + (persisting - 1) + " more\n");
    String all = ProgressTextReport.render(progress,
        ReportOptions.defaults().withFindingLimit(persisting));
    String allPart = all.substring(all.indexOf("\nPersisting ("),
        all.indexOf("\nElement statuses"));
    assertThat(allPart.lines().filter(l -> l.startsWith("  - "))).hasSize(persisting);
    assertThat(allPart).doesNotContain("more");
  }

  @Test
  void aLadderNotAssessedOrNotRecordedIsSaidSo() {
    Progress unknown = new Progress.Builder().from(progress)
        .ladderBefore(new LadderPosition.Builder().current(Recorded.absent())
            .target(Recorded.notRecorded()).build())
        .ladderAfter(new LadderPosition.Builder().current(Recorded.absent())
            .target(Recorded.present(LadderRung.CO_DESIGN)).build())
        .build();
    assertThat(ProgressTextReport.render(unknown))
        .contains("\n  Current  recorded as not assessed (unchanged)\n")
        .contains("\n  Target   not recorded -> Co-design (doing with)\n");
  }

  @Test
  void anElementTheCatalogueLacksIsNamedSo() {
    Progress odd = new Progress.Builder().from(progress).elementChanges(List.of(
        ImmutableElementChange.of("Z9.9", ElementStatus.GAP, ElementStatus.MET))).build();
    assertThat(ProgressTextReport.render(odd)).contains("Z9.9").contains("(not in the catalogue)");
  }

  @Test
  void redactionWithoutTheParticipantsToRedactIsRefused() {
    assertThatThrownBy(() -> ProgressTextReport.render(progress,
        ReportOptions.defaults().withRedaction(true)))
        .isInstanceOf(IllegalStateException.class);
    // Refused before anything is read, even when there is no finding to redact.
    Progress nothing = Progress.between(ReportCases.with(), ReportCases.with());
    assertThatThrownBy(() -> ProgressTextReport.render(nothing,
        ReportOptions.defaults().withRedaction(true)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void welshLabelsWidenTheirColumnsToKeepTwoSpacesBeforeTheValue() {
    ReportOptions welsh = ReportOptions.defaults().withLocale(WELSH);
    // "Presennol" is 9 letters, in a column of 11.
    assertThat(ProgressTextReport.render(progress, welsh)).contains("\n  Presennol  ");
    PortfolioSummary s = Stream.of(crisis, ReportFixtures.bareAssessment())
        .collect(PortfolioSummary.collector());
    // "Gwallau rheolau" is 15 letters, in a column of 17.
    assertThat(PortfolioTextReport.render(s, welsh)).contains("\nGwallau rheolau  1\n");
  }

  @Test
  void aPortfolioWithNoRuleFindingAGapSaysNone() {
    PortfolioSummary s = Stream.of(ReportCases.with()).collect(PortfolioSummary.collector());
    Messages m = Messages.english();
    String text = PortfolioTextReport.render(s);
    String rules = m.format("portfolio.rules");
    assertThat(text).contains("\n" + rules + "\n" + "-".repeat(rules.length()) + "\nNone.\n");
  }
}
