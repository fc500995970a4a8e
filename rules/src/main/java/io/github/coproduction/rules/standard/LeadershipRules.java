package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/** Leadership and culture: senior support (S1.3), honesty about limits and trust (C2). */
final class LeadershipRules {

  private LeadershipRules() {}

  static final Rule NO_SENIOR_SPONSOR = Subjects.arrangement(describe(
      "no-senior-sponsor",
      "No senior sponsor",
      "No senior leader sponsors the work",
      Severity.MAJOR,
      List.of("S1.3", "C2"),
      "Leadership commitment and senior support are conditions of co-production; leaders set the"
          + " tone and the culture in which it can work and flourish.",
      "Find a senior sponsor who sends a consistent message that co-production is the core way of"
          + " working and leads by example.",
      List.of("C2.1", "C2.2")),
      Arrangement.SENIOR_SPONSOR,
      "The initiative has no senior sponsor.",
      "Whether the initiative has a senior sponsor is not recorded.");

  static final Rule LIMITS_NOT_STATED = Rule.of(describe(
      "limits-not-stated",
      "Limits not stated",
      "What is not open to co-production was never stated",
      Severity.MINOR,
      List.of("S2.4", "S3.1", "C2"),
      "The framework asks leaders to be honest and open about what is possible, and what is not"
          + " possible to co-produce and why; unstated limits breed mistrust.",
      "Tell everyone, openly and at the start, what is and is not open to co-production, and"
          + " why.",
      List.of("C2.3")),
      input -> {
        var stated = input.initiative().power().notOpenToCoproduction();
        String pointer = "/power/notOpenToCoproduction";
        if (stated.isAbsent()) {
          return Outcome.gap("The initiative never stated what is not open to co-production.",
              Evidence.of(pointer, ABSENT));
        }
        if (stated.isNotRecorded()) {
          return Subjects.resolved(input, pointer, "The initiative never stated what is not open"
              + " to co-production.", "Whether the initiative stated what is not open to"
              + " co-production is not recorded.");
        }
        List<Integer> staffOnly = input.power().decisionsWithoutPartners();
        if (stated.get().isEmpty() && !staffOnly.isEmpty()
            && !input.power().partners().isEmpty()) {
          // An empty list says everything is open; decisions kept to staff say otherwise.
          List<Evidence> evidence = new java.util.ArrayList<>();
          evidence.add(Evidence.of(pointer, "[]"));
          evidence.addAll(Subjects.madeWithoutPartners(staffOnly));
          return Outcome.gap("The initiative states that everything is open to co-production,"
              + " but " + staffOnly.size() + " of " + input.power().decisions() + " recorded"
              + " decisions were made without partners: what was not open was never said.",
              evidence.toArray(Evidence[]::new));
        }
        return Outcome.pass();
      });

  static final Rule NO_TIME_FOR_TRUST = Subjects.arrangement(describe(
      "no-time-for-trust",
      "No time for trust",
      "No time is set aside at the outset to build trust",
      Severity.MINOR,
      List.of("S2.1", "S3.1", "C2"),
      "Time to build trust, confidence and mutual respect at the outset is an essential"
          + " pre-requisite of any co-produced activity.",
      "Set aside time at the outset for people to build trust, confidence and mutual respect.",
      List.of("C2.5")),
      Arrangement.TIME_FOR_TRUST,
      "The initiative set aside no time at the outset to build trust.",
      "Whether the initiative set aside time to build trust is not recorded.");

  static final Rule NO_IMPACT_EVIDENCE = Rule.of(describe(
      "no-impact-evidence",
      "No evidence of impact",
      "No evidence of the impact of co-production is gathered after the activity",
      Severity.ADVISORY,
      List.of("C2"),
      "Wider organisational, system and community support for co-production comes from evidence"
          + " of its impact on attitudes, behaviours, quality and outcomes.",
      "Gather evidence of the activity's impact and share it across the organisation and"
          + " system.",
      List.of("C2.4")),
      input -> input.initiative().stage() != Stage.FINISHED
          ? Outcome.notApplicable("The activity has not finished.")
          : Subjects.resolved(input, Arrangement.IMPACT_EVIDENCE,
              "The finished initiative gathered no evidence of the impact of co-production.",
              "Whether evidence of impact was gathered is not recorded."));

  static List<Rule> all() {
    return List.of(NO_SENIOR_SPONSOR, LIMITS_NOT_STATED, NO_TIME_FOR_TRUST, NO_IMPACT_EVIDENCE);
  }
}
