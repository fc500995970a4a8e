package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each missing fact said once (issue 17, item 3): the aggregation works from the findings'
 * evidence pointers alone, for any rule, so these examples use made-up rules beside the standard
 * ones.
 */
class MissingFactsTest {

  private static Finding notRecorded(String rule, Severity severity, String message,
      List<String> elements, Evidence... evidence) {
    return new Finding.Builder().rule(rule).severity(severity).status(FindingStatus.NOT_RECORDED)
        .message(message).elements(elements).addEvidence(evidence).remedy("Record it.")
        .build();
  }

  @Test
  void oneFactWaitedOnByThreeRulesIsOneEntryNamingEveryRule() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("a", Severity.CRITICAL, "A needs the method.", List.of("S2.6"),
            Evidence.of("/participants/1/payment/method", "not recorded")),
        notRecorded("b", Severity.MAJOR, "B needs it too.", List.of("S3.3", "S2.6"),
            Evidence.of("/participants/1/payment/method", "not recorded"),
            Evidence.of("/claimsCoproduction", "present")),
        notRecorded("c", Severity.MINOR, "C needs it.", List.of("C2"),
            Evidence.of("/participants/1/payment/method", "not recorded"))));
    assertThat(facts).hasSize(1);
    MissingFact m = facts.get(0);
    assertThat(m.fact()).isEqualTo("/participants/*/payment/method");
    assertThat(m.rules()).containsExactly("a", "b", "c");
    assertThat(m.elements()).containsExactly("S2.6", "S3.3", "C2");
    assertThat(m.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(m.mattersMost()).isTrue();
    assertThat(m.participants()).isEqualTo(1);
    assertThat(m.pointers()).containsExactly("/participants/1/payment/method");
    assertThat(m.description()).isEqualTo("A needs the method.");
  }

  @Test
  void aPointerInsideAnotherMissingFactCountsAsTheOuterFact() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("whole", Severity.MAJOR, "Payment unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment", "not recorded")),
        notRecorded("part", Severity.MINOR, "Method unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment/method", "not recorded"))));
    assertThat(facts).extracting(MissingFact::fact).containsExactly("/participants/*/payment");
    assertThat(facts.get(0).rules()).containsExactly("whole", "part");
  }

  @Test
  void theSameFactForSeveralParticipantsIsOneEntryCountingThem() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("pay", Severity.CRITICAL, "P01 pay unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment", "not recorded")),
        notRecorded("pay", Severity.CRITICAL, "P03 pay unknown.", List.of("S2.6"),
            Evidence.of("/participants/2/payment", "not recorded"))));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).participants()).isEqualTo(2);
    assertThat(facts.get(0).rules()).containsExactly("pay");
    assertThat(facts.get(0).description())
        .isEqualTo("Each participant's payment is not recorded for 2 participants.");
  }

  @Test
  void aSentenceMadeFromThePointerIsSaidAgainInAnotherLocaleAndAMessageIsNot() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("pay", Severity.CRITICAL, "P01 pay unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment", "not recorded")),
        notRecorded("pay", Severity.CRITICAL, "P03 pay unknown.", List.of("S2.6"),
            Evidence.of("/participants/2/payment", "not recorded")),
        notRecorded("sponsor", Severity.MAJOR, "No word on a sponsor.", List.of("S1.3"),
            Evidence.of("/arrangements/seniorSponsor", "not recorded"))));
    MissingFact made = facts.get(0);
    MissingFact message = facts.get(1);
    assertThat(made.description(Locale.ENGLISH)).isEqualTo(made.description());
    assertThat(made.description(Locale.forLanguageTag("cy")))
        .isEqualTo("Nid yw payment pob cyfranogwr wedi'i gofnodi ar gyfer 2 cyfranogwr.");
    assertThat(made.description(Messages.PSEUDO)).startsWith("Éàçĥ ƥàŕţíçíƥàñţ'š payment");
    assertThat(message.description(Locale.forLanguageTag("cy")))
        .isEqualTo("No word on a sponsor.");
  }

  @Test
  void gapsWaivedFindingsAndRecordedEvidenceAreNotMissingFacts() {
    Finding gap = new Finding.Builder().rule("g").severity(Severity.MAJOR)
        .status(FindingStatus.GAP).message("Gap.").addElements("S1.3")
        .addEvidence(Evidence.of("/arrangements/seniorSponsor", "absent")).remedy("Fix.").build();
    Finding waived = new Finding.Builder().from(notRecorded("w", Severity.MINOR, "Waived.",
        List.of("S2.1"), Evidence.of("/purpose", "not recorded")))
        .waiver(new Waiver.Builder().rule("w").justification("Known.")
            .expires(LocalDate.parse("2030-01-01")).build()).build();
    Finding noPointer = notRecorded("bare", Severity.ADVISORY, "Nothing to point at.",
        List.of("C6"), Evidence.of("/stage", "finished"));
    List<MissingFact> facts = MissingFacts.of(List.of(gap, waived, noPointer));
    assertThat(facts).extracting(MissingFact::fact).containsExactly("rule:bare");
    assertThat(facts.get(0).pointers()).isEmpty();
    assertThat(facts.get(0).description()).isEqualTo("Nothing to point at.");
  }

  @Test
  void theMostSevereComeFirst() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("minor", Severity.MINOR, "Minor.", List.of("S2.1"),
            Evidence.of("/purpose", "not recorded")),
        notRecorded("critical", Severity.CRITICAL, "Critical.", List.of("S2.6"),
            Evidence.of("/arrangements/paymentPolicy", "not recorded"))));
    assertThat(facts).extracting(MissingFact::fact)
        .containsExactly("/arrangements/paymentPolicy", "/purpose");
  }

  @Test
  void anInitiativeWithOneUnknownPaymentHasOneMissingFactListingEveryRuleItBlocks() {
    Participant p01 = new Participant.Builder().ref("P01").role(Role.SERVICE_USER)
        .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).build();
    Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING)
        .addParticipants(p01).build();
    Assessment a = Assessor.standard().assess(i, LocalDate.parse("2026-06-01"));
    List<String> onPayment = a.findings().stream()
        .filter(f -> f.status() == FindingStatus.NOT_RECORDED)
        .filter(f -> f.evidence().stream()
            .anyMatch(e -> e.pointer().startsWith("/participants/0/payment")))
        .map(Finding::rule).distinct().toList();
    assertThat(onPayment).isNotEmpty();
    List<MissingFact> payment = a.missingFacts().stream()
        .filter(m -> m.pointers().stream().anyMatch(p -> p.startsWith("/participants/0/payment")))
        .toList();
    assertThat(payment).as("one entry for the one unknown payment").hasSize(1);
    assertThat(payment.get(0).rules()).containsExactlyInAnyOrderElementsOf(onPayment);
  }

  @Test
  void everyNotRecordedFindingIsAccountedForByAFact() {
    Assessment a = Assessor.standard().assess(new Initiative.Builder().id("x").title("X")
        .stage(Stage.PLANNING).build(), LocalDate.parse("2026-06-01"));
    List<String> rules = a.missingFacts().stream().flatMap(m -> m.rules().stream()).toList();
    a.findings().stream().filter(f -> f.status() == FindingStatus.NOT_RECORDED)
        .forEach(f -> assertThat(rules).contains(f.rule()));
  }

  private static MissingFact fact(String fact, String description, Severity severity,
      List<String> pointers, int participants, List<String> rules, List<String> elements) {
    return new MissingFact.Builder().fact(fact).description(description).severity(severity)
        .pointers(pointers).participants(participants).rules(rules).elements(elements).build();
  }

  @Test
  void aValueEndingInNotRecordedIsMissingAndOtherValuesAreNot() {
    assertThat(MissingFacts.missing(Evidence.of("/purpose", "not recorded"))).isTrue();
    assertThat(MissingFacts.missing(Evidence.of("/partners", "partners not recorded"))).isTrue();
    assertThat(MissingFacts.missing(Evidence.of("/purpose", "recorded"))).isFalse();
    assertThat(MissingFacts.missing(Evidence.of("/purpose", "not recorded yet"))).isFalse();
    assertThat(MissingFacts.missing(Evidence.of("/purpose", "partnersnot recorded"))).isFalse();
    assertThat(MissingFacts.missing(Evidence.of("/purpose", "absent"))).isFalse();
  }

  @Test
  void aFactOutsideTheParticipantsIsMissingForNoParticipantAndSaysSoPlainly() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("sponsor", Severity.MAJOR, "No word on a sponsor.", List.of("S1.3"),
            Evidence.of("/arrangements/seniorSponsor", "not recorded"),
            Evidence.of("/purpose", "not recorded"))));
    assertThat(facts).containsExactly(
        fact("/arrangements/seniorSponsor", "Senior sponsor is not recorded.", Severity.MAJOR,
            List.of("/arrangements/seniorSponsor"), 0, List.of("sponsor"), List.of("S1.3")),
        fact("/purpose", "Purpose is not recorded.", Severity.MAJOR, List.of("/purpose"), 0,
            List.of("sponsor"), List.of("S1.3")));
    assertThat(facts.get(0).description(Locale.forLanguageTag("cy")))
        .isEqualTo("Nid yw senior sponsor wedi'i gofnodi.");
  }

  @Test
  void amongEquallySevereFactsTheOneMoreRulesWaitOnComesFirst() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("purpose", Severity.MAJOR, "Purpose unknown.", List.of("S2.1"),
            Evidence.of("/purpose", "not recorded")),
        notRecorded("aims", Severity.MINOR, "Aims unknown.", List.of("S2.1"),
            Evidence.of("/aims", "not recorded")),
        notRecorded("sponsor", Severity.MAJOR, "No sponsor.", List.of("S1.3"),
            Evidence.of("/arrangements/seniorSponsor", "not recorded")),
        notRecorded("sponsor-named", Severity.MINOR, "No sponsor named.", List.of("S1.3"),
            Evidence.of("/arrangements/seniorSponsor", "not recorded")),
        notRecorded("budget", Severity.MAJOR, "No budget.", List.of("S2.6"),
            Evidence.of("/arrangements/budget", "not recorded"))));
    assertThat(facts).extracting(MissingFact::fact).containsExactly(
        "/arrangements/seniorSponsor", "/purpose", "/arrangements/budget", "/aims");
    assertThat(facts.get(0).rules()).containsExactly("sponsor", "sponsor-named");
  }

  @Test
  void aPointerBelowSeveralMissingOnesCountsAsTheOutermostWhateverTheirOrder() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("pay", Severity.MAJOR, "Pay unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment", "not recorded")),
        notRecorded("rate", Severity.MINOR, "Rate unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment/rate", "not recorded")),
        notRecorded("currency", Severity.MINOR, "Currency unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment/rate/currency", "not recorded"))));
    assertThat(facts).containsExactly(fact("/participants/*/payment", "Pay unknown.",
        Severity.MAJOR, List.of("/participants/0/payment"), 1,
        List.of("pay", "rate", "currency"), List.of("S2.6")));
  }

  @Test
  void aMissingParticipantIsCountedByItsOwnPointer() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("who", Severity.MINOR, "Two participants unknown.", List.of("C2"),
            Evidence.of("/participants/3", "not recorded"),
            Evidence.of("/participants/5", "not recorded"))));
    assertThat(facts).containsExactly(fact("/participants/*", "Two participants unknown.",
        Severity.MINOR, List.of("/participants/3", "/participants/5"), 2, List.of("who"),
        List.of("C2")));
  }

  @Test
  void severalMissingPlacesOfOneParticipantCountAsOneParticipant() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("sessions", Severity.MINOR, "Sessions unknown.", List.of("C2"),
            Evidence.of("/participants/0/sessions/1", "not recorded"),
            Evidence.of("/participants/0/sessions/4", "not recorded"))));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).fact()).isEqualTo("/participants/*/sessions/*");
    assertThat(facts.get(0).participants()).isEqualTo(1);
  }

  @Test
  void oneFindingMissingForSeveralParticipantsKeepsItsMessage() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("pay", Severity.CRITICAL, "P01 and P03 pay unknown.", List.of("S2.6"),
            Evidence.of("/participants/0/payment", "not recorded"),
            Evidence.of("/participants/2/payment", "not recorded"))));
    assertThat(facts).containsExactly(fact("/participants/*/payment",
        "P01 and P03 pay unknown.", Severity.CRITICAL,
        List.of("/participants/0/payment", "/participants/2/payment"), 2, List.of("pay"),
        List.of("S2.6")));
    assertThat(facts.get(0).description(Locale.forLanguageTag("cy")))
        .isEqualTo("P01 and P03 pay unknown.");
  }

  @Test
  void theMessageIsTheMostSevereOfThoseWaitingOnTheFactAlone() {
    List<MissingFact> facts = MissingFacts.of(List.of(
        notRecorded("both", Severity.MAJOR, "Purpose and sponsor unknown.", List.of("S1.3"),
            Evidence.of("/purpose", "not recorded"),
            Evidence.of("/arrangements/seniorSponsor", "not recorded")),
        notRecorded("hint", Severity.ADVISORY, "A purpose would help.", List.of("S2.1"),
            Evidence.of("/purpose", "not recorded")),
        notRecorded("purpose", Severity.MINOR, "Purpose unknown.", List.of("S2.1"),
            Evidence.of("/purpose", "not recorded"))));
    assertThat(facts).extracting(MissingFact::fact, MissingFact::description).containsExactly(
        tuple("/purpose", "Purpose unknown."),
        tuple("/arrangements/seniorSponsor",
            "Senior sponsor is not recorded."));
    assertThat(facts.get(1).description(Locale.forLanguageTag("cy")))
        .isEqualTo("Nid yw senior sponsor wedi'i gofnodi.");
  }
}
