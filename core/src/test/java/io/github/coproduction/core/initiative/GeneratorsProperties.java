package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared generators: what they make always builds and is well formed, it reaches both sides
 * of every distinction the rules draw, and {@link Generators#shuffled} changes order and nothing
 * else.
 */
class GeneratorsProperties {

  /** Coverage needs many cases, whatever the number of tries asked for. */
  private static final int COVERAGE_CASES = Math.max(Seeds.tries(), 600);

  @TestFactory
  Stream<DynamicTest> generatedInitiativesAreWellFormed() {
    return Seeds.property("generated initiatives are well formed", random -> {
      Initiative i = Generators.initiative(random);
      assertThat(i.participants()).hasSizeLessThanOrEqualTo(Generators.MAX_PARTICIPANTS);
      assertThat(i.participants().stream().map(Participant::ref).distinct().count())
          .isEqualTo(i.participants().size());
      Set<String> refs = i.participants().stream().map(Participant::ref)
          .collect(Collectors.toSet());
      i.power().decisions().forEach(d -> assertThat(refs).containsAll(d.madeBy()));
      i.checklist().ifPresent(c -> ResponseSet.of(DefaultChecklist.checklist(), c));
      // building again from the value gives the same value
      assertThat(new Initiative.Builder().from(i).build()).isEqualTo(i);
    });
  }

  @TestFactory
  Stream<DynamicTest> theSameSeedGivesTheSameInitiative() {
    return Seeds.seeds().stream().limit(50).map(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> Seeds.check("same seed, same initiative", seed, random ->
            assertThat(Generators.initiative(seed)).isEqualTo(Generators.initiative(seed))
                .isEqualTo(Generators.initiative(random)))));
  }

  @TestFactory
  Stream<DynamicTest> everyTendencyBuilds() {
    return Seeds.property("every tendency builds", random -> {
      for (Generators.Tendency t : Generators.Tendency.values()) {
        assertThat(Generators.initiative(random, t)).isNotNull();
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> shuffledChangesOrderAndNothingElse() {
    return Seeds.property("shuffled changes order and nothing else", random -> {
      Initiative i = Generators.initiative(random);
      Initiative s = Generators.shuffled(i, random);
      assertThat(s.participants()).containsExactlyInAnyOrderElementsOf(i.participants());
      assertThat(s.checklist().isPresent()).isEqualTo(i.checklist().isPresent());
      i.checklist().ifPresent(c -> assertThat(s.checklist().orElseThrow().responses())
          .containsExactlyInAnyOrderElementsOf(c.responses()));
      assertThat(Generators.inCanonicalOrder(s)).isEqualTo(Generators.inCanonicalOrder(i));
      // putting the original order back gives the original, so nothing else changed
      assertThat(new Initiative.Builder().from(s).participants(i.participants())
          .checklist(i.checklist()).build()).isEqualTo(i);
    });
  }

  @TestFactory
  Stream<DynamicTest> toStringLeavesOutEveryNote() {
    return Seeds.property("toString leaves out every note", random -> {
      Initiative i = Generators.initiative(random);
      String printed = i.toString();
      for (String note : notes(i)) {
        assertThat(printed).doesNotContain(note);
      }
    });
  }

  @Test
  void shufflingActuallyReorders() {
    int reordered = 0;
    int responsesReordered = 0;
    for (long seed : Seeds.seeds(200)) {
      Initiative i = Generators.initiative(seed);
      Initiative s = Generators.shuffled(i, Seeds.random(seed + 1));
      if (!s.participants().equals(i.participants())) {
        reordered++;
      }
      if (!s.checklist().map(ChecklistResponses::responses)
          .equals(i.checklist().map(ChecklistResponses::responses))) {
        responsesReordered++;
      }
    }
    assertThat(reordered).as("initiatives whose participants were reordered").isPositive();
    assertThat(responsesReordered).as("initiatives whose responses were reordered").isPositive();
  }

  @Test
  void generatedInitiativesReachBothSidesOfEveryDistinction() {
    Coverage c = new Coverage();
    int maxParticipants = 0;
    for (long seed : Seeds.seeds(COVERAGE_CASES)) {
      Initiative i = Generators.initiative(seed);
      maxParticipants = Math.max(maxParticipants, i.participants().size());
      List<Participant> lived = i.livedExperienceParticipants();
      Optional<BigDecimal> staffRate = i.arrangements().staffHourlyRate().value();

      c.count("no participants", i.participants().isEmpty());
      c.count("participants, none with lived experience",
          !i.participants().isEmpty() && lived.isEmpty());
      c.count("lived experience present", !lived.isEmpty());
      c.count("more than 20 participants", i.participants().size() > 20);
      c.count("unpaid lived experience", lived.stream().anyMatch(p -> p.payment().isAbsent()));
      c.count("lived experience payment not recorded",
          lived.stream().anyMatch(p -> p.payment().isNotRecorded()));
      c.count("lived experience paid below the staff rate", staffRate.isPresent() && lived
          .stream().anyMatch(p -> rate(p).map(r -> r.compareTo(staffRate.get()) < 0)
              .orElse(false)));
      c.count("every lived experience participant paid at parity", staffRate.isPresent()
          && !lived.isEmpty() && lived.stream().allMatch(p -> rate(p)
              .map(r -> r.compareTo(staffRate.get()) >= 0).orElse(false)));
      c.count("lived experience but none a decision maker", !lived.isEmpty()
          && lived.stream().noneMatch(p -> p.decisionMaker() == Fact.PRESENT));
      c.count("a lived experience decision maker",
          lived.stream().anyMatch(p -> p.decisionMaker() == Fact.PRESENT));
      c.count("decisions recorded", !i.power().decisions().isEmpty());
      c.count("a decision with lived experience", i.power().decisions().stream()
          .anyMatch(d -> lived.stream().anyMatch(p -> d.madeBy().contains(p.ref()))));
      c.count("a participant with an organisation",
          i.participants().stream().anyMatch(p -> p.organisation().isPresent()));

      Map<String, Provision> provisions = Generators.provisions(i.arrangements());
      provisions.forEach((name, p) -> {
        for (Fact f : Fact.values()) {
          c.count("arrangements." + name + "=" + f, p.fact() == f);
        }
      });
      c.count("arrangements all not recorded",
          provisions.values().stream().allMatch(Provision::isNotRecorded));
      c.count("arrangements all in place",
          provisions.values().stream().allMatch(Provision::isPresent));
      c.count("a provision with a note",
          provisions.values().stream().anyMatch(p -> p.note().isPresent()));
      c.facts("staffHourlyRate", i.arrangements().staffHourlyRate().fact());
      c.facts("budget", i.arrangements().budget().fact());
      c.count("budget held by an organisation",
          i.arrangements().budget().value().flatMap(Budget::heldBy).isPresent());

      c.facts("purpose", i.purpose().fact());
      c.facts("problemDefinedBy", i.power().problemDefinedBy().fact());
      c.count("problem defined with service users or carers", i.power().problemDefinedBy()
          .value().map(r -> r.contains(Role.SERVICE_USER) || r.contains(Role.CARER))
          .orElse(false));
      c.count("problem defined by staff alone", i.power().problemDefinedBy().value()
          .map(r -> r.stream().allMatch(Role::isStaff)).orElse(false));
      c.facts("notOpenToCoproduction", i.power().notOpenToCoproduction().fact());
      c.count("stated that everything is open",
          i.power().notOpenToCoproduction().value().map(List::isEmpty).orElse(false));
      c.facts("vision.coProduced", i.vision().coProduced());
      c.facts("vision.informedByLivedExperience", i.vision().informedByLivedExperience());
      c.facts("risks", i.risks().fact());
      c.count("risks all shared", i.risks().value()
          .map(l -> l.stream().allMatch(r -> r.carriedBy() == RiskCarrier.SHARED)).orElse(false));
      c.count("a risk carried by one side", i.risks().value()
          .map(l -> l.stream().anyMatch(r -> r.carriedBy() != RiskCarrier.SHARED)).orElse(false));
      c.facts("continuity", i.continuity().fact());
      c.values("continuity", i.continuity().value().stream().collect(Collectors.toSet()),
          Continuity.values());
      c.facts("claimsCoproduction", i.claimsCoproduction());
      c.facts("ladder.current", i.ladder().current().fact());
      c.facts("ladder.target", i.ladder().target().fact());
      c.values("ladder.current", i.ladder().current().value().stream()
          .collect(Collectors.toSet()), LadderRung.values());
      c.count("claims co-production below the co-production rung",
          i.claimsCoproduction() == Fact.PRESENT && i.ladder().current().value()
              .map(r -> r.isBelow(LadderRung.CO_PRODUCTION)).orElse(false));
      c.facts("reflections", i.reflections().fact());
      c.count("sessions recorded", !i.sessions().isEmpty());
      c.count("no sessions recorded", i.sessions().isEmpty());
      c.count("a session attended by a body", i.sessions().stream()
          .anyMatch(x -> !x.bodies().isEmpty()));
      c.count("a session with papers sent late", i.sessions().stream()
          .anyMatch(x -> x.papersNoticeDays().map(d -> d < 5).orElse(false)));
      c.count("a decision made by a body", i.power().decisions().stream()
          .anyMatch(d -> d.body().isPresent()));
      c.count("a decision made by roles", i.power().decisions().stream()
          .anyMatch(d -> !d.roles().isEmpty()));
      c.count("a decision on the budget", i.power().decisions().stream()
          .anyMatch(d -> d.area().orElse(null) == DecisionArea.BUDGET));
      c.count("a body whose roles are not recorded", i.power().bodies().stream()
          .anyMatch(x -> x.roles().isEmpty()));
      c.count("checklist answered", i.checklist().isPresent());
      c.count("no checklist", i.checklist().isEmpty());
      List<Response> responses = i.checklist().map(ChecklistResponses::responses)
          .orElse(List.of());
      c.values("answer", responses.stream().map(Response::answer).collect(Collectors.toSet()),
          Answer.values());
      c.count("a response with a note", responses.stream().anyMatch(r -> r.note().isPresent()));
      c.count("a response with evidence", responses.stream().anyMatch(r -> !r.evidence().isEmpty()));
      c.count("every default item answered",
          responses.size() == DefaultChecklist.checklist().items().size());

      c.values("stage", Set.of(i.stage()), Stage.values());
      c.values("scope", i.scopes(), Scope.values());
      c.count("no scope recorded", i.scopes().isEmpty());
      c.values("role", i.participants().stream().map(Participant::role)
          .collect(Collectors.toSet()), Role.values());
      c.values("livedExperience", i.participants().stream()
          .flatMap(p -> p.livedExperience().value().stream()).collect(Collectors.toSet()),
          LivedExperience.values());
      c.count("lived experience recorded as absent",
          i.participants().stream().anyMatch(p -> p.livedExperience().isAbsent()));
      c.count("lived experience not recorded",
          i.participants().stream().anyMatch(p -> p.livedExperience().isNotRecorded()));
      c.values("paymentMethod", i.participants().stream()
          .flatMap(p -> p.payment().value().stream()).flatMap(x -> x.method().stream())
          .collect(Collectors.toSet()), PaymentMethod.values());
      c.count("a payment without a rate", i.participants().stream()
          .anyMatch(p -> p.payment().value().map(x -> x.hourlyRate().isEmpty()).orElse(false)));
      Set<Fact> decisionMakerFacts = EnumSet.noneOf(Fact.class);
      i.participants().forEach(p -> decisionMakerFacts.add(p.decisionMaker()));
      c.values("decisionMaker", decisionMakerFacts, Fact.values());
      c.values("organisationKind", i.organisations().stream().map(Organisation::kind)
          .collect(Collectors.toSet()), OrganisationKind.values());
      c.values("riskKind", i.risks().value().orElse(List.of()).stream().map(Risk::kind)
          .collect(Collectors.toSet()), RiskKind.values());
      c.values("riskCarrier", i.risks().value().orElse(List.of()).stream().map(Risk::carriedBy)
          .collect(Collectors.toSet()), RiskCarrier.values());
      c.values("reflectionPhase", i.reflections().value().orElse(List.of()).stream()
          .map(Reflection::phase).collect(Collectors.toSet()),
          io.github.coproduction.core.checklist.Phase.values());
    }
    assertThat(maxParticipants).isBetween(25, Generators.MAX_PARTICIPANTS);
    assertThat(c.neverHit()).as("distinctions the generators never reached, out of %d"
        + " initiatives:%n%s", COVERAGE_CASES, c).isEmpty();
  }

  private static Optional<BigDecimal> rate(Participant p) {
    return p.payment().value().filter(x -> x.method().map(PaymentMethod::isMoney).orElse(false)).flatMap(Payment::hourlyRate);
  }

  /** Every free-text note of an initiative that toString must leave out. */
  private static List<String> notes(Initiative i) {
    List<String> notes = new ArrayList<>();
    Generators.provisions(i.arrangements()).values()
        .forEach(p -> p.note().ifPresent(notes::add));
    i.risks().value().orElse(List.of()).forEach(r -> r.description().ifPresent(notes::add));
    i.reflections().value().orElse(List.of()).forEach(r -> r.note().ifPresent(notes::add));
    i.checklist().ifPresent(c -> c.responses().forEach(r -> {
      r.note().ifPresent(notes::add);
      notes.addAll(r.evidence());
    }));
    return notes;
  }

  /** How often each labelled case was reached; every label is registered even when missed. */
  private static final class Coverage {
    private final Map<String, Integer> counts = new TreeMap<>();

    void count(String label, boolean hit) {
      counts.merge(label, hit ? 1 : 0, Integer::sum);
    }

    void facts(String label, Fact fact) {
      for (Fact f : Fact.values()) {
        count(label + "=" + f, fact == f);
      }
    }

    @SafeVarargs
    final <E extends Enum<E>> void values(String label, Set<E> seen, E... all) {
      for (E e : all) {
        count(label + "=" + e, seen.contains(e));
      }
    }

    List<String> neverHit() {
      return counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
          .collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return counts.entrySet().stream().map(e -> String.format("  %6d  %s", e.getValue(),
          e.getKey())).collect(Collectors.joining("\n"));
    }
  }
}
