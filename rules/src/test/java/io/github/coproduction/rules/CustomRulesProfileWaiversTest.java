package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.OrganisationKind;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custom rules (a lambda and a small class), a profile (one rule disabled, one severity
 * overridden) and waivers (one live, one expired, one unused) working together on one assessment.
 */
class CustomRulesProfileWaiversTest {

  /** A custom rule as a descriptor and a lambda. */
  static final Rule NO_BUDGET = Rule.of(new RuleDescriptor.Builder()
      .id("no-budget").name("No budget").summary("No budget is set aside for co-production")
      .severity(Severity.MINOR).addElements("S2.1")
      .rationale("Time, preparation and planning need resources.")
      .remedy("Set aside a budget.").addRemedyActions("C2.5").build(),
      input -> input.initiative().arrangements().budget().isAbsent()
          ? Outcome.gap("The initiative has no budget.",
              Evidence.of("/arrangements/budget", "absent"))
          : Outcome.pass());

  /** A custom rule as a small class: is a user-led organisation or peer group involved? */
  static final class NoUserLedOrganisation implements Rule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor.Builder()
        .id("no-user-led-organisation").name("No user-led organisation")
        .summary("No user-led organisation or peer support group takes part")
        .severity(Severity.ADVISORY).addElements("C4")
        .rationale("Service users' and carers' own organisations are partners in co-production.")
        .remedy("Invite user-led organisations and peer support groups.")
        .addRemedyActions("C4.1").build();

    @Override
    public RuleDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleInput input) {
      Initiative i = input.initiative();
      if (i.organisations().isEmpty()) {
        return Outcome.notRecorded("The initiative's organisations are not recorded.",
            Evidence.of("/organisations", "not recorded"));
      }
      boolean userLed = i.organisations().stream().anyMatch(o ->
          o.kind() == OrganisationKind.USER_LED || o.kind() == OrganisationKind.PEER_SUPPORT_GROUP);
      return userLed ? Outcome.pass() : Outcome.gap("No user-led organisation takes part.");
    }
  }

  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  private static final Waiver LIVE = new Waiver.Builder().rule("no-ground-rules")
      .initiative("example").justification("Ground rules are agreed at the next meeting")
      .expires(LocalDate.parse("2026-12-31")).build();
  private static final Waiver EXPIRED = new Waiver.Builder().rule("no-facilitation")
      .justification("A broker was to be found by January")
      .expires(LocalDate.parse("2026-01-31")).build();
  private static final Waiver UNUSED = new Waiver.Builder().rule("no-senior-sponsor")
      .justification("The sponsor left; a new one is being found")
      .expires(LocalDate.parse("2026-12-31")).build();

  private static final Profile PILOT = new Profile.Builder().name("pilot")
      .addDisabled("no-champions").putSeverities("no-ground-rules", Severity.MAJOR).build();

  private static Assessor assessor() {
    RuleSet rules = RuleSet.builder().name("pilot-rules").version("2")
        .add(RuleSet.standard().rule("no-ground-rules"))
        .add(RuleSet.standard().rule("no-facilitation"))
        .add(RuleSet.standard().rule("no-senior-sponsor"))
        .add(RuleSet.standard().rule("no-champions"))
        .add(NO_BUDGET)
        .add(new NoUserLedOrganisation())
        .build();
    return Assessor.builder().ruleSet(rules).profile(PILOT)
        .addWaiver(LIVE).addWaivers(List.of(EXPIRED, UNUSED)).build();
  }

  private static Initiative initiative() {
    return Inputs.running().arrangements(new Arrangements.Builder()
        .groundRules(Provision.absent())
        .facilitation(Provision.absent())
        .seniorSponsor(Provision.present())
        .champions(Provision.absent())
        .budget(Recorded.absent())
        .build()).build();
  }

  @Test
  void customRulesProfileAndWaiversWorkTogether() {
    Assessment a = assessor().assess(initiative(), TODAY);

    assertThat(a.ruleSet()).isEqualTo("pilot-rules");
    assertThat(a.ruleSetVersion()).isEqualTo("2");
    assertThat(a.profile()).isEqualTo("pilot");
    assertThat(a.rules()).extracting(RuleResult::rule, RuleResult::status).containsExactly(
        tuple("no-ground-rules", RuleStatus.GAP),
        tuple("no-facilitation", RuleStatus.GAP),
        tuple("no-senior-sponsor", RuleStatus.PASSED),
        tuple("no-champions", RuleStatus.DISABLED),
        tuple("no-budget", RuleStatus.GAP),
        tuple("no-user-led-organisation", RuleStatus.NOT_RECORDED));

    // most severe first; the overridden severity applies; the waived finding stays visible
    assertThat(a.findings()).extracting(Finding::rule, Finding::severity, Finding::status,
        Finding::isWaived).containsExactly(
        tuple("no-ground-rules", Severity.MAJOR, FindingStatus.GAP, true),
        tuple("no-facilitation", Severity.MINOR, FindingStatus.GAP, false),
        tuple("no-budget", Severity.MINOR, FindingStatus.GAP, false),
        tuple("no-user-led-organisation", Severity.ADVISORY, FindingStatus.NOT_RECORDED, false));
    Finding waived = a.findings().get(0);
    assertThat(waived.waiver()).hasValue(LIVE);
    assertThat(waived.isOpenGap()).isFalse();
    assertThat(a.findings().get(2).message()).isEqualTo("The initiative has no budget.");
    assertThat(a.findings().get(2).evidence())
        .containsExactly(Evidence.of("/arrangements/budget", "absent"));
    assertThat(a.findings().get(2).remedyActions()).containsExactly("C2.5");
    assertThat(a.findings().get(2).remedy()).isEqualTo("Set aside a budget.");

    // the expired waiver suppresses nothing and is reported; the unused one is reported
    assertThat(a.waiverNotices()).containsExactly(
        WaiverNotice.of(EXPIRED, WaiverNotice.Kind.EXPIRED),
        WaiverNotice.of(UNUSED, WaiverNotice.Kind.UNUSED));

    assertThat(a.summary()).isEqualTo(new Summary.Builder().critical(0).major(0).minor(2)
        .advisory(0).notRecorded(1).waived(1).errors(0).disabled(1)
        .addNotAssessed("S1.1", "S1.2", "S2.2", "S2.3", "S2.4", "S2.6", "S2.7", "S3.1", "S3.2",
            "S3.3", "S3.4", "S3.5", "S3.6", "S3.7", "S3.8", "C1", "C3", "C6")
        .verdict(Verdict.GAPS).build());
    assertThat(a.findingsAtLeast(Severity.MAJOR)).isEmpty();
    assertThat(a.hasGapsAtLeast(Severity.MAJOR)).isFalse();

    assertThat(a.element("S2.3").status()).as("its only gap is waived: nothing judged it")
        .isEqualTo(ElementStatus.NOT_ASSESSED);
    assertThat(a.element("S2.5").status()).isEqualTo(ElementStatus.GAP);
    assertThat(a.element("S1.3").status()).isEqualTo(ElementStatus.MET);
    assertThat(a.element("S2.1").status()).isEqualTo(ElementStatus.GAP);
    assertThat(a.element("C4").status()).isEqualTo(ElementStatus.NOT_RECORDED);
    assertThat(a.element("C3").status()).as("its only rule is disabled")
        .isEqualTo(ElementStatus.NOT_ASSESSED);
    assertThat(a.element("S3.5").status()).as("no rule of this set")
        .isEqualTo(ElementStatus.NOT_ASSESSED);
  }

  /**
   * A reviewer reads back which waivers an assessor applies, in the order they were added (the
   * first live one that matches a finding applies), and what the builder is given afterwards
   * does not reach an assessor already built.
   */
  @Test
  void anAssessorShowsTheWaiversItAppliesInOrderAndKeepsThem() {
    Assessor.Builder builder = Assessor.builder().ruleSet(assessor().ruleSet()).profile(PILOT)
        .addWaiver(UNUSED).addWaivers(List.of(LIVE, EXPIRED));
    Assessor built = builder.build();
    builder.addWaiver(new Waiver.Builder().rule("no-facilitation").justification("Added later")
        .expires(LocalDate.parse("2026-12-31")).build());

    assertThat(built.waivers()).containsExactly(UNUSED, LIVE, EXPIRED);
    assertThat(assessor().waivers()).containsExactly(LIVE, EXPIRED, UNUSED);
    assertThatThrownBy(() -> built.waivers().add(LIVE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Assessor.builder().ruleSet(assessor().ruleSet()).build().waivers()).isEmpty();
  }

  @Test
  void withoutTheWaiversTheSameGapsCount() {
    RuleSet rules = assessor().ruleSet();
    Assessment a = Assessor.builder().ruleSet(rules).profile(PILOT).build()
        .assess(initiative(), TODAY);
    assertThat(a.summary()).isEqualTo(new Summary.Builder().critical(0).major(1).minor(2)
        .advisory(0).notRecorded(1).waived(0).errors(0).disabled(1)
        .addNotAssessed("S1.1", "S1.2", "S2.2", "S2.4", "S2.6", "S2.7", "S3.1", "S3.2", "S3.3",
            "S3.4", "S3.5", "S3.6", "S3.7", "S3.8", "C1", "C3", "C6")
        .verdict(Verdict.GAPS).build());
    assertThat(a.waiverNotices()).isEmpty();
    assertThat(a.element("S2.3").status()).isEqualTo(ElementStatus.GAP);
  }

  @Test
  void aWaiverLastsUntilTheEndOfItsExpiryDay() {
    Assessor assessor = assessor();
    Assessment lastDay = assessor.assess(initiative(), LocalDate.parse("2026-12-31"));
    Assessment dayAfter = assessor.assess(initiative(), LocalDate.parse("2027-01-01"));
    assertThat(lastDay.findings().get(0).isWaived()).isTrue();
    assertThat(dayAfter.findings()).filteredOn(Finding::isWaived).isEmpty();
    assertThat(dayAfter.waiverNotices()).extracting(WaiverNotice::waiver, WaiverNotice::kind)
        .containsExactly(tuple(LIVE, WaiverNotice.Kind.EXPIRED),
            tuple(EXPIRED, WaiverNotice.Kind.EXPIRED), tuple(UNUSED, WaiverNotice.Kind.EXPIRED));
    assertThat(dayAfter.summary().major()).isEqualTo(1);
  }

  @Test
  void aWaiverForAnotherInitiativeNeitherSuppressesNorIsReported() {
    Waiver elsewhere = new Waiver.Builder().rule("no-ground-rules").initiative("another")
        .justification("Not this one").expires(LocalDate.parse("2026-12-31")).build();
    Assessment a = Assessor.builder().ruleSet(assessor().ruleSet()).addWaiver(elsewhere).build()
        .assess(initiative(), TODAY);
    assertThat(a.findings()).filteredOn(Finding::isWaived).isEmpty();
    assertThat(a.waiverNotices()).isEmpty();
  }

  @Test
  void aWaiverWithAPointerWaivesOnlyTheFindingsAtOrBelowIt() {
    Initiative i = Inputs.running().addParticipants(
        Inputs.serviceUser("P01").payment(Recorded.absent()).build(),
        Inputs.serviceUser("P02").payment(Recorded.absent()).build(),
        Inputs.serviceUser("P03").build(), Inputs.serviceUser("P04").build(),
        Inputs.serviceUser("P05").build(), Inputs.serviceUser("P06").build(),
        Inputs.serviceUser("P07").build(), Inputs.serviceUser("P08").build(),
        Inputs.serviceUser("P09").build(), Inputs.serviceUser("P10").build(),
        Inputs.serviceUser("P11").payment(Recorded.absent()).build()).build();
    Waiver second = new Waiver.Builder().rule("unpaid-lived-experience")
        .pointer("/participants/1").justification("P02 declined payment, with advice")
        .expires(LocalDate.parse("2026-12-31")).build();
    Waiver tooDeep = new Waiver.Builder().rule("unpaid-lived-experience")
        .pointer("/participants/1/payment/method").justification("Matches nothing")
        .expires(LocalDate.parse("2026-12-31")).build();
    Assessment a = Assessor.builder().addWaiver(second).addWaiver(tooDeep).build()
        .assess(i, TODAY);
    List<Finding> unpaid = a.findings().stream()
        .filter(f -> f.rule().equals("unpaid-lived-experience")
            && f.status() == FindingStatus.GAP).toList();
    assertThat(unpaid).extracting(f -> f.evidence().get(0).pointer(), Finding::isWaived)
        .containsExactlyInAnyOrder(
            tuple("/participants/0/payment", false),
            tuple("/participants/1/payment", true),
            tuple("/participants/10/payment", false));
    assertThat(a.waiverNotices()).containsExactly(WaiverNotice.of(tooDeep,
        WaiverNotice.Kind.UNUSED));
    assertThat(a.summary().critical()).isEqualTo(2);
    assertThat(a.summary().waived()).isEqualTo(1);
  }

  @Test
  void aProfileCanRaiseOrLowerAnyRuleAndDisableAny() {
    Profile strict = new Profile.Builder().name("strict")
        .putSeverities("no-champions", Severity.CRITICAL)
        .putSeverities("unpaid-lived-experience", Severity.ADVISORY)
        .addDisabled("no-ground-rules").build();
    assertThat(strict.severityOf(RuleSet.standard().rule("no-champions").descriptor()))
        .isEqualTo(Severity.CRITICAL);
    assertThat(strict.severityOf(RuleSet.standard().rule("no-facilitation").descriptor()))
        .isEqualTo(Severity.MINOR);
    assertThat(strict.isEnabled("no-ground-rules")).isFalse();
    assertThat(strict.isEnabled("no-facilitation")).isTrue();

    Initiative i = Inputs.running()
        .addParticipants(Inputs.serviceUser("P01").payment(Recorded.absent()).build())
        .arrangements(new Arrangements.Builder().champions(Provision.absent())
            .groundRules(Provision.absent()).build()).build();
    Assessment a = Assessor.builder().profile(strict).build().assess(i, TODAY);
    assertThat(a.findings()).filteredOn(f -> f.rule().equals("no-champions"))
        .extracting(Finding::severity).containsExactly(Severity.CRITICAL);
    assertThat(a.findings()).filteredOn(f -> f.rule().equals("unpaid-lived-experience"))
        .extracting(Finding::severity).containsExactly(Severity.ADVISORY);
    assertThat(a.findings()).noneSatisfy(f -> assertThat(f.rule()).isEqualTo("no-ground-rules"));
    assertThat(a.rule("no-ground-rules").status()).isEqualTo(RuleStatus.DISABLED);
    assertThat(a.findings().stream().filter(Finding::isOpenGap).findFirst())
        .as("the most severe gap comes first")
        .hasValueSatisfying(f -> assertThat(f.rule()).isEqualTo("no-champions"));
    // the rule's own descriptor is untouched
    assertThat(RuleSet.standard().rule("no-champions").descriptor().severity())
        .isEqualTo(Severity.ADVISORY);
  }
}
