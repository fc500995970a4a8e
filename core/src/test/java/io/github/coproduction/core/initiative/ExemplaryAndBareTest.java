package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.testing.Generators;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two fixed initiatives the generators offer: everything recorded, and nothing. */
class ExemplaryAndBareTest {

  private final Initiative exemplary = Generators.exemplary();

  @Test
  void theExemplaryInitiativeHasLivedExperienceParticipantsPaidAtParity() {
    BigDecimal staffRate = exemplary.arrangements().staffHourlyRate().get();
    assertThat(staffRate).isEqualByComparingTo(Generators.EXEMPLARY_RATE);
    assertThat(exemplary.livedExperienceParticipants()).hasSizeGreaterThanOrEqualTo(3);
    for (Participant p : exemplary.livedExperienceParticipants()) {
      Payment pay = p.payment().get();
      assertThat(pay.method()).as(p.ref()).contains(PaymentMethod.FEE);
      assertThat(pay.hourlyRate().orElseThrow()).as(p.ref()).isGreaterThanOrEqualTo(staffRate);
      assertThat(pay.expensesCovered()).as(p.ref()).isEqualTo(Fact.PRESENT);
      assertThat(p.decisionMaker()).as(p.ref()).isEqualTo(Fact.PRESENT);
    }
    for (Participant p : exemplary.participants()) {
      assertThat(p.livedExperience().isPresent()).as(p.ref()).isTrue();
      assertThat(p.payment().isPresent()).as(p.ref()).isTrue();
    }
  }

  @Test
  void everyLivedExperienceParticipantTakesPartInADecision() {
    Set<String> deciders = exemplary.power().decisions().stream()
        .flatMap(d -> d.madeBy().stream()).collect(Collectors.toSet());
    for (Participant p : exemplary.livedExperienceParticipants()) {
      assertThat(deciders).contains(p.ref());
    }
  }

  @Test
  void theExemplaryInitiativeRecordsEveryArrangementAsInPlace() {
    Generators.provisions(exemplary.arrangements()).forEach((name, p) ->
        assertThat(p.isPresent()).as(name).isTrue());
    assertThat(exemplary.arrangements().welfareBenefitsAdvice().isPresent()).isTrue();
    assertThat(exemplary.arrangements().budget().get().heldBy()).isPresent();
  }

  @Test
  void theExemplaryInitiativeRecordsEverythingElseAsPresent() {
    Initiative i = exemplary;
    assertThat(i.stage()).isEqualTo(Stage.FINISHED);
    assertThat(i.purpose().isPresent()).isTrue();
    assertThat(i.scopes()).isNotEmpty();
    assertThat(i.vision().coProduced()).isEqualTo(Fact.PRESENT);
    assertThat(i.vision().informedByLivedExperience()).isEqualTo(Fact.PRESENT);
    assertThat(i.power().problemDefinedBy().get())
        .contains(Role.SERVICE_USER, Role.CARER).anyMatch(Role::isStaff);
    assertThat(i.power().notOpenToCoproduction().get()).isNotEmpty();
    assertThat(i.risks().get()).isNotEmpty()
        .allMatch(r -> r.carriedBy() == RiskCarrier.SHARED);
    assertThat(i.risks().get()).extracting(Risk::kind)
        .contains(RiskKind.WELLBEING, RiskKind.WELFARE_BENEFITS, RiskKind.SERVICE);
    assertThat(i.continuity()).isEqualTo(Recorded.present(Continuity.ONGOING));
    assertThat(i.claimsCoproduction()).isEqualTo(Fact.PRESENT);
    assertThat(i.ladder().current()).isEqualTo(Recorded.present(LadderRung.CO_PRODUCTION));
    assertThat(i.ladder().target()).isEqualTo(Recorded.present(LadderRung.CO_PRODUCTION));
    assertThat(i.ladder().gap()).contains(0);
    assertThat(i.reflections().get()).extracting(Reflection::phase).contains(Phase.AFTER);
    assertThat(i.reflections().get()).allMatch(r -> r.roles().contains(Role.SERVICE_USER));
  }

  @Test
  void theExemplaryInitiativeAnswersEveryDefaultItemYes() {
    ResponseSet set = ResponseSet.of(DefaultChecklist.checklist(), exemplary.checklist()
        .orElseThrow());
    for (ChecklistItem item : DefaultChecklist.checklist().items()) {
      assertThat(set.answer(item)).as(item.id()).isEqualTo(Answer.YES);
    }
    assertThat(set.mayMoveOn(Phase.AFTER)).isTrue();
    assertThat(set.needingRemedy()).isEmpty();
  }

  @Test
  void theExemplaryInitiativeIsTheSameEveryTime() {
    assertThat(Generators.exemplary()).isEqualTo(exemplary);
  }

  @Test
  void theBareInitiativeHasOnlyItsIdTitleAndStage() {
    Initiative bare = Generators.bare();
    assertThat(bare).isEqualTo(new Initiative.Builder().id(bare.id()).title(bare.title())
        .stage(Stage.PLANNING).build());
    assertThat(Generators.bare(Stage.RUNNING).stage()).isEqualTo(Stage.RUNNING);
    assertThat(bare.participants()).isEmpty();
    assertThat(bare.checklist()).isEmpty();
    assertThat(bare.claimsCoproduction()).isEqualTo(Fact.NOT_RECORDED);
  }
}
