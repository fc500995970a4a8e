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

/** The engagement ladder (action C3.5) and claims of co-production, set against the evidence. */
final class LadderRules {

  private LadderRules() {}

  static final Rule COPRODUCTION_WASHING = Rule.of(describe(
      "coproduction-washing",
      "Co-production claimed but not done",
      "The initiative claims a higher rung of the engagement ladder than its record evidences",
      Severity.MAJOR,
      List.of("C3", "C2"),
      "Calling consultation or engagement co-production undermines the consistent message that"
          + " co-production is the core way of working, not a tokenistic exercise. The claim is"
          + " set against the rung the record evidences: partners, their part in decisions and in"
          + " defining the problem, continuity, and parity of payment.",
      "Describe the work by the rung its record evidences on the engagement ladder, and plan how"
          + " to reach co-production.",
      List.of("C3.5", "C3.6", "C2.1")),
      LadderRules::washing);

  private static Outcome washing(RuleInput input) {
    Initiative i = input.initiative();
    LadderEvidence e = input.ladderEvidence();
    Optional<LadderRung> claim = e.claim();
    if (claim.isEmpty()) {
      return Outcome.notApplicable("The initiative is not recorded as calling itself"
          + " co-production, and its rung on the engagement ladder is not recorded.");
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
      return Outcome.notApplicable("The initiative claims " + claimed + ", not a rung of doing"
          + " with; the evidenced rung is reported beside it.");
    }
    if (i.claimsCoproduction() == Fact.PRESENT && current.isPresent()
        && current.get().isBelow(LadderRung.CO_PRODUCTION)) {
      return Outcome.gap("The initiative calls itself co-production but stands at "
          + current.get().title() + " on the engagement ladder.",
          cited.toArray(Evidence[]::new));
    }
    Recorded<LadderRung> evidenced = e.evidenced();
    if (evidenced.isAbsent()) {
      RungCriterion partners = e.criteria().get(0);
      cited.addAll(partners.evidence());
      return Outcome.gap("The initiative claims " + claimed + " with no lived-experience"
          + " partner: " + partners.reason(), cited.toArray(Evidence[]::new));
    }
    if (evidenced.isPresent() && !evidenced.get().isBelow(claim.get())) {
      return Outcome.pass();
    }
    List<RungCriterion> unmet = e.unmetUpToClaim();
    List<RungCriterion> shownUnmet = unmet.stream().filter(c -> c.met() == Fact.ABSENT)
        .collect(Collectors.toList());
    String below = evidenced.isPresent() ? "its record evidences " + evidenced.get().title()
        : "the rung its record evidences is not recorded";
    if (!shownUnmet.isEmpty()) {
      for (RungCriterion c : shownUnmet) {
        cited.addAll(c.evidence());
      }
      return Outcome.gap("The initiative claims " + claimed + " but " + below + ": "
          + shownUnmet.stream().map(RungCriterion::reason).collect(Collectors.joining(" "))
          + (current.isPresent() ? "" : " (no rung is recorded)"),
          cited.stream().distinct().toArray(Evidence[]::new));
    }
    if (evidenced.isNotRecorded()) {
      // The record cannot tell whether anyone takes part as a partner: say that, and no more.
      unmet = List.of(e.criteria().get(0));
    }
    for (RungCriterion c : unmet) {
      cited.addAll(c.evidence());
    }
    return Outcome.notRecorded("The initiative claims " + claimed + "; " + below
        + ", and the record does not show the rest: " + unmet.stream()
            .map(RungCriterion::reason).collect(Collectors.joining(" ")),
        cited.stream().distinct().toArray(Evidence[]::new));
  }

  static final Rule BELOW_TARGET_RUNG = Rule.of(describe(
      "below-target-rung",
      "Below the target rung",
      "The initiative stands below its target rung on the engagement ladder",
      Severity.ADVISORY,
      List.of("S3.4", "C3"),
      "The framework asks organisations to use practical frameworks such as the engagement ladder"
          + " to assess where they are, where they want to get to and how that will happen.",
      "Record the current and target rungs, and plan how to climb from one to the other.",
      List.of("C3.5")),
      input -> {
        LadderPosition ladder = input.initiative().ladder();
        for (var entry : List.of(List.of("current", ladder.current()),
            List.of("target", ladder.target()))) {
          String which = (String) entry.get(0);
          Recorded<?> rung = (Recorded<?>) entry.get(1);
          if (rung.isAbsent()) {
            return Outcome.gap("The initiative has not assessed its " + which + " rung on the"
                + " engagement ladder.", Evidence.of("/ladder/" + which, ABSENT));
          }
          if (rung.isNotRecorded()) {
            return Outcome.notRecorded("The initiative's " + which + " rung on the engagement"
                + " ladder is not recorded.", Evidence.of("/ladder/" + which, NOT_RECORDED));
          }
        }
        LadderRung current = ladder.current().get();
        LadderRung target = ladder.target().get();
        if (current.isBelow(target)) {
          int steps = current.stepsTo(target);
          return Outcome.gap("The initiative stands at " + current.title() + ", " + steps
              + (steps == 1 ? " rung" : " rungs") + " below its target, " + target.title() + ".",
              Evidence.of("/ladder/current", Subjects.kebab(current)),
              Evidence.of("/ladder/target", Subjects.kebab(target)));
        }
        return Outcome.pass();
      });

  static List<Rule> all() {
    return List.of(COPRODUCTION_WASHING, BELOW_TARGET_RUNG);
  }
}
