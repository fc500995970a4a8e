package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.RecordedFact;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist: phase gating, and the remedy for every "no" or "partly" answer. The rules' texts
 * are in {@code rule-texts.properties}, their messages in {@code checklist.properties}.
 */
final class ChecklistRules {

  /** The checklist rules evidence every element the default checklist serves. */
  private static final List<String> ALL_SERVED = DefaultChecklist.checklist().servedElements()
      .stream().map(FrameworkElement::id).collect(ImmutableList.toImmutableList());

  private static final Outcome NO_CHECKLIST = Outcome.notApplicable(
      Message.of("checklist.no-answers")).within(List.of());

  private ChecklistRules() {}

  static final Rule BEFORE_ITEMS_UNANSWERED = Rule.of(
      describe("checklist-before-unanswered", Severity.MINOR, List.of("S2.1"),
          List.of("C2.5", "C5.1")),
      input -> input.initiative().stage() == Stage.PLANNING
          ? Outcome.notApplicable(Message.of("checklist.not-started"))
          : unanswered(input, Phase.BEFORE, "checklist-before-unanswered.gap"));

  static final Rule AFTER_ITEMS_UNANSWERED = Rule.of(
      describe("checklist-after-unanswered", Severity.MINOR, List.of("S3.2", "C6"),
          List.of("C6.1")),
      input -> input.initiative().stage() != Stage.FINISHED
          ? Outcome.notApplicable(Message.of("checklist.not-finished"))
          : unanswered(input, Phase.AFTER, "checklist-after-unanswered.gap"));

  static final Rule ANSWERED_NO = Rule.of(
      describe("checklist-answered-no", Severity.MINOR, ALL_SERVED, List.of("C6.1")),
      input -> answered(input, Answer.NO, "checklist-answered-no.gap"));

  static final Rule ANSWERED_PARTLY = Rule.of(
      describe("checklist-answered-partly", Severity.MINOR, ALL_SERVED, List.of("C6.1")),
      input -> answered(input, Answer.PARTLY, "checklist-answered-partly.gap"));

  static final Rule CONTRADICTS_RECORD = Rule.of(
      describe("checklist-contradicts-record", Severity.MINOR, ALL_SERVED, List.of("C6.1")),
      ChecklistRules::contradictions);

  static List<Rule> all() {
    return List.of(BEFORE_ITEMS_UNANSWERED, AFTER_ITEMS_UNANSWERED, ANSWERED_NO,
        ANSWERED_PARTLY, CONTRADICTS_RECORD);
  }

  /**
   * Whether the rule that reads an item's facts judges its answer: every fact the item answers
   * is one the rules read with the checklist, so a "no" or "partly" is a finding there.
   */
  private static boolean judgedElsewhere(ChecklistItem item) {
    return !item.facts().isEmpty() && RecordedFact.readable().containsAll(item.facts());
  }

  /**
   * A contradiction for every item answered yes where the record says absent, or no where it says
   * present; speaks for the elements of the items answered yes or no that answer a recorded
   * fact.
   */
  private static Outcome contradictions(RuleInput input) {
    Optional<ResponseSet> set = input.checklist();
    if (set.isEmpty()) {
      return NO_CHECKLIST;
    }
    List<Observation> found = new ArrayList<>();
    Set<String> judged = new LinkedHashSet<>();
    for (ChecklistItem item : set.get().checklist().items()) {
      Answer answer = set.get().answer(item);
      if (answer != Answer.YES && answer != Answer.NO) {
        continue;
      }
      for (String pointer : item.facts()) {
        if (!RecordedFact.readable().contains(pointer)) {
          continue;
        }
        Fact recorded = input.fact(pointer).recorded();
        if (!recorded.isRecorded()) {
          continue;
        }
        List<String> elements = item.servedElements().stream().map(FrameworkElement::id)
            .toList();
        judged.addAll(elements);
        if ((answer == Answer.YES) == (recorded == Fact.PRESENT)) {
          continue;
        }
        String at = "/checklist/responses/" + set.get().responseIndex(item).getAsInt()
            + "/answer";
        found.add(new Observation.Builder()
            .status(io.github.coproduction.rules.FindingStatus.GAP)
            .text(Message.of(answer == Answer.YES ? "checklist-contradicts-record.yes-absent"
                : "checklist-contradicts-record.no-present", item.id(), item.text(), pointer))
            .addEvidence(Evidence.of(at, Subjects.kebab(answer)),
                Evidence.of(pointer, Subjects.value(recorded)))
            .elements(elements)
            .build());
      }
    }
    return Outcome.of(found).within(judged);
  }

  /** The gap, keyed {@code gap}, for the items of a phase left unanswered. */
  private static Outcome unanswered(RuleInput input, Phase phase, String gap) {
    Optional<ResponseSet> set = input.checklist();
    if (set.isEmpty()) {
      return Outcome.notRecorded(Message.of("checklist.no-answers"),
          Evidence.of("/checklist", NOT_RECORDED));
    }
    List<String> open = set.get().checklist().items(phase).stream()
        .filter(item -> set.get().answer(item) == Answer.UNANSWERED)
        .map(ChecklistItem::id)
        .toList();
    if (open.isEmpty()) {
      return Outcome.pass();
    }
    return Outcome.gap(Message.of(gap, open.size(), set.get().checklist().id(),
        Message.list(open)),
        Evidence.of("/checklist/responses", "no answer to " + String.join(", ", open)));
  }

  /**
   * The observations for every item given this answer, speaking only for the elements served by
   * the items answered yes, partly or no: an item not answered, or answered not applicable, is no
   * evidence either way, and with no checklist at all the rule speaks for no element.
   */
  private static Outcome answered(RuleInput input, Answer answer, String gap) {
    Optional<ResponseSet> set = input.checklist();
    if (set.isEmpty()) {
      return NO_CHECKLIST;
    }
    List<Response> responses = set.get().responses().responses();
    List<Observation> found = new ArrayList<>();
    Set<String> judged = new LinkedHashSet<>();
    for (int n = 0; n < responses.size(); n++) {
      Response r = responses.get(n);
      if (r.answer() != Answer.YES && !r.answer().needsRemedy()) {
        continue;
      }
      for (ChecklistItem item : set.get().checklist().named(r.item())) {
        if (judgedElsewhere(item) || set.get().responseIndex(item).orElse(-1) != n) {
          // Judged by the rule that reads its fact, or answered by a later response of its own.
          continue;
        }
        Set<String> elements = new LinkedHashSet<>();
        for (FrameworkElement e : item.servedElements()) {
          elements.add(e.id());
        }
        judged.addAll(elements);
        if (r.answer() != answer) {
          continue;
        }
        found.add(new Observation.Builder()
            .status(io.github.coproduction.rules.FindingStatus.GAP)
            .text(Message.of(gap, item.id(), Message.of("checklist.phase." + item.phase().name()),
                item.text()))
            .addEvidence(Evidence.of("/checklist/responses/" + n + "/answer",
                Subjects.kebab(answer)))
            .elements(elements)
            .remedyActions(item.remedyActions().stream().map(Action::id).toList())
            .build());
      }
    }
    return Outcome.of(found).within(judged);
  }
}
