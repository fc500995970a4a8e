package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invariant of the initiative model fails with a pointer to the field that breaks it. */
class InitiativeValidationTest {

  private static ValidationException invalid(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("a ValidationException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.pointer() + ": " + e.problem());
    return e;
  }

  private static Initiative.Builder initiative() {
    return new Initiative.Builder().id("crisis-redesign").title("Crisis service redesign")
        .stage(Stage.RUNNING);
  }

  private static Participant participant(String ref) {
    return new Participant.Builder().ref(ref).role(Role.SERVICE_USER).build();
  }

  private static Organisation organisation(String id) {
    return new Organisation.Builder().id(id).name("Organisation " + id)
        .kind(OrganisationKind.STATUTORY).build();
  }

  // --- participants ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Jane Smith", "", " P01", "P01 ", "-P01", "jane@example.org",
      "Zoë", "a1234567890123456789012345678901234567890123456789012345678901234"})
  void aParticipantReferenceMustBeAPseudonymousCode(String ref) {
    ValidationException e = invalid(() -> participant(ref));
    assertThat(e.pointer()).isEqualTo("/ref");
    assertThat(e.problem()).contains("pseudonymous");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P01", "carer-12", "S.03", "x", "P_1",
      "a123456789012345678901234567890123456789012345678901234567890123"})
  void aPseudonymousCodeIsAccepted(String ref) {
    assertThat(participant(ref).ref()).isEqualTo(ref);
  }

  @Test
  void aLongRejectedReferenceIsCutShortInTheMessage() {
    String name = "Jane Alexandra Smith-Worthington of Riverside";
    ValidationException e = invalid(() -> participant(name));
    assertThat(e.getMessage()).doesNotContain(name).contains("Jane Alexandra Smith-");
  }

  @Test
  void participantReferencesAreUnique() {
    ValidationException e = invalid(() -> initiative()
        .addParticipants(participant("P01"), participant("P02"), participant("P01")).build());
    assertThat(e.pointer()).isEqualTo("/participants/2/ref");
    assertThat(e.problem()).contains("P01").contains("/participants/0/ref");
    assertThat(invalid(() -> initiative()
        .addParticipants(participant("P01"), participant("P01")).build()).pointer())
        .isEqualTo("/participants/1/ref");
  }

  @Test
  void aParticipantsOrganisationMustBeKnown() {
    Participant p = new Participant.Builder().ref("P01").role(Role.CARER).organisation("mind")
        .build();
    ValidationException e = invalid(() -> initiative().addOrganisations(organisation("trust"))
        .addParticipants(participant("P00"), p).build());
    assertThat(e.pointer()).isEqualTo("/participants/1/organisation");
    assertThat(e.problem()).contains("mind");
    assertThat(initiative().addOrganisations(organisation("mind")).addParticipants(p).build()
        .participant("P01")).contains(p);
  }

  @Test
  void aParticipantsOrganisationIsACode() {
    assertThat(invalid(() -> new Participant.Builder().ref("P01").role(Role.CARER)
        .organisation("Riverside Mind").build()).pointer()).isEqualTo("/organisation");
  }

  // --- organisations -----------------------------------------------------------------------------

  @Test
  void organisationIdsAreUniqueCodesAndNamesAreNotBlank() {
    assertThat(invalid(() -> initiative()
        .addOrganisations(organisation("icb"), organisation("trust"), organisation("icb"))
        .build()).pointer()).isEqualTo("/organisations/2/id");
    assertThat(invalid(() -> organisation("the trust")).pointer()).isEqualTo("/id");
    assertThat(invalid(() -> new Organisation.Builder().id("trust").name("  ")
        .kind(OrganisationKind.STATUTORY).build()).pointer()).isEqualTo("/name");
  }

  // --- power -------------------------------------------------------------------------------------

  @Test
  void aDecisionMustBeMadeByKnownParticipants() {
    Decision d = new Decision.Builder().subject("Service specification").addMadeBy("P09").build();
    ValidationException e = invalid(() -> initiative().addParticipants(participant("P01"))
        .power(new Power.Builder().addDecisions(d).build()).build());
    assertThat(e.pointer()).isEqualTo("/power/decisions/0/madeBy/0");
    assertThat(e.problem()).contains("P09");
  }

  @Test
  void theUnknownDecisionMakerIsPointedAtExactly() {
    Decision ok = new Decision.Builder().subject("Budget").addMadeBy("P01").build();
    Decision bad = new Decision.Builder().subject("Opening hours").addMadeBy("P01", "P02", "S07")
        .build();
    ValidationException e = invalid(() -> initiative()
        .addParticipants(participant("P01"), participant("P02"))
        .power(new Power.Builder().addDecisions(ok, bad).build()).build());
    assertThat(e.pointer()).isEqualTo("/power/decisions/1/madeBy/2");
    assertThat(e.problem()).contains("S07");
  }

  @Test
  void aDecisionNeedsASubjectAndSomeoneWhoMakesIt() {
    assertThat(invalid(() -> new Decision.Builder().subject(" ").addMadeBy("P01").build())
        .pointer()).isEqualTo("/subject");
    assertThat(invalid(() -> new Decision.Builder().subject("Budget").build()).pointer())
        .isEqualTo("/madeBy");
    assertThat(invalid(() -> new Decision.Builder().subject("Budget")
        .addMadeBy("P01", "Jane Smith").build()).pointer()).isEqualTo("/madeBy/1");
  }

  @Test
  void whoDefinedTheProblemNeedsARoleWhenPresent() {
    assertThat(invalid(() -> new Power.Builder().problemDefinedBy(Recorded.present(Set.of()))
        .build()).pointer()).isEqualTo("/problemDefinedBy");
    assertThat(new Power.Builder().problemDefinedBy(Recorded.absent()).build()
        .problemDefinedBy().isAbsent()).isTrue();
  }

  @Test
  void whatIsNotOpenMustNotBeBlank() {
    assertThat(invalid(() -> new Power.Builder()
        .notOpenToCoproduction(Recorded.present(List.of("The overall budget", "")))
        .build()).pointer()).isEqualTo("/notOpenToCoproduction/1");
    // present and empty: it was said openly that everything is open
    assertThat(new Power.Builder().notOpenToCoproduction(Recorded.present(List.of())).build()
        .notOpenToCoproduction().get()).isEmpty();
  }

  // --- arrangements, payment, budget ----------------------------------------------------------------

  @Test
  void ratesAndBudgetsAreNotNegative() {
    ValidationException pay = invalid(() -> new Payment.Builder().method(PaymentMethod.FEE)
        .hourlyRate(new BigDecimal("-0.01")).build());
    assertThat(pay.pointer()).isEqualTo("/hourlyRate");
    assertThat(pay.problem()).contains("-0.01");
    assertThat(invalid(() -> new Arrangements.Builder()
        .staffHourlyRate(Recorded.present(new BigDecimal("-25"))).build()).pointer())
        .isEqualTo("/staffHourlyRate");
    assertThat(invalid(() -> new Budget.Builder().amount(new BigDecimal("-1")).build())
        .pointer()).isEqualTo("/amount");
    // zero is allowed: it is what an unpaid voucher scheme or an empty budget records
    assertThat(new Payment.Builder().method(PaymentMethod.VOUCHER).hourlyRate(BigDecimal.ZERO)
        .build().hourlyRate()).contains(BigDecimal.ZERO);
    assertThat(new Budget.Builder().amount(BigDecimal.ZERO).build().amount())
        .isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void theBudgetMustBeHeldByAKnownOrganisation() {
    Arrangements a = new Arrangements.Builder().budget(Recorded.present(
        new Budget.Builder().amount(new BigDecimal("12000")).heldBy("icb").build())).build();
    ValidationException e = invalid(() -> initiative().addOrganisations(organisation("trust"))
        .arrangements(a).build());
    assertThat(e.pointer()).isEqualTo("/arrangements/budget/heldBy");
    assertThat(e.problem()).contains("icb");
    assertThat(initiative().addOrganisations(organisation("icb")).arrangements(a).build()
        .arrangements().budget().get().heldBy()).contains("icb");
    assertThat(invalid(() -> new Budget.Builder().amount(BigDecimal.ONE).heldBy("the ICB")
        .build()).pointer()).isEqualTo("/heldBy");
  }

  // --- texts ---------------------------------------------------------------------------------------

  @Test
  void textsMustNotBeBlank() {
    assertThat(invalid(() -> initiative().title(" \n").build()).pointer()).isEqualTo("/title");
    assertThat(invalid(() -> initiative().purpose(Recorded.present("")).build()).pointer())
        .isEqualTo("/purpose");
    assertThat(invalid(() -> new Risk.Builder().kind(RiskKind.SERVICE)
        .carriedBy(RiskCarrier.SHARED).description("\t").build()).pointer())
        .isEqualTo("/description");
    assertThat(invalid(() -> new Reflection.Builder().date(java.time.LocalDate.of(2026, 3, 1))
        .phase(io.github.coproduction.core.checklist.Phase.AFTER).note(" ").build()).pointer())
        .isEqualTo("/note");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "crisis redesign", ".hidden", "crisis/redesign"})
  void anInitiativeIdIsACode(String id) {
    assertThat(invalid(() -> initiative().id(id).build()).pointer()).isEqualTo("/id");
  }

  // --- present but empty ---------------------------------------------------------------------------

  @Test
  void risksRecordedAsPresentNeedOne() {
    ValidationException e = invalid(() -> initiative().risks(Recorded.present(List.of())).build());
    assertThat(e.pointer()).isEqualTo("/risks");
    assertThat(e.problem()).contains("Recorded.absent()");
    assertThat(initiative().risks(Recorded.absent()).build().risks().isAbsent()).isTrue();
  }

  @Test
  void reflectionsRecordedAsPresentNeedOne() {
    assertThat(invalid(() -> initiative().reflections(Recorded.present(List.of())).build())
        .pointer()).isEqualTo("/reflections");
    assertThat(initiative().reflections(Recorded.absent()).build().reflections().isAbsent())
        .isTrue();
  }

  // --- required attributes -------------------------------------------------------------------------

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> new Initiative.Builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id").hasMessageContaining("title").hasMessageContaining("stage");
    assertThatThrownBy(() -> new Initiative.Builder().id("x").title("X").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[stage]");
    assertThatThrownBy(() -> new Participant.Builder().ref("P01").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[role]");
    // the method is required unless the participant declined: a located validation error
    assertThatThrownBy(() -> new Payment.Builder().build())
        .isInstanceOf(io.github.coproduction.core.ValidationException.class)
        .hasMessageContaining("/method");
    assertThatThrownBy(() -> new Organisation.Builder().id("icb").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name").hasMessageContaining("kind");
    assertThatThrownBy(() -> new Budget.Builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> new Risk.Builder().kind(RiskKind.WELLBEING).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("carriedBy");
    assertThatThrownBy(() -> new Reflection.Builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("phase");
    // the date is required unless the reflection recurs: a located validation error
    assertThatThrownBy(() -> new Reflection.Builder()
        .phase(io.github.coproduction.core.checklist.Phase.AFTER).build())
        .isInstanceOf(io.github.coproduction.core.ValidationException.class)
        .hasMessageContaining("/date").hasMessageContaining("needs its date");
    assertThat(new Reflection.Builder().phase(io.github.coproduction.core.checklist.Phase.DURING)
        .recurring(true).build().date()).isEmpty();
    assertThatThrownBy(() -> new Decision.Builder().addMadeBy("P01").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("subject");
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> initiative().title(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> initiative().purpose(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> initiative().addParticipants((Participant) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Recorded.present(null)).isInstanceOf(NullPointerException.class);
  }

  // --- a valid one ---------------------------------------------------------------------------------

  @Test
  void aConsistentInitiativeBuilds() {
    Initiative i = initiative()
        .addOrganisations(organisation("icb"), organisation("mind"))
        .addParticipants(
            new Participant.Builder().ref("P01").role(Role.SERVICE_USER)
                .livedExperience(Recorded.present(LivedExperience.SERVICE_USER))
                .organisation("mind").decisionMaker(Fact.PRESENT).build(),
            new Participant.Builder().ref("S01").role(Role.COMMISSIONER)
                .livedExperience(Recorded.present(LivedExperience.NONE))
                .organisation("icb").build())
        .power(new Power.Builder().addDecisions(new Decision.Builder().subject("Specification")
            .addMadeBy("P01", "S01").build()).build())
        .arrangements(new Arrangements.Builder().budget(Recorded.present(new Budget.Builder()
            .amount(new BigDecimal("5000")).heldBy("icb").build())).build())
        .build();
    assertThat(i.livedExperienceParticipants()).extracting(Participant::ref)
        .containsExactly("P01");
    assertThat(i.participant("S01")).isPresent();
    assertThat(i.participant("S99")).isEmpty();
    assertThat(i.power().decisions().get(0).madeBy()).containsExactly("P01", "S01");
  }
}
