package io.github.coproduction.benchmarks;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Organisation;
import io.github.coproduction.core.initiative.OrganisationKind;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.samples.synthetic.SyntheticPortfolio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs every benchmark shares, all from {@link SyntheticPortfolio} with fixed seeds, so
 * that every engine and every run sees the same initiatives.
 */
public final class Inputs {

  /** The seed of every generated input. */
  public static final long SEED = 20_260_601L;

  /** The date of every assessment, fixed so that no run depends on the clock. */
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 6, 1);

  /** How many initiatives the peer-engine and end-to-end benchmarks assess per operation. */
  public static final int PORTFOLIO_SIZE = 1_000;

  private Inputs() {}

  /**
   * The first {@code count} initiatives of the synthetic portfolio.
   *
   * @param count how many
   * @return them, in order
   */
  public static Initiative[] portfolio(int count) {
    return new SyntheticPortfolio(SEED).stream(count).toArray(Initiative[]::new);
  }

  /**
   * A typical initiative: 20 participants, finished (so every phase of the checklist is reached)
   * and every checklist item answered.
   *
   * @return the initiative
   */
  public static Initiative typical() {
    SyntheticPortfolio portfolio = new SyntheticPortfolio(SEED);
    for (long index = 0; ; index++) {
      Initiative i = portfolio.initiative(index);
      if (i.participants().size() == 20 && i.stage() == Stage.FINISHED
          && i.checklist().isPresent() && !i.livedExperienceParticipants().isEmpty()) {
        return new Initiative.Builder().from(i).checklist(fullChecklist(i.checklist().get()))
            .build();
      }
    }
  }

  /** The initiative's answers, with every unanswered item of the default checklist answered. */
  private static ChecklistResponses fullChecklist(ChecklistResponses given) {
    Map<String, Answer> answers = new HashMap<>();
    given.responses().forEach(r -> answers.put(r.item(), r.answer()));
    ChecklistResponses.Builder full = new ChecklistResponses.Builder()
        .checklist(DefaultChecklist.ID);
    Answer[] cycle = {Answer.YES, Answer.YES, Answer.PARTLY, Answer.NO};
    int n = 0;
    for (ChecklistItem item : DefaultChecklist.checklist().items()) {
      Answer answer = answers.getOrDefault(item.id(), cycle[n++ % cycle.length]);
      full.addResponses(new Response.Builder().item(item.id()).answer(answer).build());
    }
    return full.build();
  }

  /**
   * An initiative with a given number of participants, drawn from the synthetic portfolio's
   * participants with the same mix of roles, lived experience, payment and decision-making; one
   * decision is made by every participant recorded as a decision maker.
   *
   * @param participants how many participants, at least 1
   * @return the initiative
   */
  public static Initiative withParticipants(int participants) {
    SyntheticPortfolio portfolio = new SyntheticPortfolio(SEED);
    Initiative base = typical();
    List<Participant> people = new ArrayList<>(participants);
    Decision.Builder decision = new Decision.Builder().subject("Service model");
    boolean anyDecides = false;
    for (long index = 0; people.size() < participants; index++) {
      for (Participant p : portfolio.initiative(index).participants()) {
        if (people.size() == participants) {
          break;
        }
        Participant copy = new Participant.Builder().from(p)
            .ref(String.format("P%05d", people.size() + 1)).build();
        people.add(copy);
        if (copy.decisionMaker() == Fact.PRESENT) {
          decision.addMadeBy(copy.ref());
          anyDecides = true;
        }
      }
    }
    Power.Builder power = new Power.Builder().problemDefinedBy(base.power().problemDefinedBy())
        .notOpenToCoproduction(base.power().notOpenToCoproduction());
    if (anyDecides) {
      power.addDecisions(decision.build());
    }
    return new Initiative.Builder().from(base)
        .id(String.format("scaled-%05d", participants))
        .organisations(List.of(
            new Organisation.Builder().id("nhs").name("NHS trust")
                .kind(OrganisationKind.STATUTORY).build(),
            new Organisation.Builder().id("user-led").name("User-led organisation")
                .kind(OrganisationKind.USER_LED).build()))
        .participants(people)
        .power(power.build())
        .build();
  }
}
