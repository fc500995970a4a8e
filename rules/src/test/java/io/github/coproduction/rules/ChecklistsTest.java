package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.ItemKind;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.testing.Inputs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checklist rules treat an organisation's own checklist exactly like the default one, and
 * answers to a checklist the assessor does not know are evaluation errors, not a crash.
 */
class ChecklistsTest {

  private static final Set<String> CHECKLIST_RULES = Set.of("checklist-before-unanswered",
      "checklist-after-unanswered", "checklist-answered-no", "checklist-answered-partly");

  /** A trust's own checklist: two items, one with remedies, one deriving them from a change. */
  static final Checklist TRUST_CHECKLIST = new Checklist.Builder()
      .id("riverside-trust").title("Riverside Trust co-production checklist").version("3")
      .source("Riverside NHS Foundation Trust")
      .addItems(
          new ChecklistItem.Builder().id("T1").kind(ItemKind.QUESTION).phase(Phase.BEFORE)
              .text("Has the payment policy been signed off by finance?")
              .addServes("S2.6").addRemedies("C4.2").build(),
          new ChecklistItem.Builder().id("T2").kind(ItemKind.ACTION).phase(Phase.DURING)
              .text("Hold a check-in on wellbeing at every session.")
              .addServes("S3.5").build(),
          new ChecklistItem.Builder().id("T3").kind(ItemKind.ACTION).phase(Phase.AFTER)
              .text("Write up what the group learned, together.")
              .addServes("C6").build())
      .build();

  private static ChecklistResponses answers(String checklist, String... itemAnswers) {
    ChecklistResponses.Builder b = new ChecklistResponses.Builder().checklist(checklist);
    for (String ia : itemAnswers) {
      String[] parts = ia.split("=");
      b.addResponses(new Response.Builder().item(parts[0]).answer(Answer.valueOf(parts[1]))
          .build());
    }
    return b.build();
  }

  @Test
  void answersToTheDefaultChecklist() {
    Initiative i = Inputs.running().checklist(Inputs.allYesExcept("B04.2=NO", "D03.2=PARTLY",
        "D05=-")).build();
    Assessment a = Assessor.standard().assess(i, Inputs.ASSESSED_ON);
    assertThat(a.findings()).filteredOn(f -> CHECKLIST_RULES.contains(f.rule()))
        .extracting(Finding::rule, Finding::severity, Finding::elements,
            Finding::remedyActions)
        .containsExactly(
            tuple("checklist-answered-no", Severity.MINOR, List.of("S2.6", "S3.3"),
                List.of("C4.2")),
            tuple("checklist-answered-partly", Severity.MINOR, List.of("S3.8", "S3.1"),
                List.of("C2.3")));
    assertThat(a.rule("checklist-before-unanswered").status()).isEqualTo(RuleStatus.PASSED);
    assertThat(a.rule("checklist-after-unanswered").status())
        .isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  @Test
  void answersToAnOrganisationsOwnChecklistAreTreatedLikeTheDefault() {
    Assessor assessor = Assessor.builder().addChecklist(TRUST_CHECKLIST).build();
    Initiative i = Inputs.finished().checklist(answers("riverside-trust", "T2=PARTLY", "T1=NO"))
        .build();
    Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);

    assertThat(a.rules()).filteredOn(r -> CHECKLIST_RULES.contains(r.rule()))
        .extracting(RuleResult::rule, RuleResult::status).containsExactly(
            tuple("checklist-before-unanswered", RuleStatus.PASSED),
            tuple("checklist-after-unanswered", RuleStatus.GAP),
            tuple("checklist-answered-no", RuleStatus.GAP),
            tuple("checklist-answered-partly", RuleStatus.GAP));
    assertThat(a.findings()).filteredOn(f -> CHECKLIST_RULES.contains(f.rule()))
        .extracting(Finding::rule, Finding::message, Finding::evidence, Finding::elements,
            Finding::remedyActions)
        .containsExactly(
            tuple("checklist-after-unanswered",
                "The initiative is finished with 1 AFTER item of checklist 'riverside-trust'"
                    + " unanswered: T3.",
                List.of(Evidence.of("/checklist/responses", "no answer to T3")),
                List.of("S3.2", "C6"), List.of("C6.1")),
            tuple("checklist-answered-no",
                "Checklist item T1 (before) is answered no: Has the payment policy been signed"
                    + " off by finance?",
                List.of(Evidence.of("/checklist/responses/1/answer", "no")),
                List.of("S2.6"), List.of("C4.2")),
            tuple("checklist-answered-partly",
                "Checklist item T2 (during) is answered partly: Hold a check-in on wellbeing at"
                    + " every session.",
                List.of(Evidence.of("/checklist/responses/0/answer", "partly")),
                // T2 serves a condition only and names no remedies, so the rule's own remedy
                // action stands in
                List.of("S3.5"), List.of("C6.1")));
  }

  @Test
  void anItemWithoutRemediesOffersTheActionsOfTheChangeItServes() {
    Assessor assessor = Assessor.builder().addChecklist(TRUST_CHECKLIST).build();
    Initiative i = Inputs.finished().checklist(answers("riverside-trust", "T3=NO")).build();
    Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);
    assertThat(a.findings()).filteredOn(f -> f.rule().equals("checklist-answered-no"))
        .singleElement().satisfies(f -> {
          assertThat(f.elements()).containsExactly("C6");
          assertThat(f.remedyActions()).containsExactly("C6.1");
        });
  }

  @Test
  void answersToAnUnknownChecklistAreOneErrorOfTheDocument() {
    Initiative i = Inputs.finished().checklist(answers("riverside-trust", "T1=NO")).build();
    assertThatThrownBy(() -> Assessor.standard().assess(i, Inputs.ASSESSED_ON))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/checklist/checklist");
          assertThat(e.getMessage()).isEqualTo("/checklist/checklist: no checklist with id"
              + " \"riverside-trust\" is known to this assessor; known: [coproduction-default]");
        });
  }

  @Test
  void answersToAnItemTheChecklistDoesNotHaveAreOneErrorNamingTheResponse() {
    Initiative i = Inputs.running().checklist(Inputs.only("B01=YES", "Z99=NO")).build();
    assertThatThrownBy(() -> Assessor.standard().assess(i, Inputs.ASSESSED_ON))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.getMessage()).isEqualTo("/checklist/responses/1/item: checklist"
                + " \"coproduction-default\" has no item \"Z99\""));
  }

  @Test
  void answersToOldItemIdsAreReadThroughTheirAliases() {
    Initiative i = Inputs.running().checklist(Inputs.only("B04=YES", "D02=NO", "D03=YES"))
        .build();
    Assessment a = Assessor.standard().assess(i, Inputs.ASSESSED_ON);
    assertThat(a.summary().errors()).isZero();
    assertThat(a.findings()).filteredOn(f -> f.rule().equals("checklist-answered-no"))
        .singleElement().satisfies(f -> assertThat(f.message())
            .startsWith("Checklist item D02.1 (during) is answered no"));
  }

  @Test
  void anExemplaryChecklistOfTheOrganisationsOwnHasNoChecklistFindings() {
    Assessor assessor = Assessor.builder().addChecklist(TRUST_CHECKLIST).build();
    Initiative i = Inputs.finished()
        .checklist(Inputs.allYesExcept(TRUST_CHECKLIST, "T2=NOT_APPLICABLE")).build();
    Assessment a = assessor.assess(i, Inputs.ASSESSED_ON);
    assertThat(a.rules()).filteredOn(r -> CHECKLIST_RULES.contains(r.rule()))
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(RuleStatus.PASSED));
  }
}
