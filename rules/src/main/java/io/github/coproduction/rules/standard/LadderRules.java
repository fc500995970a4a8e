package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.LadderEvidence;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.RuleInput;
import io.github.coproduction.rules.RungCriterion;
import io.github.coproduction.core.initiative.Initiative;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/**
 * The engagement ladder (action C3.5) and claims of co-production, set against the evidence. The
 * rules' texts are in {@code rule-texts.properties}, their messages in {@code ladder.properties}.
 */
final class LadderRules {

  private LadderRules() {}

  static final Rule COPRODUCTION_WASHING = Rule.of(
      describe("coproduction-washing", Severity.MAJOR, List.of("C3", "C2"),
          List.of("C3.5", "C3.6", "C2.1")),
      LadderRules::washing);

  private static Outcome washing(RuleInput input) {
    Initiative i = input.initiative();
    LadderEvidence e = input.ladderEvidence();
    Optional<LadderRung> claim = e.claim();
    if (claim.isEmpty()) {
      return Outcome.notApplicable(Message.of("coproduction-washing.no-claim"));
    }
    List<Evidence> cited = new ArrayList<>();
    if (i.claimsCoproduction() == Fact.PRESENT) {
      cited.add(Evidence.of("/claimsCoproduction", "present"));
    }
    Recorded<LadderRung> current = i.ladder().current();
    if (current.isPresent()) {
      cited.add(Evidence.of("/ladder/current", Subjects.kebab(current.get())));
    }
    String claimed = claim.get().title();
    if (claim.get().isBelow(LadderRung.CO_DESIGN)) {
      return Outcome.notApplicable(Message.of("coproduction-washing.not-doing-with", claimed));
    }
    if (i.claimsCoproduction() == Fact.PRESENT && current.isPresent()
        && current.get().isBelow(LadderRung.CO_PRODUCTION)) {
      return Outcome.gap(Message.of("coproduction-washing.calls-itself", current.get().title()),
          cited.toArray(Evidence[]::new));
    }
    Recorded<LadderRung> evidenced = e.evidenced();
    if (evidenced.isAbsent()) {
      RungCriterion partners = e.criteria().get(0);
      cited.addAll(partners.evidence());
      return Outcome.gap(Message.of("coproduction-washing.no-partner", claimed, reason(partners)),
          cited.toArray(Evidence[]::new));
    }
    if (evidenced.isPresent() && !evidenced.get().isBelow(claim.get())) {
      return Outcome.pass();
    }
    List<RungCriterion> unmet = e.unmetUpToClaim();
    List<RungCriterion> shownUnmet = unmet.stream().filter(c -> c.met() == Fact.ABSENT)
        .collect(Collectors.toList());
    // The keys with "-unknown" say that the evidenced rung is not recorded.
    String unknown = evidenced.isPresent() ? "" : "-unknown";
    String rung = evidenced.isPresent() ? evidenced.get().title() : "";
    if (!shownUnmet.isEmpty()) {
      for (RungCriterion c : shownUnmet) {
        cited.addAll(c.evidence());
      }
      return Outcome.gap(Message.of("coproduction-washing.gap" + unknown
          + (current.isPresent() ? "" : ".no-rung"), claimed, rung, reasons(shownUnmet)),
          cited.stream().distinct().toArray(Evidence[]::new));
    }
    if (evidenced.isNotRecorded()) {
      // The record cannot tell whether anyone takes part as a partner: say that, and no more.
      unmet = List.of(e.criteria().get(0));
    }
    for (RungCriterion c : unmet) {
      cited.addAll(c.evidence());
    }
    return Outcome.notRecorded(Message.of("coproduction-washing.not-recorded" + unknown,
        claimed, rung, reasons(unmet)),
        cited.stream().distinct().toArray(Evidence[]::new));
  }

  /** The reasons of the criteria, one sentence each, as the record shows them. */
  private static Message reasons(List<RungCriterion> criteria) {
    if (criteria.isEmpty()) {
      return Message.literal("");
    }
    Message text = reason(criteria.get(criteria.size() - 1));
    for (int k = criteria.size() - 2; k >= 0; k--) {
      text = Message.of("coproduction-washing.sentences", reason(criteria.get(k)), text);
    }
    return text;
  }

  /** A criterion's reason, in the reader's locale when it was said with a message. */
  private static Message reason(RungCriterion criterion) {
    return criterion.reasonMessage().orElseGet(() -> Message.literal(criterion.reason()));
  }

  static final Rule BELOW_TARGET_RUNG = Rule.of(
      describe("below-target-rung", Severity.ADVISORY, List.of("S3.4", "C3"), List.of("C3.5")),
      input -> {
        LadderPosition ladder = input.initiative().ladder();
        for (var entry : List.of(List.of("current", ladder.current()),
            List.of("target", ladder.target()))) {
          String which = (String) entry.get(0);
          Recorded<?> rung = (Recorded<?>) entry.get(1);
          if (rung.isAbsent()) {
            return Outcome.gap(Message.of("below-target-rung." + which + "-absent"),
                Evidence.of("/ladder/" + which, ABSENT));
          }
          if (rung.isNotRecorded()) {
            return Outcome.notRecorded(Message.of("below-target-rung." + which + "-not-recorded"),
                Evidence.of("/ladder/" + which, NOT_RECORDED));
          }
        }
        LadderRung current = ladder.current().get();
        LadderRung target = ladder.target().get();
        if (current.isBelow(target)) {
          int steps = current.stepsTo(target);
          return Outcome.gap(Message.of("below-target-rung.gap", current.title(), steps,
              target.title()),
              Evidence.of("/ladder/current", Subjects.kebab(current)),
              Evidence.of("/ladder/target", Subjects.kebab(target)));
        }
        return Outcome.pass();
      });

  static List<Rule> all() {
    return List.of(COPRODUCTION_WASHING, BELOW_TARGET_RUNG);
  }
}
