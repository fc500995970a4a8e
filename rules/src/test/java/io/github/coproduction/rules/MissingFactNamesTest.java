package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How a missing fact is named and said from its pointer alone (issue 17, item 3): the pointer's
 * words as they are, the sentence around them in English or Welsh.
 */
class MissingFactNamesTest {

  private static final Messages ENGLISH = Messages.english();
  private static final Messages WELSH = Messages.forLocale(Locale.forLanguageTag("cy"));

  @Test
  void aFactNamedByARuleIsTheRuleIdInWords() {
    assertThat(MissingFacts.name("rule:no-named-partner")).isEqualTo("no named partner");
    assertThat(MissingFacts.fromPointer("rule:no-named-partner", 0, ENGLISH))
        .isEqualTo("No named partner is not recorded.");
    assertThat(MissingFacts.fromPointer("rule:no-named-partner", 0, WELSH))
        .isEqualTo("Nid yw no named partner wedi'i gofnodi.");
  }

  @Test
  void aTopLevelFieldIsItsOwnWords() {
    assertThat(MissingFacts.name("/purpose")).isEqualTo("purpose");
    assertThat(MissingFacts.name("/groundRules")).isEqualTo("ground rules");
    assertThat(MissingFacts.fromPointer("/purpose", 0, ENGLISH))
        .isEqualTo("Purpose is not recorded.");
    assertThat(MissingFacts.fromPointer("/purpose", 0, WELSH))
        .isEqualTo("Nid yw purpose wedi'i gofnodi.");
  }

  @Test
  void anArrangementIsNamedWithoutTheWordArrangements() {
    assertThat(MissingFacts.name("/arrangements/welfareBenefitsAdvice"))
        .isEqualTo("welfare benefits advice");
    assertThat(MissingFacts.fromPointer("/arrangements/seniorSponsor", 0, ENGLISH))
        .isEqualTo("Senior sponsor is not recorded.");
    assertThat(MissingFacts.fromPointer("/arrangements/seniorSponsor", 0, WELSH))
        .isEqualTo("Nid yw senior sponsor wedi'i gofnodi.");
  }

  @Test
  void aParticipantsFieldIsEachParticipantsAndCountsThem() {
    assertThat(MissingFacts.name("/participants/*/livedExperience"))
        .isEqualTo("each participant's lived experience");
    assertThat(MissingFacts.name("/participants/*/livedExperience", WELSH))
        .isEqualTo("lived experience pob cyfranogwr");
    assertThat(MissingFacts.fromPointer("/participants/*/livedExperience", 3, ENGLISH))
        .isEqualTo("Each participant's lived experience is not recorded for 3 participants.");
    assertThat(MissingFacts.fromPointer("/participants/*/payment", 1, ENGLISH))
        .isEqualTo("Each participant's payment is not recorded for 1 participant.");
    assertThat(MissingFacts.fromPointer("/participants/*/livedExperience", 3, WELSH))
        .isEqualTo("Nid yw lived experience pob cyfranogwr wedi'i gofnodi ar gyfer 3 cyfranogwr.");
  }

  @Test
  void aFieldInsideAnotherIsNamedWithItsParent() {
    assertThat(MissingFacts.name("/participants/*/payment/method"))
        .isEqualTo("payment: method");
    assertThat(MissingFacts.name("/decisions/*/madeBy")).isEqualTo("decisions: made by");
    assertThat(MissingFacts.fromPointer("/participants/*/payment/method", 2, ENGLISH))
        .isEqualTo("Payment: method is not recorded for 2 participants.");
    assertThat(MissingFacts.fromPointer("/participants/*/payment/method", 2, WELSH))
        .isEqualTo("Nid yw payment: method wedi'i gofnodi ar gyfer 2 cyfranogwr.");
  }

  @Test
  void emptySegmentsAndPositionsAreSkippedForTheName() {
    assertThat(MissingFacts.name("/arrangements/seniorSponsor/")).isEqualTo("senior sponsor");
    assertThat(MissingFacts.name("/participants//payment"))
        .isEqualTo("each participant's payment");
    assertThat(MissingFacts.name("/participants/*")).isEqualTo("participants");
  }

  @Test
  void aPointerWithNoNamedSegmentIsTheRecord() {
    assertThat(MissingFacts.name("/")).isEqualTo("the record");
    assertThat(MissingFacts.name("/*", WELSH)).isEqualTo("y cofnod");
    assertThat(MissingFacts.fromPointer("/*", 0, ENGLISH))
        .isEqualTo("The record is not recorded.");
    assertThat(MissingFacts.fromPointer("/*", 0, WELSH))
        .isEqualTo("Nid yw y cofnod wedi'i gofnodi.");
  }

  @Test
  void aFactForNoParticipantSaysNoCount() {
    assertThat(MissingFacts.fromPointer("/participants/*/payment", 0, ENGLISH))
        .isEqualTo("Each participant's payment is not recorded.");
    assertThat(MissingFacts.fromPointer("/participants/*/payment", 0, WELSH))
        .isEqualTo("Nid yw payment pob cyfranogwr wedi'i gofnodi.");
  }

  @Test
  void theFirstLetterIsCapitalisedBeyondAscii() {
    assertThat(MissingFacts.fromPointer("/élan", 0, ENGLISH)).isEqualTo("Élan is not recorded.");
    // U+10428 DESERET SMALL LETTER LONG I, one code point in two chars, upper case U+10400
    assertThat(MissingFacts.fromPointer("/\uD801\uDC28x", 0, ENGLISH))
        .isEqualTo("\uD801\uDC00x is not recorded.");
  }
}
