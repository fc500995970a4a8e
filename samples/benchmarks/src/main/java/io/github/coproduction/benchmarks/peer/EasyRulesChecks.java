package io.github.coproduction.benchmarks.peer;

import static io.github.coproduction.benchmarks.peer.PeerFinding.at;
import static io.github.coproduction.benchmarks.peer.Participants.ABSENT;
import static io.github.coproduction.benchmarks.peer.Participants.NOT_RECORDED;
import static io.github.coproduction.benchmarks.peer.Participants.anyPartner;
import static io.github.coproduction.benchmarks.peer.Participants.paidFeeOrVouchers;
import static io.github.coproduction.benchmarks.peer.Participants.partnershipNotRecorded;
import static io.github.coproduction.benchmarks.peer.Participants.partnershipUnknown;
import static io.github.coproduction.benchmarks.peer.Participants.pointer;
import static io.github.coproduction.benchmarks.peer.Participants.refs;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Provision;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Five standard rules on Easy Rules 4.1, as its documentation shows: each rule a
 * {@link RuleBuilder} with a condition and an action as lambdas, the initiative and a findings
 * list as {@link Facts}, one {@link DefaultRulesEngine}. The rules are built once; {@link Facts}
 * are not thread-safe, so each evaluation makes its own. A rule about lived-experience partners
 * fires when someone takes part as a partner ({@link Participant#isLivedExperiencePartner()}), or
 * when the record cannot tell ({@link Participants#partnershipUnknown}); tokenism is judged on the
 * recorded decisions by {@link Tokenism}. Where welfare benefits advice or emotional support is
 * not recorded, the checklist answer to it speaks ({@link ChecklistAnswers}): yes passes, no or
 * partly is the gap, cited at the answer.
 */
public final class EasyRulesChecks {

  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  /** Builds the five rules. */
  public EasyRulesChecks() {
    rules = new Rules(unpaid(), benefitsAdvice(), noLivedExperience(), tokenism(),
        emotionalSupport());
  }

  /**
   * Runs the rules on one initiative.
   *
   * @param initiative the initiative
   * @return the findings
   */
  public List<PeerFinding> evaluate(Initiative initiative) {
    Facts facts = new Facts();
    List<PeerFinding> findings = new ArrayList<>();
    facts.put("initiative", initiative);
    facts.put("findings", findings);
    engine.fire(rules, facts);
    return findings;
  }

  private static Rule unpaid() {
    String id = "unpaid-lived-experience";
    return new RuleBuilder().name(id).priority(1)
        .description("A participant with lived experience is recorded as unpaid")
        .when(facts -> {
          Initiative i = facts.get("initiative");
          return partnershipUnknown(i) || (anyPartner(i) && i.participants().stream()
              .anyMatch(p -> p.hasLivedExperience()
                  && Participants.unpaidFinding(i, p) != null));
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (partnershipUnknown(i)) {
            findings.add(partnershipNotRecorded(id, i));
            return;
          }
          for (Participant p : i.participants()) {
            PeerFinding f = p.hasLivedExperience() ? Participants.unpaidFinding(i, p) : null;
            if (f != null) {
              findings.add(f);
            }
          }
        })
        .build();
  }

  private static Rule benefitsAdvice() {
    String id = "payment-without-benefits-advice";
    return new RuleBuilder().name(id).priority(2)
        .description("People are paid for involvement with no independent welfare benefits"
            + " advice")
        .when(facts -> {
          Initiative i = facts.get("initiative");
          boolean paid = i.participants().stream()
              .anyMatch(p -> p.hasLivedExperience() && paidFeeOrVouchers(p));
          Provision advice = i.arrangements().welfareBenefitsAdvice();
          return paid ? advice.isAbsent() || (advice.isNotRecorded()
              && !ChecklistAnswers.yes(i, Arrangement.WELFARE_BENEFITS_ADVICE.pointer()))
              : partnershipUnknown(i);
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          List<Participant> paid = i.participants().stream()
              .filter(p -> p.hasLivedExperience() && paidFeeOrVouchers(p)).toList();
          if (paid.isEmpty()) {
            findings.add(partnershipNotRecorded(id, i));
            return;
          }
          String who = paid.size() + " participant" + (paid.size() == 1 ? "" : "s")
              + " with lived experience (" + refs(paid) + ")";
          String advice = Arrangement.WELFARE_BENEFITS_ADVICE.pointer();
          String none = "The initiative pays " + who + " and offers no independent welfare"
              + " benefits advice." + Participants.voucherNote(paid);
          if (i.arrangements().welfareBenefitsAdvice().isAbsent()) {
            findings.add(PeerFinding.gap(id, none, List.of(at(advice, ABSENT))));
          } else {
            List<ChecklistAnswers.Answered> answered = ChecklistAnswers.to(i, advice);
            findings.add(answered.isEmpty() ? PeerFinding.notRecorded(id, "The initiative pays "
                + who + "; whether welfare benefits advice is offered is not recorded.",
                List.of(at(advice, NOT_RECORDED))) : answered.get(0).gap(id, none));
          }
        })
        .build();
  }

  private static Rule noLivedExperience() {
    String id = "no-lived-experience";
    return new RuleBuilder().name(id).priority(3)
        .description("No participant takes part as a service user, carer, peer worker or for"
            + " their organisations")
        .when(facts -> !anyPartner(facts.get("initiative")))
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          boolean unknown = i.participants().stream()
              .anyMatch(p -> p.partnership() == Fact.NOT_RECORDED);
          findings.add(i.participants().isEmpty() || unknown ? partnershipNotRecorded(id, i)
              : Participants.noPartner(i));
        })
        .build();
  }

  private static Rule tokenism() {
    return new RuleBuilder().name(Tokenism.RULE).priority(4)
        .description("Partners are absent from most decisions, a token share of the group, or"
            + " kept out of decisions on the budget or the model of care")
        .when(facts -> {
          Initiative i = facts.get("initiative");
          return partnershipUnknown(i) || anyPartner(i);
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (partnershipUnknown(i)) {
            findings.add(partnershipNotRecorded(Tokenism.RULE, i));
            return;
          }
          PeerFinding found = Tokenism.judge(i);
          if (found != null) {
            findings.add(found);
          }
        })
        .build();
  }

  private static Rule emotionalSupport() {
    String id = "no-emotional-support";
    return new RuleBuilder().name(id).priority(5)
        .description("People with lived experience have no access to emotional and"
            + " psychological support")
        .when(facts -> {
          Initiative i = facts.get("initiative");
          Provision support = i.arrangements().emotionalSupport();
          return partnershipUnknown(i) || (anyPartner(i) && (support.isAbsent()
              || (support.isNotRecorded()
                  && !ChecklistAnswers.yes(i, Arrangement.EMOTIONAL_SUPPORT.pointer()))));
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (partnershipUnknown(i)) {
            findings.add(partnershipNotRecorded(id, i));
            return;
          }
          String support = Arrangement.EMOTIONAL_SUPPORT.pointer();
          String none = "The initiative offers no emotional or psychological support to the"
              + " people with lived experience taking part.";
          if (i.arrangements().emotionalSupport().isAbsent()) {
            findings.add(PeerFinding.gap(id, none, List.of(at(support, ABSENT))));
          } else {
            List<ChecklistAnswers.Answered> answered = ChecklistAnswers.to(i, support);
            findings.add(answered.isEmpty() ? PeerFinding.notRecorded(id, "Whether the initiative"
                + " offers emotional and psychological support is not recorded.",
                List.of(at(support, NOT_RECORDED))) : answered.get(0).gap(id, none));
          }
        })
        .build();
  }
}
