package io.github.coproduction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The two laws of power judged on evidence, each over at least 10,000 seeded generated
 * initiatives: adding a partner to a decision never adds a power gap; removing every partner from
 * every decision never leaves the power conditions met. Each law also counts the cases that
 * exercise it, so that it cannot pass on trivial inputs.
 */
class PowerLawsTest {

  private static final LocalDate ON = LocalDate.parse("2026-06-01");
  /** The rules that judge power: a gap from any of them is a power gap. */
  private static final Set<String> POWER_RULES = Set.of("no-lived-experience", "tokenism",
      "decision-maker-not-evidenced", "problem-defined-without-lived-experience",
      "one-off-exercise", "limits-not-stated", "coproduction-washing");

  private static Set<String> powerGaps(Assessment a) {
    return a.findings().stream()
        .filter(f -> f.status() == FindingStatus.GAP && POWER_RULES.contains(f.rule()))
        .map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Adding a partner to a decision never adds a power gap. */
  @TestFactory
  Stream<DynamicTest> addingAPartnerToADecisionNeverAddsAPowerGap() {
    return Laws.chunks("adding a partner to a decision", random -> {
      Initiative i = Generators.initiative(random);
      List<Participant> partners = i.livedExperiencePartners();
      List<Decision> decisions = i.power().decisions();
      if (partners.isEmpty() || decisions.isEmpty()) {
        return false;
      }
      int d = random.nextInt(decisions.size());
      String partner = partners.get(random.nextInt(partners.size())).ref();
      List<Decision> changed = new ArrayList<>(decisions);
      changed.set(d, new Decision.Builder().from(decisions.get(d)).addMadeBy(partner).build());
      Initiative after = new Initiative.Builder().from(i)
          .power(new Power.Builder().from(i.power()).decisions(changed).build()).build();
      Set<String> before = powerGaps(Assessor.standard().assess(i, ON));
      Set<String> now = powerGaps(Assessor.standard().assess(after, ON));
      assertThat(now).as("power gaps after adding %s to decision %d", partner, d)
          .isSubsetOf(before);
      return !decisions.get(d).madeBy().contains(partner);
    });
  }

  /** Removing every partner from every decision never leaves the power conditions met. */
  @TestFactory
  Stream<DynamicTest> removingEveryPartnerFromEveryDecisionLeavesNoPowerConditionMet() {
    return Laws.chunks("removing every partner from every decision", random -> {
      Initiative i = withoutPartnersInDecisions(Generators.initiative(random));
      if (i.livedExperiencePartners().isEmpty() || i.power().decisions().isEmpty()) {
        return false;
      }
      Assessment a = Assessor.standard().assess(i, ON);
      assertThat(a.element("S2.7").status()).as("S2.7, sharing the defining and"
          + " decision-making").isNotEqualTo(ElementStatus.MET);
      assertThat(a.rule("tokenism").status()).as("tokenism").isNotEqualTo(RuleStatus.PASSED);
      assertThat(a.powerBalance().orElseThrow().decisionsWithPartners()).isEmpty();
      return true;
    });
  }

  /**
   * The initiative with partners taken out of every decision: out of those who make it, of its
   * roles, of the bodies that make it and of the sessions where it is taken. A decision left with
   * nobody is made by the first participant who is not a partner, or dropped when there is none.
   */
  static Initiative withoutPartnersInDecisions(Initiative i) {
    Set<String> partners = i.livedExperiencePartners().stream().map(Participant::ref)
        .collect(Collectors.toSet());
    Optional<String> other = i.participants().stream()
        .filter(p -> !p.isLivedExperiencePartner()).map(Participant::ref).findFirst();
    List<Body> bodies = i.power().bodies().stream()
        .<Body>map(b -> new Body.Builder().from(b).roles(b.roles().stream()
            .filter(r -> !r.isLivedExperiencePartner()).toList()).build())
        .<Body>map(b -> b.roles().isEmpty() && other.isPresent()
            ? new Body.Builder().from(b).addRoles(Role.SENIOR_MANAGER).build() : b)
        .toList();
    List<Decision> decisions = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int d = 0; d < i.power().decisions().size(); d++) {
      Decision decision = i.power().decisions().get(d);
      Set<String> madeBy = new LinkedHashSet<>(decision.madeBy());
      madeBy.removeAll(partners);
      List<Role> roles = decision.roles().stream().filter(r -> !r.isLivedExperiencePartner())
          .toList();
      if (madeBy.isEmpty() && roles.isEmpty() && decision.body().isEmpty()) {
        if (other.isEmpty()) {
          continue;
        }
        madeBy.add(other.get());
      }
      kept.add(d);
      decisions.add(new Decision.Builder().from(decision).madeBy(madeBy).roles(roles)
          .id(Optional.of("d" + d)).build());
    }
    List<Session> sessions = new ArrayList<>();
    for (Session s : i.sessions()) {
      List<String> taken = new ArrayList<>();
      for (String ref : s.decisions()) {
        int d = i.decisionIndex(ref).getAsInt();
        if (kept.contains(d)) {
          taken.add("d" + d);
        }
      }
      List<String> attendees = s.attendees().stream().filter(r -> !partners.contains(r))
          .toList();
      if (attendees.isEmpty() && s.bodies().isEmpty()) {
        if (other.isEmpty()) {
          continue;
        }
        attendees = List.of(other.get());
      }
      sessions.add(new Session.Builder().from(s).attendees(attendees).decisions(taken).build());
    }
    // Events caused by a decision follow it to its new id, or lose the reference with it.
    List<io.github.coproduction.core.initiative.Event> events = new ArrayList<>();
    for (io.github.coproduction.core.initiative.Event e : i.events()) {
      Optional<String> named = e.cause().flatMap(c -> c.decision());
      if (named.isEmpty()) {
        events.add(e);
        continue;
      }
      int d = i.decisionIndex(named.get()).getAsInt();
      events.add(new io.github.coproduction.core.initiative.Event.Builder().from(e)
          .cause(new io.github.coproduction.core.initiative.Cause.Builder()
              .from(e.cause().orElseThrow())
              .decision(kept.contains(d) ? Optional.of("d" + d) : Optional.empty()).build())
          .build());
    }
    return new Initiative.Builder().from(i)
        .power(new Power.Builder().from(i.power()).bodies(bodies).decisions(decisions).build())
        .sessions(sessions).events(events).build();
  }
}
