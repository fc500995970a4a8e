package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words and columns of the developers' level, one piece at a time, in English. */
class DetailTextTest {

  private final Messages m = Messages.english();

  @Test
  void aLabelAsWideAsItsColumnOrWiderKeepsOneSpaceAfterIt() {
    assertThat(DetailText.label("MAJOR", 10)).isEqualTo("MAJOR     ");
    assertThat(DetailText.label("ten chars!", 10)).isEqualTo("ten chars! ");
    assertThat(DetailText.label("eleven char", 10)).isEqualTo("eleven char ");
  }

  @Test
  void aColumnWidensToOneSpaceAfterItsLongestLabel() {
    assertThat(DetailText.width(10, List.of("short", "a label of 15ch"))).isEqualTo(16);
    assertThat(DetailText.width(10, List.of("short"))).isEqualTo(10);
  }

  @Test
  void anElementWithNoGapFoundSaysHowManyAspectsTheRecordEvidences() {
    ReportContent.Element none = new ReportContent.Element("C1.1", "Valuing people",
        ElementStatus.NO_GAP_FOUND, List.of(), 2, 3);
    ReportContent.Element met = new ReportContent.Element("C1.1", "Valuing people",
        ElementStatus.MET, List.of(), 2, 3);
    assertThat(DetailText.title(none, m)).isEqualTo("Valuing people (2 of 3 aspects evidenced)");
    assertThat(DetailText.title(met, m)).isEqualTo("Valuing people");
  }

  @Test
  void anActionOutsideTheCatalogueIsSaidToBeSo() {
    assertThat(DetailText.actionTitle("Z9.9", m)).isEqualTo("(not in the catalogue)");
  }

  @Test
  void capitalisingAnEmptyTextLeavesItEmpty() {
    assertThat(DetailText.capitalise("", m)).isEmpty();
    assertThat(DetailText.capitalise("met", m)).isEqualTo("Met");
  }

  @Test
  void aGroupWithNoElementsCountsNothing() {
    assertThat(DetailText.presentCounts(List.of(), m)).isEmpty();
  }

  @Test
  void aRungRecordedAsNotAssessedDiffersFromOneNotRecorded() {
    assertThat(DetailText.rung(Recorded.absent(), m)).isEqualTo("recorded as not assessed");
    assertThat(DetailText.rung(Recorded.notRecorded(), m)).isEqualTo("not recorded");
    assertThat(DetailText.rung(Recorded.present(LadderRung.CO_DESIGN), m))
        .isEqualTo("Co-design (doing with)");
  }

  @Test
  void theLadderGapIsNoneOnTheTargetAndCountsRungsAboveOrBelowIt() {
    assertThat(gap(LadderRung.CO_DESIGN, LadderRung.CO_DESIGN))
        .isEqualTo("none: the initiative stands on its target rung");
    assertThat(gap(LadderRung.ENGAGEMENT, LadderRung.CO_DESIGN)).isEqualTo("1 rung to climb");
    assertThat(gap(LadderRung.CO_PRODUCTION, LadderRung.CO_DESIGN))
        .isEqualTo("1 rung above the target");
    assertThat(gap(LadderRung.CO_PRODUCTION, LadderRung.INFORMING))
        .isEqualTo("4 rungs above the target");
  }

  private String gap(LadderRung current, LadderRung target) {
    ReportContent c = new ReportContent(ReportCases.withLadder(Recorded.present(current),
        Recorded.present(target)), ReportOptions.defaults());
    return DetailText.ladderGap(c, m);
  }

  @Test
  void aRungIsMarkedCurrentTargetBothOrNothing() {
    assertThat(DetailText.position(true, true, m)).isEqualTo("current and target");
    assertThat(DetailText.position(true, false, m)).isEqualTo("current");
    assertThat(DetailText.position(false, true, m)).isEqualTo("target");
    assertThat(DetailText.position(false, false, m)).isEmpty();
  }

  @Test
  void aWaiverNoticeNamesTheInitiativeAndThePointerTheWaiverIsFor() {
    ReportContent c = new ReportContent(ReportFixtures.bareAssessment(), ReportOptions.defaults());
    Waiver.Builder w = new Waiver.Builder().rule("no-champions").justification("Phase two.")
        .expires(LocalDate.parse("2026-03-31"));
    assertThat(DetailText.waiverNotice(WaiverNotice.of(w.build(), WaiverNotice.Kind.EXPIRED), c,
        m)).isEqualTo("Expired on 2026-03-31: waiver of rule no-champions for every initiative;"
            + " it suppresses nothing. Justification: Phase two.");
    w.pointer("/arrangements/champions");
    assertThat(DetailText.waiverNotice(WaiverNotice.of(w.build(), WaiverNotice.Kind.EXPIRED), c,
        m)).startsWith("Expired on 2026-03-31: waiver of rule no-champions for every initiative"
            + " at /arrangements/champions;");
    w.initiative("crisis-redesign");
    assertThat(DetailText.waiverNotice(WaiverNotice.of(w.build(), WaiverNotice.Kind.UNUSED), c,
        m)).startsWith("Unused: waiver of rule no-champions for crisis-redesign at"
            + " /arrangements/champions (until 2026-03-31) matched no finding.");
    Waiver.Builder v = new Waiver.Builder().rule("no-champions").justification("Phase two.")
        .expires(LocalDate.parse("2026-03-31")).initiative("crisis-redesign");
    assertThat(DetailText.waiverNotice(WaiverNotice.of(v.build(), WaiverNotice.Kind.UNUSED), c,
        m)).startsWith("Unused: waiver of rule no-champions for crisis-redesign (until");
  }
}
