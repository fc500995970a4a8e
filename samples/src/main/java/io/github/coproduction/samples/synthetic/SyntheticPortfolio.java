package io.github.coproduction.samples.synthetic;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Organisation;
import io.github.coproduction.core.initiative.OrganisationKind;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Scope;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.initiative.Vision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates a synthetic portfolio: initiatives of every stage and scope, with a realistic mix of
 * arrangements in place, missing and not recorded, participants with and without lived
 * experience, payments at and below parity, checklist answers and ladder positions.
 *
 * <p>Each initiative depends only on the seed and its index, so a portfolio can be generated in
 * parallel and in any order, always the same. Thread-safe.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.Initiative;
 * SyntheticPortfolio p = new SyntheticPortfolio(42);
 * Initiative first = p.initiative(0);
 * p.stream(1000).count();   // 1000
 * }</pre>
 */
public final class SyntheticPortfolio {

  private static final String[] TOPICS = {"Crisis service redesign", "Strategy refresh",
      "Community support recommissioning", "Peer support service", "Co-produced research study",
      "Acute ward improvement", "Carers' support offer", "Early intervention pathway",
      "Eating disorder service review", "Perinatal mental health service"};
  private static final Role[] STAFF = {Role.SENIOR_MANAGER, Role.MIDDLE_MANAGER,
      Role.FRONT_LINE_STAFF, Role.STRATEGIC_LEAD, Role.COMMISSIONER};
  private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

  private final long seed;

  /**
   * A portfolio for a seed.
   *
   * @param seed the seed; the same seed gives the same portfolio
   */
  public SyntheticPortfolio(long seed) {
    this.seed = seed;
  }

  /**
   * The initiatives with indexes 0 to {@code count - 1}, in order.
   *
   * @param count how many
   * @return a lazy stream; nothing is held in memory
   */
  public Stream<Initiative> stream(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be zero or more, but was " + count);
    }
    return LongStream.range(0, count).mapToObj(this::initiative);
  }

  /**
   * The initiative at an index.
   *
   * @param index zero or more
   * @return the initiative
   */
  public Initiative initiative(long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Stage stage = pick(random, Stage.values());
    Initiative.Builder b = new Initiative.Builder()
        .id(String.format("init-%07d", index))
        .title(TOPICS[random.nextInt(TOPICS.length)] + " " + (index + 1))
        .stage(stage)
        .addScopes(pick(random, Scope.values()));
    if (random.nextDouble() < 0.8) {
      b.purpose(Recorded.present("Improve " + TOPICS[random.nextInt(TOPICS.length)]
          .toLowerCase(java.util.Locale.ROOT)));
    }
    b.addOrganisations(new Organisation.Builder().id("nhs").name("NHS trust")
        .kind(OrganisationKind.STATUTORY).build());
    boolean userLed = random.nextDouble() < 0.5;
    if (userLed) {
      b.addOrganisations(new Organisation.Builder().id("user-led").name("User-led organisation")
          .kind(OrganisationKind.USER_LED).build());
    }
    double livedShare = random.nextDouble() < 0.1 ? 0 : 0.2 + random.nextDouble() * 0.5;
    int size = 3 + random.nextInt(20);
    BigDecimal staffRate = BigDecimal.valueOf(20 + random.nextInt(16)).setScale(2);
    List<Participant> people = participants(random, size, livedShare, staffRate, userLed);
    b.participants(people);
    b.power(power(random, people));
    b.arrangements(arrangements(random, staffRate));
    b.vision(new Vision.Builder().coProduced(fact(random)).informedByLivedExperience(
        fact(random)).build());
    b.risks(risks(random));
    b.continuity(random.nextDouble() < 0.15 ? Recorded.notRecorded()
        : Recorded.present(random.nextDouble() < 0.3 ? Continuity.ONE_OFF : Continuity.ONGOING));
    b.claimsCoproduction(fact(random));
    b.ladder(ladder(random));
    if (random.nextDouble() < 0.7) {
      b.checklist(checklist(random, stage));
    }
    b.reflections(reflections(random, stage));
    return b.build();
  }

  private static List<Participant> participants(SplittableRandom random, int size,
      double livedShare, BigDecimal staffRate, boolean userLed) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean lived = random.nextDouble() < livedShare;
      Participant.Builder p = new Participant.Builder().ref(String.format("P%02d", i + 1));
      if (lived) {
        boolean carer = random.nextDouble() < 0.3;
        p.role(carer ? Role.CARER : Role.SERVICE_USER)
            .livedExperience(random.nextDouble() < 0.05 ? Recorded.notRecorded()
                : Recorded.present(carer ? LivedExperience.CARER : LivedExperience.SERVICE_USER))
            .payment(livedPayment(random, staffRate))
            .decisionMaker(random.nextDouble() < 0.5 ? Fact.PRESENT
                : random.nextDouble() < 0.7 ? Fact.ABSENT : Fact.NOT_RECORDED);
        if (userLed && random.nextBoolean()) {
          p.organisation("user-led");
        }
      } else {
        p.role(STAFF[random.nextInt(STAFF.length)])
            .livedExperience(random.nextDouble() < 0.1 ? Recorded.notRecorded()
                : Recorded.present(LivedExperience.NONE))
            .payment(Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED)
                .build()))
            .decisionMaker(random.nextDouble() < 0.6 ? Fact.PRESENT : Fact.ABSENT)
            .organisation("nhs");
      }
      people.add(p.build());
    }
    return people;
  }

  private static Recorded<Payment> livedPayment(SplittableRandom random, BigDecimal staffRate) {
    double r = random.nextDouble();
    if (r < 0.1) {
      return Recorded.notRecorded();
    }
    if (r < 0.25) {
      return Recorded.absent();
    }
    if (r < 0.35) {
      return Recorded.present(new Payment.Builder().method(PaymentMethod.VOUCHER)
          .hourlyRate(BigDecimal.TEN.setScale(2)).build());
    }
    BigDecimal rate = random.nextDouble() < 0.7 ? staffRate
        : staffRate.subtract(BigDecimal.valueOf(1 + random.nextInt(10)));
    return Recorded.present(new Payment.Builder().method(PaymentMethod.FEE).hourlyRate(rate)
        .expensesCovered(fact(random)).build());
  }

  private static Power power(SplittableRandom random, List<Participant> people) {
    Power.Builder p = new Power.Builder();
    double r = random.nextDouble();
    if (r < 0.5) {
      p.problemDefinedBy(Recorded.present(Set.of(Role.SERVICE_USER, Role.COMMISSIONER)));
    } else if (r < 0.8) {
      p.problemDefinedBy(Recorded.present(Set.of(Role.COMMISSIONER)));
    }
    if (random.nextDouble() < 0.6 && !people.isEmpty()) {
      Decision.Builder d = new Decision.Builder().subject("Service model");
      for (Participant person : people) {
        if (person.decisionMaker() == Fact.PRESENT) {
          d.addMadeBy(person.ref());
        }
      }
      if (people.stream().anyMatch(x -> x.decisionMaker() == Fact.PRESENT)) {
        p.addDecisions(d.build());
      }
    }
    double s = random.nextDouble();
    p.notOpenToCoproduction(s < 0.5 ? Recorded.present(List.of("The overall budget"))
        : s < 0.8 ? Recorded.absent() : Recorded.notRecorded());
    return p.build();
  }

  private static Arrangements arrangements(SplittableRandom random, BigDecimal staffRate) {
    Arrangements.Builder b = new Arrangements.Builder();
    for (Arrangement a : Arrangement.values()) {
      b.provision(a, provision(random));
    }
    return b
        .staffHourlyRate(random.nextDouble() < 0.8 ? Recorded.present(staffRate)
            : Recorded.notRecorded())
        .build();
  }

  private static Recorded<List<Risk>> risks(SplittableRandom random) {
    double r = random.nextDouble();
    if (r < 0.2) {
      return Recorded.notRecorded();
    }
    if (r < 0.35) {
      return Recorded.absent();
    }
    List<Risk> risks = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      risks.add(new Risk.Builder().kind(pick(random, RiskKind.values()))
          .carriedBy(random.nextDouble() < 0.6 ? RiskCarrier.SHARED
              : pick(random, RiskCarrier.values()))
          .build());
    }
    return Recorded.present(risks);
  }

  private static LadderPosition ladder(SplittableRandom random) {
    LadderRung[] rungs = LadderRung.values();
    int current = 2 + random.nextInt(5);
    int target = Math.min(rungs.length - 1, current + random.nextInt(3));
    return new LadderPosition.Builder()
        .current(random.nextDouble() < 0.15 ? Recorded.notRecorded()
            : Recorded.present(rungs[current]))
        .target(random.nextDouble() < 0.2 ? Recorded.notRecorded()
            : Recorded.present(rungs[target]))
        .build();
  }

  private static ChecklistResponses checklist(SplittableRandom random, Stage stage) {
    ChecklistResponses.Builder c = new ChecklistResponses.Builder().checklist(DefaultChecklist.ID);
    for (ChecklistItem item : DefaultChecklist.checklist().items()) {
      boolean reached = item.phase() == Phase.BEFORE
          || (item.phase() == Phase.DURING && stage != Stage.PLANNING)
          || (item.phase() == Phase.AFTER && stage == Stage.FINISHED);
      if (!reached || random.nextDouble() < 0.15) {
        continue;
      }
      double r = random.nextDouble();
      Answer answer = r < 0.6 ? Answer.YES : r < 0.75 ? Answer.PARTLY : r < 0.9 ? Answer.NO
          : Answer.NOT_APPLICABLE;
      c.addResponses(new Response.Builder().item(item.id()).answer(answer).build());
    }
    return c.build();
  }

  private static Recorded<List<Reflection>> reflections(SplittableRandom random, Stage stage) {
    if (stage == Stage.PLANNING || random.nextDouble() < 0.2) {
      return Recorded.notRecorded();
    }
    if (random.nextDouble() < 0.3) {
      return Recorded.absent();
    }
    List<Reflection> list = new ArrayList<>();
    list.add(new Reflection.Builder().date(EPOCH.plusDays(random.nextInt(300)))
        .phase(Phase.DURING).roles(EnumSet.of(Role.SERVICE_USER, Role.FRONT_LINE_STAFF))
        .build());
    if (stage == Stage.FINISHED && random.nextBoolean()) {
      list.add(new Reflection.Builder().date(EPOCH.plusDays(300 + random.nextInt(60)))
          .phase(Phase.AFTER).roles(EnumSet.of(Role.SERVICE_USER, Role.SENIOR_MANAGER))
          .build());
    }
    return Recorded.present(list);
  }

  private static Provision provision(SplittableRandom random) {
    double r = random.nextDouble();
    return r < 0.6 ? Provision.present() : r < 0.85 ? Provision.absent()
        : Provision.notRecorded();
  }

  private static Fact fact(SplittableRandom random) {
    double r = random.nextDouble();
    return r < 0.6 ? Fact.PRESENT : r < 0.85 ? Fact.ABSENT : Fact.NOT_RECORDED;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  @Override
  public String toString() {
    return "SyntheticPortfolio[seed " + seed + "]";
  }
}
