package io.github.coproduction.rules.report;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Organisation;
import io.github.coproduction.core.initiative.OrganisationKind;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Scope;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.initiative.Vision;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The initiatives and assessments the report tests render. */
final class ReportFixtures {

  /** The developers' level, which the shape, escaping and redaction tests look into. */
  static final ReportOptions DETAIL = ReportOptions.defaults().withDetail(true);


  /** The date every fixture is assessed on, so that waivers expire deterministically. */
  static final LocalDate ASSESSED_ON = LocalDate.parse("2026-06-01");

  /** The participant references of {@link #crisisRedesign()}. */
  static final List<String> REFS = List.of("P01", "P02", "P03", "S01", "S.02", "carer-7");

  private ReportFixtures() {}

  /**
   * A crisis service redesign, running: lived-experience partners paid below parity or not at all,
   * no benefits advice, no ground rules, a waived finding, a payment not recorded, co-production
   * claimed from the consultation rung.
   */
  static Initiative crisisRedesign() {
    BigDecimal staffRate = new BigDecimal("27.50");
    return new Initiative.Builder()
        .id("crisis-redesign")
        .title("Crisis service redesign: Riverside 24/7 crisis line & safe haven")
        .purpose(Recorded.present("Redesign the crisis pathway so people get help within an hour"))
        .addScopes(Scope.DESIGN, Scope.DELIVERY)
        .stage(Stage.RUNNING)
        .addOrganisations(
            new Organisation.Builder().id("trust").name("Riverside NHS Trust")
                .kind(OrganisationKind.STATUTORY).build(),
            new Organisation.Builder().id("voices").name("Riverside Voices")
                .kind(OrganisationKind.USER_LED).build())
        .addParticipants(
            lived("P01", Role.SERVICE_USER, LivedExperience.SERVICE_USER,
                Recorded.present(new Payment.Builder().method(PaymentMethod.FEE)
                    .hourlyRate(new BigDecimal("18.00")).build()), Fact.PRESENT),
            lived("P02", Role.SERVICE_USER, LivedExperience.SERVICE_USER, Recorded.absent(),
                Fact.PRESENT),
            lived("P03", Role.SERVICE_USER, LivedExperience.SERVICE_USER, Recorded.notRecorded(),
                Fact.ABSENT),
            new Participant.Builder().ref("S01").role(Role.SENIOR_MANAGER)
                .livedExperience(Recorded.present(LivedExperience.NONE))
                .payment(Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED)
                    .build()))
                .decisionMaker(Fact.PRESENT).organisation("trust").build(),
            new Participant.Builder().ref("S.02").role(Role.FRONT_LINE_STAFF)
                .livedExperience(Recorded.present(LivedExperience.NONE))
                .payment(Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED)
                    .build()))
                .decisionMaker(Fact.PRESENT).organisation("trust").build(),
            lived("carer-7", Role.CARER, LivedExperience.CARER,
                Recorded.present(new Payment.Builder().method(PaymentMethod.VOUCHER).build()),
                Fact.PRESENT))
        .power(new Power.Builder()
            .problemDefinedBy(Recorded.present(Set.of(Role.SENIOR_MANAGER, Role.SERVICE_USER)))
            .addDecisions(new Decision.Builder().subject("Crisis line opening hours")
                .addMadeBy("S01", "P01", "P02", "carer-7").build())
            .notOpenToCoproduction(Recorded.absent())
            .build())
        .arrangements(new Arrangements.Builder()
            .paymentPolicy(Provision.present())
            .expenses(Provision.present())
            .welfareBenefitsAdvice(Provision.absent())
            .emotionalSupport(Provision.present())
            .timetableFlexibility(Provision.present())
            .groundRules(Provision.absent())
            .facilitation(Provision.present())
            .trainingAndDevelopment(Provision.present())
            .timeForTrust(Provision.present())
            .seniorSponsor(Provision.present())
            .champions(Provision.absent())
            .staffConcernsHeard(Provision.present())
            .sharedUnderstanding(Provision.present())
            .systemsReviewed(Provision.present())
            .challengeProcess(Provision.present())
            .staffHourlyRate(Recorded.present(staffRate))
            .build())
        .vision(new Vision.Builder().coProduced(Fact.PRESENT)
            .informedByLivedExperience(Fact.PRESENT).build())
        .risks(Recorded.present(List.of(new Risk.Builder().kind(RiskKind.WELFARE_BENEFITS)
            .carriedBy(RiskCarrier.PARTICIPANTS).build())))
        .continuity(Recorded.present(Continuity.ONGOING))
        .claimsCoproduction(Fact.PRESENT)
        .ladder(new LadderPosition.Builder()
            .current(Recorded.present(LadderRung.CONSULTATION))
            .target(Recorded.present(LadderRung.CO_PRODUCTION))
            .build())
        .build();
  }

  private static Participant lived(String ref, Role role, LivedExperience lived,
      Recorded<Payment> payment, Fact decisionMaker) {
    return new Participant.Builder().ref(ref).role(role)
        .livedExperience(Recorded.present(lived)).payment(payment)
        .decisionMaker(decisionMaker).organisation("voices").build();
  }

  /** A local rule whose data source is down: it throws, and the report shows the error. */
  static final Rule EASY_READ = Rule.of(new RuleDescriptor.Builder()
      .id("local-easy-read")
      .name("Easy-read papers")
      .summary("Papers are not offered in easy read")
      .severity(Severity.ADVISORY)
      .addElements("S3.7")
      .rationale("Systems and processes should not get in the way of people taking part.")
      .remedy("Offer every paper in easy read.")
      .addRemedyActions("C4.2")
      .build(), input -> {
        throw new IllegalStateException("the easy-read register for " + input.initiative().id()
            + " could not be read");
      });

  /**
   * The realistic assessment: the standard rules plus a local rule that fails, a pilot profile
   * that disables one rule and raises another, a live waiver on the missing champions, an
   * expired waiver and one that matches nothing.
   */
  static Assessment crisisAssessment() {
    RuleSet rules = RuleSet.builder().name("riverside").version("2026.1")
        .addAll(RuleSet.standard()).add(EASY_READ).build();
    Assessor assessor = Assessor.builder()
        .ruleSet(rules)
        .profile(new Profile.Builder().name("riverside-pilot")
            .addDisabled("no-impact-evidence")
            .putSeverities("no-ground-rules", Severity.MAJOR)
            .build())
        .addWaiver(new Waiver.Builder().rule("no-champions").initiative("crisis-redesign")
            .justification("Champions are recruited in phase two, after the P03 induction.")
            .expires(LocalDate.parse("2026-12-31")).build())
        .addWaiver(new Waiver.Builder().rule("no-time-for-trust").initiative("crisis-redesign")
            .justification("Trust-building days were booked for the spring.")
            .expires(LocalDate.parse("2026-03-31")).build())
        .addWaiver(new Waiver.Builder().rule("fixed-timetable")
            .justification("The timetable was agreed with Riverside Voices.")
            .expires(LocalDate.parse("2027-03-31")).build())
        .build();
    return assessor.assess(crisisRedesign(), ASSESSED_ON);
  }

  /** The crisis redesign as recorded in January: no emotional support, no sponsor yet. */
  static Initiative crisisEarlier() {
    Initiative later = crisisRedesign();
    return new Initiative.Builder().from(later)
        .arrangements(new Arrangements.Builder().from(later.arrangements())
            .emotionalSupport(Provision.absent())
            .seniorSponsor(Provision.absent())
            .groundRules(Provision.notRecorded())
            .build())
        .ladder(new LadderPosition.Builder()
            .current(Recorded.present(LadderRung.INFORMING))
            .target(Recorded.present(LadderRung.CO_PRODUCTION))
            .build())
        .build();
  }

  /** The assessment of {@link #crisisEarlier()} by the standard assessor, in January. */
  static Assessment crisisEarlierAssessment() {
    return Assessor.standard().assess(crisisEarlier(), LocalDate.parse("2026-01-15"));
  }

  /** An initiative with nothing recorded beyond what is required. */
  static Initiative bare() {
    return new Initiative.Builder().id("new-idea").title("A new idea").stage(Stage.PLANNING)
        .build();
  }

  /** The assessment of {@link #bare()} by the standard assessor. */
  static Assessment bareAssessment() {
    return Assessor.standard().assess(bare(), ASSESSED_ON);
  }
}
