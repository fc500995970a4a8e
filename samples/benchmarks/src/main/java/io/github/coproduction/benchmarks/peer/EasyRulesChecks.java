package io.github.coproduction.benchmarks.peer;

import static io.github.coproduction.benchmarks.peer.Participants.decides;
import static io.github.coproduction.benchmarks.peer.Participants.livedExperienceNotRecorded;
import static io.github.coproduction.benchmarks.peer.Participants.livedExperienceUnknown;
import static io.github.coproduction.benchmarks.peer.Participants.paidFeeOrVouchers;
import static io.github.coproduction.benchmarks.peer.Participants.pointer;
import static io.github.coproduction.benchmarks.peer.Participants.refs;

import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
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
 * are not thread-safe, so each evaluation makes its own.
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
          return livedExperienceUnknown(i) || i.participants().stream()
              .anyMatch(p -> p.hasLivedExperience() && !p.payment().isPresent());
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (livedExperienceUnknown(i)) {
            findings.add(livedExperienceNotRecorded(id, i));
            return;
          }
          for (Participant p : i.participants()) {
            if (!p.hasLivedExperience()) {
              continue;
            }
            if (p.payment().isAbsent()) {
              findings.add(PeerFinding.gap(id, "Participant " + p.ref() + " brings lived"
                  + " experience and is recorded as unpaid.", pointer(i, p) + "/payment"));
            } else if (p.payment().isNotRecorded()) {
              findings.add(PeerFinding.notRecorded(id, "Participant " + p.ref() + " brings"
                  + " lived experience; whether they are paid is not recorded.",
                  pointer(i, p) + "/payment"));
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
          return livedExperienceUnknown(i)
              || !i.arrangements().welfareBenefitsAdvice().isPresent()
              && i.participants().stream()
                  .anyMatch(p -> p.hasLivedExperience() && paidFeeOrVouchers(p));
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (livedExperienceUnknown(i)) {
            findings.add(livedExperienceNotRecorded(id, i));
            return;
          }
          List<Participant> paid = i.participants().stream()
              .filter(p -> p.hasLivedExperience() && paidFeeOrVouchers(p)).toList();
          String who = paid.size() + " participant" + (paid.size() == 1 ? "" : "s")
              + " with lived experience (" + refs(paid) + ")";
          if (i.arrangements().welfareBenefitsAdvice().isAbsent()) {
            findings.add(PeerFinding.gap(id, "The initiative pays " + who + " and offers no"
                + " independent welfare benefits advice.", "/arrangements/welfareBenefitsAdvice"));
          } else {
            findings.add(PeerFinding.notRecorded(id, "The initiative pays " + who + "; whether"
                + " welfare benefits advice is offered is not recorded.",
                "/arrangements/welfareBenefitsAdvice"));
          }
        })
        .build();
  }

  private static Rule noLivedExperience() {
    String id = "no-lived-experience";
    return new RuleBuilder().name(id).priority(3)
        .description("No participant brings lived experience as a service user or carer")
        .when(facts -> {
          Initiative i = facts.get("initiative");
          return i.participants().stream().noneMatch(Participant::hasLivedExperience);
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (i.participants().isEmpty()) {
            findings.add(PeerFinding.notRecorded(id,
                "The initiative's participants are not recorded.", "/participants"));
            return;
          }
          List<Participant> unknown = i.participants().stream()
              .filter(p -> p.livedExperience().isNotRecorded()).toList();
          if (!unknown.isEmpty()) {
            findings.add(PeerFinding.notRecorded(id, "The initiative records no participant"
                + " with lived experience, and for " + unknown.size() + " of "
                + i.participants().size() + " participants (" + refs(unknown)
                + ") it is not recorded.", pointer(i, unknown.get(0)) + "/livedExperience"));
          } else {
            findings.add(PeerFinding.gap(id, "The initiative has no participant with lived"
                + " experience: all " + i.participants().size() + " participants are recorded"
                + " without it.", "/participants"));
          }
        })
        .build();
  }

  private static Rule tokenism() {
    String id = "tokenism";
    return new RuleBuilder().name(id).priority(4)
        .description("Participants with lived experience take part but sit outside every"
            + " decision")
        .when(facts -> {
          Initiative i = facts.get("initiative");
          return livedExperienceUnknown(i)
              || i.participants().stream().anyMatch(Participant::hasLivedExperience)
              && i.participants().stream().noneMatch(p -> p.hasLivedExperience()
                  && (p.decisionMaker() == Fact.PRESENT || decides(i, p)));
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (livedExperienceUnknown(i)) {
            findings.add(livedExperienceNotRecorded(id, i));
            return;
          }
          List<Participant> lived = i.participants().stream()
              .filter(Participant::hasLivedExperience).toList();
          List<Participant> unknown = lived.stream()
              .filter(p -> p.decisionMaker() == Fact.NOT_RECORDED).toList();
          if (!unknown.isEmpty()) {
            findings.add(PeerFinding.notRecorded(id, "Whether participants with lived experience"
                + " sit where decisions are made is not recorded for " + refs(unknown) + ".",
                pointer(i, unknown.get(0)) + "/decisionMaker"));
          } else {
            findings.add(PeerFinding.gap(id, "Lived experience sits outside every decision: none"
                + " of the " + lived.size() + " participants with lived experience ("
                + refs(lived) + ") is where decisions are made.",
                pointer(i, lived.get(0)) + "/decisionMaker"));
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
          return livedExperienceUnknown(i)
              || !i.arrangements().emotionalSupport().isPresent()
              && i.participants().stream().anyMatch(Participant::hasLivedExperience);
        })
        .then(facts -> {
          Initiative i = facts.get("initiative");
          List<PeerFinding> findings = facts.get("findings");
          if (livedExperienceUnknown(i)) {
            findings.add(livedExperienceNotRecorded(id, i));
            return;
          }
          if (i.arrangements().emotionalSupport().isAbsent()) {
            findings.add(PeerFinding.gap(id, "The initiative offers no emotional or psychological"
                + " support to the people with lived experience taking part.",
                "/arrangements/emotionalSupport"));
          } else {
            findings.add(PeerFinding.notRecorded(id, "Whether the initiative offers emotional and"
                + " psychological support is not recorded.", "/arrangements/emotionalSupport"));
          }
        })
        .build();
  }
}
