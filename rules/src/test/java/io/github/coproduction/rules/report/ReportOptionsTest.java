package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the report options hold, what each {@code with} method changes, and redaction. */
class ReportOptionsTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  @Test
  void theDefaultsChangeNothing() {
    ReportOptions o = ReportOptions.defaults();
    assertThat(o.redaction()).isFalse();
    assertThat(o.participants()).isEmpty();
    assertThat(o.findingLimit()).isEmpty();
    assertThat(o.detail()).isFalse();
    assertThat(o.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(o.redact("Participant P01 is unpaid.")).isEqualTo("Participant P01 is unpaid.");
    assertThat(o).hasToString("ReportOptions[redaction=false, participants=not given,"
        + " findingLimit=none, detail=false, locale=en]");
  }

  @Test
  void eachWithMethodChangesOnlyItsOwnOption() {
    ReportOptions o = ReportOptions.defaults().withLocale(WELSH).withDetail(true)
        .withFindingLimit(3).withParticipants(List.of("P01", "P02")).withRedaction(true);
    assertThat(o.locale()).isEqualTo(WELSH);
    assertThat(o.detail()).isTrue();
    assertThat(o.findingLimit()).isEqualTo(OptionalInt.of(3));
    assertThat(o.participants()).isEqualTo(Optional.of(List.of("P01", "P02")));
    assertThat(o.redaction()).isTrue();
    assertThat(o).hasToString("ReportOptions[redaction=true, participants=2 refs,"
        + " findingLimit=3, detail=true, locale=cy]");

    ReportOptions back = o.withoutFindingLimit().withRedaction(false).withDetail(false);
    assertThat(back.findingLimit()).isEmpty();
    assertThat(back.redaction()).isFalse();
    assertThat(back.detail()).isFalse();
    assertThat(back.locale()).isEqualTo(WELSH);
    assertThat(back.participants()).isEqualTo(Optional.of(List.of("P01", "P02")));
  }

  @Test
  void aFindingLimitIsAtLeastOne() {
    assertThat(ReportOptions.defaults().withFindingLimit(1).findingLimit())
        .isEqualTo(OptionalInt.of(1));
    assertThatThrownBy(() -> ReportOptions.defaults().withFindingLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a finding limit must be at least 1, but was 0");
  }

  @Test
  void participantReferencesMustBeNeitherBlankNorRepeated() {
    assertThatThrownBy(() -> ReportOptions.defaults().withParticipants(List.of("P01", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a participant reference to redact must not be blank");
    assertThatThrownBy(() -> ReportOptions.defaults().withParticipants(List.of("P01", "P01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participant reference \"P01\" is given twice");
  }

  @Test
  void redactionReplacesEachReferenceWithItsNumber() {
    ReportOptions o = ReportOptions.redacting(ReportFixtures.crisisRedesign());
    assertThat(o.redact("Participant P03 asked p01 and carer-7."))
        .isEqualTo("Participant #3 asked participant #1 and participant #6.");
    assertThat(o.redact("P010 and XP01 are other codes"))
        .isEqualTo("P010 and XP01 are other codes");
    assertThat(o).hasToString("ReportOptions[redaction=true, participants=6 refs,"
        + " findingLimit=none, detail=false, locale=en]");
  }

  @Test
  void redactingAnInitiativeWithoutParticipantsLeavesTextAsItIs() {
    ReportOptions o = ReportOptions.redacting(ReportFixtures.bare());
    assertThat(o.participants()).isEqualTo(Optional.of(List.of()));
    assertThat(o.redact("Participant P01 is unpaid.")).isEqualTo("Participant P01 is unpaid.");
    assertThat(o.redact("")).isEmpty();
    assertThat(o.redact("paid , unpaid")).isEqualTo("paid , unpaid");
    assertThat(HtmlReport.render(ReportFixtures.bareAssessment(), o)).contains("A new idea");
  }

  @Test
  void redactionWithoutReferencesFailsRatherThanLeak() {
    ReportOptions o = ReportOptions.defaults().withRedaction(true);
    assertThat(o.redaction()).isTrue();
    assertThatThrownBy(() -> o.redact("Participant P01"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("use withParticipantsOf(initiative) or withParticipants(refs)");
    assertThatThrownBy(() -> HtmlReport.render(ReportFixtures.bareAssessment(), o))
        .isInstanceOf(IllegalStateException.class);
    // Not redacting, the references need not be known.
    assertThat(o.withRedaction(false).redact("Participant P01")).isEqualTo("Participant P01");
  }
}
