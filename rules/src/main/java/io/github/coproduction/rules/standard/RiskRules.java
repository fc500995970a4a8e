package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Challenge, tensions and risk (S3.8, S1.1). */
final class RiskRules {

  private RiskRules() {}

  static final Rule NO_WAY_TO_ADDRESS_TENSIONS = Subjects.arrangement(describe(
      "no-way-to-address-tensions",
      "No way to address tensions",
      "There is no agreed way to raise and address challenge and tensions",
      Severity.MINOR,
      List.of("S3.8", "S3.1"),
      "Addressing challenge and tensions openly, with trust, honesty and transparency, is a"
          + " condition of working together as equals.",
      "Agree how challenge and tensions are raised and addressed, and be open about what is and"
          + " is not possible and why.",
      List.of("C2.3")),
      Arrangement.CHALLENGE_PROCESS,
      "The initiative has no agreed way to raise and address challenge and tensions.",
      "Whether the initiative has a way to address challenge and tensions is not recorded.");

  static final Rule RISKS_NOT_NAMED = Rule.of(describe(
      "risks-not-named",
      "Risks not named",
      "No risks are named",
      Severity.MINOR,
      List.of("S3.8"),
      "Co-production asks for risk to be thought about differently: risks to people's wellbeing,"
          + " their welfare benefits and the service need naming before they can be shared.",
      "Name the risks together, to wellbeing, to welfare benefits and to the service, and agree"
          + " how they are shared. Where people are paid, name the risk to their welfare"
          + " benefits and who carries it.",
      List.of("C2.3", "C4.4")),
      input -> {
        var risks = input.initiative().risks();
        if (risks.isAbsent()) {
          return Outcome.gap("The initiative has named no risks.", Evidence.of("/risks", ABSENT));
        }
        if (risks.isNotRecorded()) {
          return Outcome.notRecorded("The initiative's risks are not recorded.",
              Evidence.of("/risks", NOT_RECORDED));
        }
        List<Participant> paid = PaymentRules.paidForInvolvement(input.initiative());
        boolean benefits = risks.get().stream().anyMatch(r -> r.kind() == RiskKind.WELFARE_BENEFITS);
        if (!paid.isEmpty() && !benefits) {
          return Outcome.gap("The initiative pays " + paid.size() + " participant"
              + (paid.size() == 1 ? "" : "s") + " with lived experience (" + Subjects.refs(paid)
              + ") and names no risk to welfare benefits.",
              Evidence.of("/risks", risks.get().size() + " named, none to welfare benefits"));
        }
        return Outcome.pass();
      });

  static final Rule RISK_CARRIED_BY_ONE_SIDE = Rule.of(describe(
      "risk-carried-by-one-side",
      "Risk carried by one side",
      "A risk to people is carried by the organisations alone instead of being shared",
      Severity.MAJOR,
      List.of("S3.8", "S1.1"),
      "Power, hierarchy and authority show in who carries risk; co-production shares it rather"
          + " than leaving it with the service or with the people taking part.",
      "Agree with everyone involved how each risk is shared, and support the people most"
          + " exposed to it.",
      List.of("C2.3", "C4.4")),
      // A service risk carried by the organisations that run the service is theirs to carry;
      // risk carried by participants alone is the critical rule below.
      input -> carriedAlone(input, r -> r.carriedBy() == RiskCarrier.ORGANISATIONS
          && r.kind() != RiskKind.SERVICE, "is carried by the organisations alone."));

  static final Rule RISK_CARRIED_BY_PARTICIPANTS = Rule.of(describe(
      "risk-carried-by-participants",
      "Risk carried by participants alone",
      "A risk is carried by the service users and carers taking part, alone",
      Severity.CRITICAL,
      List.of("S3.8", "S2.6"),
      "Leaving a risk, such as the risk to welfare benefits, with the people taking part puts"
          + " the harm of co-production on those with least power.",
      "Share the risk: agree who in the organisations carries it with the participants, and"
          + " support them, for benefits risk with independent welfare benefits advice.",
      List.of("C2.3", "C4.4")),
      input -> carriedAlone(input, r -> r.carriedBy() == RiskCarrier.PARTICIPANTS,
          "is carried by the service users and carers taking part, alone."));

  /** A gap for each named risk that {@code alone} picks out, saying who carries it. */
  private static Outcome carriedAlone(io.github.coproduction.rules.RuleInput input,
      java.util.function.Predicate<Risk> alone, String carried) {
    var risks = input.initiative().risks();
    if (!risks.isPresent()) {
      return Outcome.notApplicable("No risks are recorded as named.");
    }
    List<Observation> found = new ArrayList<>();
    List<Risk> list = risks.get();
    for (int n = 0; n < list.size(); n++) {
      Risk r = list.get(n);
      if (alone.test(r)) {
        found.add(Observation.gap("Risk " + (n + 1) + " (" + r.kind().name()
            .toLowerCase(Locale.ROOT).replace('_', ' ') + ") " + carried,
            Evidence.of("/risks/" + n + "/carriedBy", Subjects.kebab(r.carriedBy()))));
      }
    }
    return Outcome.of(found);
  }

  static List<Rule> all() {
    return List.of(NO_WAY_TO_ADDRESS_TENSIONS, RISKS_NOT_NAMED, RISK_CARRIED_BY_ONE_SIDE,
        RISK_CARRIED_BY_PARTICIPANTS);
  }
}
