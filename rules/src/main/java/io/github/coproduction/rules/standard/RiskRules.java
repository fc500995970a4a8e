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
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Challenge, tensions and risk (S3.8, S1.1). The rules' texts are in
 * {@code rule-texts.properties}, their messages in {@code risk.properties}.
 */
final class RiskRules {

  private RiskRules() {}

  static final Rule NO_WAY_TO_ADDRESS_TENSIONS = Subjects.arrangement(
      "no-way-to-address-tensions", Severity.MINOR, List.of("S3.8", "S3.1"), List.of("C2.3"),
      Arrangement.CHALLENGE_PROCESS);

  static final Rule RISKS_NOT_NAMED = Rule.of(
      describe("risks-not-named", Severity.MINOR, List.of("S3.8"), List.of("C2.3", "C4.4")),
      input -> {
        var risks = input.initiative().risks();
        if (risks.isAbsent()) {
          return Outcome.gap(Message.of("risks-not-named.gap"), Evidence.of("/risks", ABSENT));
        }
        if (risks.isNotRecorded()) {
          return Outcome.notRecorded(Message.of("risks-not-named.not-recorded"),
              Evidence.of("/risks", NOT_RECORDED));
        }
        List<Participant> paid = PaymentRules.paidForInvolvement(input.initiative());
        boolean benefits =
            risks.get().stream().anyMatch(r -> r.kind() == RiskKind.WELFARE_BENEFITS);
        if (!paid.isEmpty() && !benefits) {
          return Outcome.gap(Message.of("risks-not-named.no-benefits-risk", paid.size(),
              Subjects.refs(paid)),
              Evidence.of("/risks", risks.get().size() + " named, none to welfare benefits"));
        }
        return Outcome.pass();
      });

  static final Rule RISK_CARRIED_BY_ONE_SIDE = Rule.of(
      describe("risk-carried-by-one-side", Severity.MAJOR, List.of("S3.8", "S1.1"),
          List.of("C2.3", "C4.4")),
      // A service risk carried by the organisations that run the service is theirs to carry;
      // risk carried by participants alone is the critical rule below.
      input -> carriedAlone(input, r -> r.carriedBy() == RiskCarrier.ORGANISATIONS
          && r.kind() != RiskKind.SERVICE, "risk-carried-by-one-side.gap"));

  static final Rule RISK_CARRIED_BY_PARTICIPANTS = Rule.of(
      describe("risk-carried-by-participants", Severity.CRITICAL, List.of("S3.8", "S2.6"),
          List.of("C2.3", "C4.4")),
      input -> carriedAlone(input, r -> r.carriedBy() == RiskCarrier.PARTICIPANTS,
          "risk-carried-by-participants.gap"));

  /** A gap, keyed {@code gap}, for each named risk that {@code alone} picks out. */
  private static Outcome carriedAlone(io.github.coproduction.rules.RuleInput input,
      java.util.function.Predicate<Risk> alone, String gap) {
    var risks = input.initiative().risks();
    if (!risks.isPresent()) {
      return Outcome.notApplicable(Message.of("risk.none-named"));
    }
    List<Observation> found = new ArrayList<>();
    List<Risk> list = risks.get();
    for (int n = 0; n < list.size(); n++) {
      Risk r = list.get(n);
      if (alone.test(r)) {
        found.add(Observation.gap(Message.of(gap, n + 1,
            Message.of("risk.kind." + r.kind().name())),
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
