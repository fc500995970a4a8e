package io.github.coproduction.core.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Budget;
import io.github.coproduction.core.initiative.Cause;
import io.github.coproduction.core.initiative.CauseKind;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.EventKind;
import io.github.coproduction.core.initiative.Statement;
import io.github.coproduction.core.initiative.StatementKind;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.core.initiative.SessionKind;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Organisation;
import io.github.coproduction.core.initiative.OrganisationKind;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.PaymentResponse;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.Benefit;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeded generators of realistic initiatives for property tests, shared with the other modules
 * through core's test-jar.
 *
 * <p>Every draw comes from the {@link Random} given, so the same seed gives the same initiative.
 * A generated initiative covers the whole model: every fact in every state (present, absent, not
 * recorded), 0 to 30 participants in every role, with and without lived experience, paid by every
 * method at rates below, at and above the staff rate or not paid at all, decisions made by
 * participants, organisations of every kind, every arrangement, risks, reflections, the ladder and
 * answers to the {@linkplain DefaultChecklist default checklist} with every {@link Answer}. Each
 * initiative is drawn with a {@link Tendency}, so that both exemplary and poor records, and both
 * sides of every gap, are common rather than vanishingly rare.
 *
 * <p>Lists inside recorded values (risks, reflections, what is not open to co-production) are
 * Guava {@code ImmutableList}s, which the model keeps as given.
 *
 * <pre>{@code
 * Initiative any = Generators.initiative(Seeds.random(42));
 * Initiative good = Generators.exemplary();     // everything the framework asks for, recorded
 * Initiative bare = Generators.bare();          // only id, title and stage
 * Initiative same = Generators.shuffled(any, new Random(1));  // same facts, other order
 * }</pre>
 */
public final class Generators {

  /**
   * How good an initiative's record tends to be. A draw for a fact is "good" (recorded as in
   * place, or a good value) with probability {@link #good()}, "poor" (recorded as absent, or a
   * poor value) with probability {@link #poor()}, and not recorded otherwise.
   */
  public enum Tendency {
    /** Mostly in place. */
    GOOD(0.85, 0.10),
    /** A mixture. */
    MIXED(0.45, 0.35),
    /** Mostly missing or poor. */
    POOR(0.15, 0.65),
    /** Mostly not recorded. */
    SPARSE(0.10, 0.10);

    private final double good;
    private final double poor;

    Tendency(double good, double poor) {
      this.good = good;
      this.poor = poor;
    }

    /**
     * The probability of a good draw.
     *
     * @return between 0 and 1
     */
    public double good() {
      return good;
    }

    /**
     * The probability of a poor draw.
     *
     * @return between 0 and 1
     */
    public double poor() {
      return poor;
    }

    /**
     * The probability that a fact is not recorded.
     *
     * @return {@code 1 - good() - poor()}
     */
    public double notRecorded() {
      return 1.0 - good - poor;
    }
  }

  /** The maximum number of participants a generated initiative has. */
  public static final int MAX_PARTICIPANTS = 30;

  /** The staff hourly rate in {@link #exemplary()}, at which its participants are paid. */
  public static final BigDecimal EXEMPLARY_RATE = new BigDecimal("25.00");

  private static final List<String> ID_STEMS = List.of("crisis-redesign", "recommission-cmhs",
      "local-strategy", "peer-support-pilot", "eip-review", "crisis-cafe", "discharge-pathway",
      "carers-strategy", "Trust_2026.Q3");

  private static final List<String> TITLES = List.of("Crisis service redesign",
      "Recommissioning community mental health services", "Local mental health strategy",
      "Peer support pilot", "Early intervention in psychosis service review",
      "Crisis cafe co-design", "Hospital discharge pathway", "Carers' strategy refresh");

  private static final List<String> PURPOSES = List.of(
      "Redesign the crisis pathway with the people who use it",
      "Write the specification for the recommissioned community service",
      "Agree local priorities for mental health over five years",
      "Test whether peer workers reduce repeat crisis contacts",
      "Decide how discharge support is organised after a stay in hospital");

  private static final List<Organisation> ORGANISATIONS = List.of(
      organisation("icb", "North Riverside Integrated Care Board", OrganisationKind.STATUTORY),
      organisation("trust", "Riverside NHS Foundation Trust", OrganisationKind.STATUTORY),
      organisation("council", "Riverside City Council", OrganisationKind.STATUTORY),
      organisation("mind", "Riverside Mind", OrganisationKind.VOLUNTARY),
      organisation("carers-centre", "Riverside Carers Centre", OrganisationKind.VOLUNTARY),
      organisation("user-forum", "Riverside Service User Forum", OrganisationKind.USER_LED),
      organisation("hv-group", "Hearing Voices Peer Group", OrganisationKind.PEER_SUPPORT_GROUP),
      organisation("tenants", "Eastside Tenants Association", OrganisationKind.COMMUNITY),
      organisation("provider.1", "Harbour Care Ltd", OrganisationKind.PRIVATE));

  private static final List<String> DECISION_SUBJECTS = List.of("Service specification",
      "Budget allocation", "Evaluation measures", "Opening hours", "Recruitment of peer workers",
      "Choice of provider", "Priorities for the first year");

  private static final List<String> NOT_OPEN = List.of("The overall budget set by the board",
      "Statutory safeguarding duties", "The contract length", "Clinical prescribing decisions");

  private static final List<String> PROVISION_NOTES = List.of(
      "Agreed at the first meeting and revisited each quarter",
      "Commissioned from an independent broker for the whole programme",
      "Peer support worker available after each session",
      "Declined by the finance team pending a policy review",
      "Offered through the local advice service by referral",
      "Programme director attends every third workshop");

  private static final List<String> RESPONSE_NOTES = List.of(
      "Advice service has a waiting list of six weeks",
      "Only partly agreed: staff side still to sign off",
      "Deferred to the next phase by the programme board",
      "Raised at the workshop; no owner yet");

  private static final List<String> EVIDENCE = List.of("minutes 2026-01-12",
      "payment policy v2", "https://example.org/board-paper-17", "email from the sponsor, 3 March");

  private static final List<String> RISK_DESCRIPTIONS = List.of(
      "Reliving a crisis while describing the current pathway",
      "Payment could reduce a participant's Universal Credit",
      "The service could close while the redesign is under way",
      "Venue is not accessible for two members of the group");

  private static final List<String> REFLECTION_NOTES = List.of(
      "Meetings felt more equal once the agenda was written together",
      "Staff worried about losing their role; we talked it through",
      "Too much jargon in the first sessions, now a shared glossary",
      "The timetable moved twice to fit people's health, and that worked");

  private static final List<BigDecimal> STAFF_RATES = List.of(new BigDecimal("18.50"),
      new BigDecimal("22.00"), EXEMPLARY_RATE, new BigDecimal("31.75"), new BigDecimal("40.00"));

  private static final List<Role> LIVED_ROLES = List.of(Role.SERVICE_USER, Role.CARER,
      Role.USER_LED_ORGANISATION, Role.PEER_SUPPORT_GROUP);

  private static final List<Role> NON_LIVED_ROLES = List.of(Role.SENIOR_MANAGER,
      Role.MIDDLE_MANAGER, Role.FRONT_LINE_STAFF, Role.STRATEGIC_LEAD, Role.COMMISSIONER,
      Role.FACILITATOR, Role.OTHER);

  /**
   * Role weights for a mixed group, in {@link Role} order: service user, carer, user-led
   * organisation, peer support group, peer worker, peer researcher, public co-applicant, senior
   * manager, middle manager, front-line staff, strategic lead, commissioner, community member,
   * facilitator, other.
   */
  private static final int[] ROLE_WEIGHTS = {6, 3, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1};

  static {
    if (ROLE_WEIGHTS.length != Role.values().length) {
      throw new IllegalStateException("ROLE_WEIGHTS needs one weight for each Role");
    }
  }

  private Generators() {}

  // ---------------------------------------------------------------------------------------------
  // Whole initiatives

  /**
   * A random initiative for a seed.
   *
   * @param seed the seed
   * @return the initiative; the same for the same seed
   */
  public static Initiative initiative(long seed) {
    return initiative(Seeds.random(seed));
  }

  /**
   * A random initiative, with a random {@link Tendency}.
   *
   * @param random the random source
   * @return the initiative
   */
  public static Initiative initiative(Random random) {
    return initiative(random, tendency(random));
  }

  /**
   * A random initiative whose record tends one way.
   *
   * @param random the random source
   * @param tendency how good the record tends to be
   * @return the initiative
   */
  public static Initiative initiative(Random random, Tendency tendency) {
    requireNonNull(random, "random");
    requireNonNull(tendency, "tendency");
    Initiative.Builder b = new Initiative.Builder()
        .id(pick(random, ID_STEMS) + "-" + (1 + random.nextInt(999)))
        .title(pick(random, TITLES))
        .stage(pick(random, Stage.values()))
        .purpose(recorded(random, tendency, r -> pick(r, PURPOSES), r -> pick(r, PURPOSES)));
    // The service scopes only, in the order they were always drawn, so that seeds keep their
    // initiatives; research is a scope of its own, assessed under the research profile.
    for (Scope scope : List.of(Scope.DESIGN, Scope.COMMISSIONING, Scope.DELIVERY)) {
      if (random.nextBoolean()) {
        b.addScopes(scope);
      }
    }
    List<Organisation> organisations = organisations(random);
    List<String> orgIds = organisations.stream().map(Organisation::id).toList();
    BigDecimal staffRate = pick(random, STAFF_RATES);
    List<Participant> participants = participants(random, tendency, orgIds, staffRate);
    b.organisations(organisations)
        .participants(participants)
        .power(power(random, tendency, participants))
        .arrangements(random.nextInt(100) < 15 ? Arrangements.notRecorded()
            : arrangements(random, tendency, orgIds, staffRate))
        .vision(vision(random, tendency))
        .risks(risks(random, tendency))
        .continuity(recorded(random, tendency, r -> Continuity.ONGOING, r -> Continuity.ONE_OFF))
        .claimsCoproduction(fact(random, 0.55, 0.20))
        .ladder(ladder(random, tendency))
        .reflections(reflections(random, tendency));
    if (random.nextInt(100) >= 20) {
      b.checklist(checklistResponses(random, tendency, DefaultChecklist.checklist()));
    }
    // Drawn last, from a random of their own, so that everything above is as it always was.
    Random activity = new Random(random.nextLong());
    Power power = withBodiesAndAreas(activity, tendency, b.build().power(), participants);
    b.power(power).sessions(sessions(activity, tendency, power, participants));
    b.events(events(activity, participants, power.decisions().size()))
        .statements(statements(activity, participants));
    if (activity.nextInt(10) == 0) {
      b.addScopes(Scope.RESEARCH);
    }
    // drawn last, so that everything above is what the same seed gave before steering
    return steered(b.build(), random.nextInt(100), staffRate);
  }

  /**
   * What happened, in 1 initiative in 5: one or two dated events of any kind, affecting a
   * participant, sometimes caused by an institutional system. Drawn after everything else from
   * the activity source, so that the rest of an initiative is what the same seed always gave.
   */
  private static List<Event> events(Random random, List<Participant> participants,
      int decisions) {
    if (participants.isEmpty() || random.nextInt(5) != 0) {
      return List.of();
    }
    List<Event> events = new ArrayList<>();
    int n = 1 + random.nextInt(2);
    for (int k = 0; k < n; k++) {
      Event.Builder e = new Event.Builder()
          .date(java.time.LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)))
          .kind(pick(random, EventKind.values()))
          .addAffected(pick(random, participants).ref());
      int cause = random.nextInt(4);
      if (cause == 0 || cause == 1) {
        e.cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM));
      } else if (cause == 2 && decisions > 0) {
        e.cause(new Cause.Builder().kind(CauseKind.DECISION)
            .decision(Integer.toString(random.nextInt(decisions))).build());
      } else if (cause == 3) {
        e.cause(new Cause.Builder().kind(CauseKind.ROLE).role(Role.SENIOR_MANAGER).build());
      }
      if (random.nextBoolean()) {
        e.until(java.time.LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      if (random.nextBoolean()) {
        e.addElements(pick(random, List.of("S1.2", "S3.8", "S2.6")));
      }
      if (random.nextBoolean()) {
        e.description(pick(random, List.of("Approvals stalled", "Paid two months late",
            "A heated meeting")));
      }
      events.add(e.build());
    }
    return events;
  }

  /** Partners' words, in 1 initiative in 6: one statement of any kind by any participant. */
  private static List<Statement> statements(Random random, List<Participant> participants) {
    if (participants.isEmpty() || random.nextInt(6) != 0) {
      return List.of();
    }
    return List.of(new Statement.Builder()
        .by(pick(random, participants).ref())
        .date(java.time.LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)))
        .kind(pick(random, StatementKind.values()))
        .quote(pick(random, QUOTES))
        .addElements(pick(random, List.of("S3.3", "S3.1", "S1.1")))
        .build());
  }

  private static final List<String> QUOTES = List.of("a sense of us and them",
      "we were told after it was decided", "listened to as equals", "trusted by some, not others");

  /**
   * Steers some initiatives into the cases the rules must get right and that free draws rarely
   * reach: 8 in 100 become tokenistic (everyone with lived experience kept out of decisions), 12
   * in 100 pay a person with lived experience a fee one penny below the staff rate, 6 in 100
   * leave one checklist phase unanswered (each only where the initiative has someone with lived
   * experience, or a checklist). {@code GeneratorCoverageTest} (rules) measures the
   * shares and asserts a minimum for each.
   */
  private static Initiative steered(Initiative i, int n, BigDecimal staffRate) {
    List<Participant> participants = i.participants();
    boolean anyLived = participants.stream().anyMatch(Participant::hasLivedExperience);
    boolean anyPartner = participants.stream().anyMatch(Participant::isLivedExperiencePartner);
    if (n < 8 && anyPartner) {
      // Partners kept out of every decision and every session where decisions are taken: each
      // decision keeps its place (sessions name decisions by index), made by staff alone.
      Set<String> lived = new LinkedHashSet<>();
      List<Participant> kept = new ArrayList<>();
      for (Participant p : participants) {
        if (p.isLivedExperiencePartner() || p.hasLivedExperience()) {
          lived.add(p.ref());
          kept.add(new Participant.Builder().from(p).decisionMaker(Fact.ABSENT).build());
        } else {
          kept.add(p);
        }
      }
      List<Decision> decisions = new ArrayList<>();
      for (Decision d : i.power().decisions()) {
        List<String> madeBy = d.madeBy().stream().filter(r -> !lived.contains(r)).toList();
        Decision.Builder staffOnly = new Decision.Builder().from(d).madeBy(madeBy)
            .roles(d.roles().stream().filter(r -> r.isStaff()).toList()).body(Optional.empty());
        if (madeBy.isEmpty() && d.roles().stream().noneMatch(Role::isStaff)) {
          staffOnly.roles(List.of(Role.SENIOR_MANAGER));
        }
        decisions.add(staffOnly.build());
      }
      List<Session> sessions = new ArrayList<>();
      for (Session s : i.sessions()) {
        sessions.add(new Session.Builder().from(s).bodies(List.of())
            .attendees(s.attendees().stream().filter(r -> !lived.contains(r)).toList()).build());
      }
      return new Initiative.Builder().from(i).participants(kept).sessions(sessions)
          .power(new Power.Builder().from(i.power()).decisions(decisions).build()).build();
    }
    if (n < 20 && anyLived) {
      List<Participant> paid = new ArrayList<>(participants);
      for (int k = 0; k < paid.size(); k++) {
        Participant p = paid.get(k);
        if (p.hasLivedExperience()) {
          paid.set(k, new Participant.Builder().from(p).payment(Recorded.present(
              new Payment.Builder().method(PaymentMethod.FEE)
                  .hourlyRate(staffRate.subtract(new BigDecimal("0.01"))).build())).build());
          break;
        }
      }
      return new Initiative.Builder().from(i).participants(paid)
          .arrangements(new Arrangements.Builder().from(i.arrangements())
              .staffHourlyRate(Recorded.present(staffRate)).build())
          .build();
    }
    if (n < 26 && i.checklist().isPresent()) {
      Phase phase = Phase.values()[n % Phase.values().length];
      Set<String> inPhase = new LinkedHashSet<>();
      for (ChecklistItem item : DefaultChecklist.checklist().items()) {
        if (item.phase() == phase) {
          inPhase.add(item.id());
        }
      }
      ChecklistResponses c = i.checklist().get();
      return new Initiative.Builder().from(i).checklist(new ChecklistResponses.Builder().from(c)
          .responses(c.responses().stream().filter(r -> !inPhase.contains(r.item())).toList())
          .build()).build();
    }
    return i;
  }

  /**
   * Bodies (a programme board, staff only or with partners, or with members not recorded) and
   * decisions that name a body or roles, carry an id or say what they are about.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param power the power to add to
   * @param participants the participants
   * @return the power with bodies and richer decisions
   */
  public static Power withBodiesAndAreas(Random random, Tendency tendency, Power power,
      List<Participant> participants) {
    List<Body> bodies = new ArrayList<>();
    if (random.nextInt(10) < 4) {
      Body.Builder board = new Body.Builder().id("programme-board").name("Programme board")
          .addRoles(Role.SENIOR_MANAGER, Role.COMMISSIONER);
      int n = random.nextInt(10);
      if (n < 2) {
        board.roles(Set.of());
      } else if (random.nextDouble() < tendency.good()) {
        board.addRoles(pick(random, LIVED_ROLES));
      }
      if (random.nextBoolean()) {
        board.members(3 + random.nextInt(9));
      }
      bodies.add(board.build());
    }
    List<Decision> decisions = new ArrayList<>();
    int d = 0;
    for (Decision decision : power.decisions()) {
      Decision.Builder b = new Decision.Builder().from(decision);
      if (random.nextInt(10) < 3) {
        b.area(pick(random, DecisionArea.values()));
      }
      if (random.nextInt(10) < 2) {
        b.id("d" + d);
      }
      int how = random.nextInt(10);
      if (how < 2 && !bodies.isEmpty()) {
        b.body(bodies.get(0).id());
        if (random.nextBoolean()) {
          b.madeBy(Set.of());
        }
      } else if (how < 3) {
        b.madeBy(Set.of()).addRoles(pick(random, NON_LIVED_ROLES));
        if (random.nextDouble() < tendency.good()) {
          b.addRoles(pick(random, LIVED_ROLES));
        }
      }
      decisions.add(b.build());
      d++;
    }
    return new Power.Builder().from(power).bodies(bodies).decisions(decisions).build();
  }

  /**
   * Dated sessions, half the time: workshops, meetings and boards a fortnight apart, attended by
   * some participants or a body, with papers sent some days before (or after, or not recorded),
   * each taking some of the decisions.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param power the power whose bodies and decisions sessions may name
   * @param participants the participants
   * @return the sessions, possibly none
   */
  public static List<Session> sessions(Random random, Tendency tendency, Power power,
      List<Participant> participants) {
    if (participants.isEmpty() || random.nextBoolean()) {
      return List.of();
    }
    List<String> refs = participants.stream().map(Participant::ref).toList();
    List<String> partners = participants.stream().filter(Participant::isLivedExperiencePartner)
        .map(Participant::ref).toList();
    int count = 1 + random.nextInt(5);
    List<Session.Builder> sessions = new ArrayList<>();
    LocalDate date = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(60));
    for (int s = 0; s < count; s++) {
      Session.Builder b = new Session.Builder().date(date).kind(pick(random, SessionKind.values()));
      int who = random.nextInt(10);
      if (who < 2 && !power.bodies().isEmpty()) {
        b.addBodies(power.bodies().get(0).id());
      } else if (who < 9) {
        Set<String> attendees = new LinkedHashSet<>(some(random, refs, 1,
            Math.min(5, refs.size())));
        if (!partners.isEmpty() && random.nextDouble() < tendency.good()) {
          attendees.add(pick(random, partners));
        }
        b.attendees(attendees);
      }
      int papers = random.nextInt(10);
      if (papers < 7) {
        b.papersSent(date.minusDays(random.nextInt(papers < 5 ? 15 : 3)));
      }
      sessions.add(b);
      date = date.plusDays(7 + random.nextInt(28));
    }
    List<Decision> decisions = power.decisions();
    for (int d = 0; d < decisions.size(); d++) {
      if (random.nextInt(10) < 6) {
        sessions.get(random.nextInt(count)).addDecisions(decisions.get(d).id()
            .orElse(Integer.toString(d)));
      }
    }
    return sessions.stream().<Session>map(Session.Builder::build).toList();
  }

  /**
   * An initiative with everything the framework asks for recorded as present: lived-experience
   * participants paid a fee at parity with the staff rate ({@link #EXEMPLARY_RATE}), with
   * independent welfare benefits advice, sitting where decisions are made and named in every
   * decision; the problem defined by service users, carers and staff; what is not open to
   * co-production stated; every arrangement in place; risks named and shared; a co-produced,
   * informed vision; co-production ongoing, claimed, and on the top rung now and as target; three
   * dated sessions with partners, papers sent a week before, each taking a decision; every
   * item of the default checklist answered yes; reflections during and after; finished.
   *
   * @return the initiative, the same every time
   */
  public static Initiative exemplary() {
    Payment fee = new Payment.Builder().method(PaymentMethod.FEE).hourlyRate(EXEMPLARY_RATE)
        .expensesCovered(Fact.PRESENT).build();
    Payment salary = new Payment.Builder().method(PaymentMethod.SALARIED)
        .hourlyRate(EXEMPLARY_RATE).expensesCovered(Fact.PRESENT).build();
    List<Participant> participants = List.of(
        participant("P01", Role.SERVICE_USER, LivedExperience.SERVICE_USER, fee, "user-forum"),
        participant("P02", Role.CARER, LivedExperience.CARER, fee, "carers-centre"),
        participant("P03", Role.PEER_SUPPORT_GROUP, LivedExperience.SERVICE_USER_AND_CARER, fee,
            "hv-group"),
        participant("S01", Role.COMMISSIONER, LivedExperience.NONE, salary, "icb"),
        participant("S02", Role.FRONT_LINE_STAFF, LivedExperience.NONE, salary, "trust"),
        participant("S03", Role.SENIOR_MANAGER, LivedExperience.NONE, salary, "trust"),
        participant("F01", Role.FACILITATOR, LivedExperience.NONE, fee, "user-forum"));
    Arrangements.Builder arrangements = new Arrangements.Builder();
    for (Arrangement a : Arrangement.values()) {
      arrangements.provision(a, Provision.present());
    }
    arrangements
        .paymentPolicy(Provision.present("Fee at the staff rate, agreed before the first meeting"))
        .welfareBenefitsAdvice(Provision.present("Independent advice from the local welfare"
            + " rights service"))
        .emotionalSupport(Provision.present("Peer support worker available after each session"))
        .groundRules(Provision.present("Agreed at the first meeting and revisited each quarter"))
        .staffHourlyRate(Recorded.present(EXEMPLARY_RATE))
        .budget(Recorded.present(new Budget.Builder().amount(new BigDecimal("15000"))
            .heldBy("icb").build()));
    ChecklistResponses.Builder answers = new ChecklistResponses.Builder()
        .checklist(DefaultChecklist.ID);
    for (ChecklistItem item : DefaultChecklist.checklist().items()) {
      answers.addResponses(new Response.Builder().item(item.id()).answer(Answer.YES).build());
    }
    Set<Role> everyone = EnumSet.of(Role.SERVICE_USER, Role.CARER, Role.PEER_SUPPORT_GROUP,
        Role.COMMISSIONER, Role.FRONT_LINE_STAFF, Role.SENIOR_MANAGER);
    return new Initiative.Builder()
        .id("crisis-redesign-exemplary")
        .title("Crisis service redesign")
        .purpose(Recorded.present("Redesign the crisis pathway with the people who use it"))
        .addScopes(Scope.DESIGN, Scope.COMMISSIONING)
        .stage(Stage.FINISHED)
        .organisations(List.of(byId("icb"), byId("trust"), byId("user-forum"),
            byId("carers-centre"), byId("hv-group")))
        .participants(participants)
        .power(new Power.Builder()
            .problemDefinedBy(Recorded.present(EnumSet.of(Role.SERVICE_USER, Role.CARER,
                Role.FRONT_LINE_STAFF, Role.COMMISSIONER)))
            .addDecisions(
                decision("Service specification", "P01", "P02", "S01"),
                decision("Budget allocation", "P03", "S01", "S03"),
                decision("Evaluation measures", "P01", "P02", "P03", "S02"))
            .notOpenToCoproduction(Recorded.present(ImmutableList.of(
                "Statutory safeguarding duties", "The contract length")))
            .build())
        .sessions(List.of(
            session("2026-01-13", SessionKind.WORKSHOP, "0", "P01", "P02", "P03", "S01", "S02"),
            session("2026-02-10", SessionKind.MEETING, "1", "P01", "P03", "S01", "S03"),
            session("2026-03-10", SessionKind.WORKSHOP, "2", "P01", "P02", "P03", "S02")))
        .arrangements(arrangements.build())
        .vision(new Vision.Builder().coProduced(Fact.PRESENT)
            .informedByLivedExperience(Fact.PRESENT).build())
        .risks(Recorded.present(ImmutableList.of(
            risk(RiskKind.WELLBEING, RiskCarrier.SHARED),
            risk(RiskKind.WELFARE_BENEFITS, RiskCarrier.SHARED),
            risk(RiskKind.SERVICE, RiskCarrier.SHARED))))
        .continuity(Recorded.present(Continuity.ONGOING))
        .claimsCoproduction(Fact.PRESENT)
        .ladder(new LadderPosition.Builder().current(Recorded.present(LadderRung.CO_PRODUCTION))
            .target(Recorded.present(LadderRung.CO_PRODUCTION)).build())
        .checklist(answers.build())
        .reflections(Recorded.present(ImmutableList.of(
            new Reflection.Builder().date(LocalDate.parse("2026-02-10")).phase(Phase.DURING)
                .roles(everyone).build(),
            new Reflection.Builder().date(LocalDate.parse("2026-06-30")).phase(Phase.AFTER)
                .roles(everyone).note("Meetings felt more equal once the agenda was written"
                    + " together").build())))
        .addStatements(new Statement.Builder().by("P01").date(LocalDate.parse("2026-06-30"))
            .kind(StatementKind.APPRECIATION).quote("listened to as equals")
            .addElements("S3.3", "S3.1").build())
        .build();
  }

  /**
   * An initiative with only its id, title and stage ({@link Stage#PLANNING}): everything else
   * not recorded.
   *
   * @return the initiative
   */
  public static Initiative bare() {
    return bare(Stage.PLANNING);
  }

  /**
   * An initiative with only its id, title and stage: everything else not recorded.
   *
   * @param stage the stage
   * @return the initiative
   */
  public static Initiative bare(Stage stage) {
    return new Initiative.Builder().id("bare").title("An initiative with nothing recorded")
        .stage(stage).build();
  }

  /**
   * The same initiative with its participants, and its checklist responses, in another order.
   * Nothing else changes: a property that holds for {@code i} should hold for the result.
   *
   * @param initiative the initiative
   * @param random the random source for the new order
   * @return the reordered initiative
   */
  public static Initiative shuffled(Initiative initiative, Random random) {
    requireNonNull(random, "random");
    List<Participant> participants = new ArrayList<>(initiative.participants());
    Collections.shuffle(participants, random);
    Initiative.Builder b = new Initiative.Builder().from(initiative).participants(participants);
    initiative.checklist().ifPresent(c -> {
      List<Response> responses = new ArrayList<>(c.responses());
      Collections.shuffle(responses, random);
      b.checklist(new ChecklistResponses.Builder().from(c).responses(responses).build());
    });
    return b.build();
  }

  /**
   * The same initiative with participants sorted by reference and checklist responses by item
   * id: two initiatives that differ only in those orders are equal once put in canonical order.
   *
   * @param initiative the initiative
   * @return the initiative in canonical order
   */
  public static Initiative inCanonicalOrder(Initiative initiative) {
    List<Participant> participants = new ArrayList<>(initiative.participants());
    participants.sort(Comparator.comparing(Participant::ref));
    Initiative.Builder b = new Initiative.Builder().from(initiative).participants(participants);
    initiative.checklist().ifPresent(c -> {
      List<Response> responses = new ArrayList<>(c.responses());
      responses.sort(Comparator.comparing(Response::item));
      b.checklist(new ChecklistResponses.Builder().from(c).responses(responses).build());
    });
    return b.build();
  }

  /**
   * Every provision of some arrangements by attribute name, in declaration order; for coverage
   * statistics and for rules that treat the provisions alike.
   *
   * @param a the arrangements
   * @return every provision by document name, such as {@code "groundRules"}
   */
  public static Map<String, Provision> provisions(Arrangements a) {
    Map<String, Provision> all = new LinkedHashMap<>();
    a.provisions().forEach((arrangement, p) -> all.put(arrangement.documentName(), p));
    return Collections.unmodifiableMap(all);
  }

  // ---------------------------------------------------------------------------------------------
  // Parts

  /**
   * A tendency: good 25%, mixed 35%, poor 20%, sparse 20%.
   *
   * @param random the random source
   * @return the tendency
   */
  public static Tendency tendency(Random random) {
    int n = random.nextInt(100);
    return n < 25 ? Tendency.GOOD : n < 60 ? Tendency.MIXED : n < 80 ? Tendency.POOR
        : Tendency.SPARSE;
  }

  /**
   * A fact: present when the draw is good, absent when poor, otherwise not recorded.
   *
   * @param random the random source
   * @param tendency the tendency
   * @return the fact
   */
  public static Fact fact(Random random, Tendency tendency) {
    return fact(random, tendency.good(), tendency.poor());
  }

  private static Fact fact(Random random, double present, double absent) {
    double d = random.nextDouble();
    return d < present ? Fact.PRESENT : d < present + absent ? Fact.ABSENT : Fact.NOT_RECORDED;
  }

  /**
   * A provision: present when the draw is good, absent when poor, otherwise not recorded; a
   * recorded provision has a note one time in three.
   *
   * @param random the random source
   * @param tendency the tendency
   * @return the provision
   */
  public static Provision provision(Random random, Tendency tendency) {
    Fact fact = fact(random, tendency);
    Optional<String> note = fact.isRecorded() && random.nextInt(3) == 0
        ? Optional.of(pick(random, PROVISION_NOTES)) : Optional.empty();
    return Provision.of(fact, note);
  }

  /**
   * A recorded value: a good value when the draw is good; when it is poor, a poor value three
   * times in four and absent otherwise; not recorded otherwise.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param good draws a good value
   * @param poor draws a poor value
   * @param <T> the type of the value
   * @return the recorded value
   */
  public static <T> Recorded<T> recorded(Random random, Tendency tendency,
      Function<Random, T> good, Function<Random, T> poor) {
    Fact fact = fact(random, tendency);
    if (fact == Fact.PRESENT) {
      return Recorded.present(good.apply(random));
    }
    if (fact == Fact.ABSENT) {
      return random.nextInt(4) == 0 ? Recorded.absent() : Recorded.present(poor.apply(random));
    }
    return Recorded.notRecorded();
  }

  /**
   * Up to five organisations with unique ids, of every kind across draws.
   *
   * @param random the random source
   * @return the organisations, possibly none
   */
  public static List<Organisation> organisations(Random random) {
    List<Organisation> pool = new ArrayList<>(ORGANISATIONS);
    Collections.shuffle(pool, random);
    return List.copyOf(pool.subList(0, random.nextInt(6)));
  }

  /**
   * Between 0 and {@value #MAX_PARTICIPANTS} participants with unique pseudonymous references.
   * One group in six has nobody with lived experience; otherwise the roles are mixed, and lived
   * experience, payment and a seat where decisions are made follow the tendency.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param organisationIds the ids participants may name as their organisation
   * @param staffRate the staff hourly rate that fees are set against
   * @return the participants
   */
  public static List<Participant> participants(Random random, Tendency tendency,
      List<String> organisationIds, BigDecimal staffRate) {
    int n = random.nextInt(100);
    int count = n < 10 ? 0 : n < 65 ? 1 + random.nextInt(12)
        : 13 + random.nextInt(MAX_PARTICIPANTS - 12);
    boolean nobodyLived = random.nextInt(6) == 0;
    List<Participant> participants = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      Role role = nobodyLived ? pick(random, NON_LIVED_ROLES) : weightedRole(random);
      participants.add(participant(random, tendency, ref(random, role, i), role, nobodyLived,
          organisationIds, staffRate));
    }
    return List.copyOf(participants);
  }

  private static Participant participant(Random random, Tendency tendency, String ref, Role role,
      boolean nobodyLived, List<String> organisationIds, BigDecimal staffRate) {
    Recorded<LivedExperience> lived = nobodyLived
        ? pick(random, List.of(Recorded.present(LivedExperience.NONE), Recorded.absent(),
            Recorded.notRecorded()))
        : livedExperience(random, role);
    boolean livedRole = LIVED_ROLES.contains(role) || role == Role.COMMUNITY_MEMBER;
    boolean bringsLived = lived.value().map(LivedExperience::isLived).orElse(false);
    Participant.Builder b = new Participant.Builder().ref(ref).role(role)
        .livedExperience(lived)
        .payment(role.isStaff() && !bringsLived
            ? staffPayment(random, staffRate)
            : involvementPayment(random, tendency, staffRate))
        .decisionMaker(livedRole || bringsLived ? fact(random, tendency)
            : fact(random, 0.6, 0.2));
    if (!organisationIds.isEmpty() && random.nextInt(10) < 6) {
      b.organisation(pick(random, organisationIds));
    }
    // Benefits with an earnings rule, derived from the reference (no new draw): sensitive and
    // optional, so most participants have none recorded.
    int mark = Math.floorMod(ref.hashCode(), 8);
    if (bringsLived && mark < 3) {
      b.benefits(Recorded.present(java.util.Set.of(mark == 0 ? Benefit.CARERS_ALLOWANCE
          : mark == 1 ? Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE : Benefit.UNIVERSAL_CREDIT)));
    } else if (bringsLived && mark == 3) {
      b.benefits(Recorded.absent());
    }
    return b.build();
  }

  private static Recorded<LivedExperience> livedExperience(Random random, Role role) {
    int n = random.nextInt(100);
    if (role == Role.SERVICE_USER || role == Role.CARER) {
      LivedExperience own = role == Role.SERVICE_USER ? LivedExperience.SERVICE_USER
          : LivedExperience.CARER;
      return n < 60 ? Recorded.present(own)
          : n < 75 ? Recorded.present(LivedExperience.SERVICE_USER_AND_CARER)
          : n < 95 ? Recorded.notRecorded() : Recorded.absent();
    }
    if (LIVED_ROLES.contains(role)) {
      return n < 75 ? Recorded.present(pick(random, List.of(LivedExperience.SERVICE_USER,
          LivedExperience.CARER, LivedExperience.SERVICE_USER_AND_CARER)))
          : n < 95 ? Recorded.notRecorded() : Recorded.absent();
    }
    if (role.isStaff()) {
      return n < 45 ? Recorded.present(LivedExperience.NONE)
          : n < 80 ? Recorded.notRecorded() : n < 90 ? Recorded.absent()
          : Recorded.present(pick(random, List.of(LivedExperience.SERVICE_USER,
              LivedExperience.CARER, LivedExperience.SERVICE_USER_AND_CARER)));
    }
    return pick(random, List.of(Recorded.present(pick(random, LivedExperience.values())),
        Recorded.absent(), Recorded.notRecorded()));
  }

  private static Recorded<Payment> staffPayment(Random random, BigDecimal staffRate) {
    int n = random.nextInt(100);
    if (n < 70) {
      return Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED)
          .hourlyRate(staffRate).expensesCovered(fact(random, 0.5, 0.2)).build());
    }
    if (n < 80) {
      return Recorded.present(new Payment.Builder().method(PaymentMethod.SALARIED).build());
    }
    return n < 95 ? Recorded.notRecorded() : Recorded.absent();
  }

  /** Payment for involvement: good is a fee at or above parity, poor is below it or none. */
  /** The staff grade a generated payment may name, a key of the generated staff rates. */
  public static final String STAFF_GRADE = "band-5";

  private static Recorded<Payment> involvementPayment(Random random, Tendency tendency,
      BigDecimal staffRate) {
    Fact draw = fact(random, tendency);
    Fact expenses = fact(random, tendency);
    if (draw == Fact.NOT_RECORDED) {
      return Recorded.notRecorded();
    }
    Payment.Builder b = new Payment.Builder().expensesCovered(expenses);
    int n = random.nextInt(100);
    if (draw == Fact.PRESENT) {
      // one in ten through payroll: the same money as a fee, by another route
      b.method(n % 10 == 9 ? PaymentMethod.PAYROLL : PaymentMethod.FEE);
      // timeliness and time per week from the same draw: late, on time or not recorded
      if (n % 4 == 0) {
        b.timeliness(PaymentTimeliness.LATE);
      } else if (n % 4 == 1) {
        b.timeliness(PaymentTimeliness.ON_TIME);
      }
      if (n % 3 == 0) {
        b.perWeek(BigDecimal.valueOf(4 + n % 13));
      }
      if (n % 6 == 5) {
        b.response(PaymentResponse.ACCEPTED);
      }
      if (n % 5 == 2) {
        b.grade(STAFF_GRADE);   // compared with the staff rate of that grade
      }
      if (n < 70) {
        b.hourlyRate(staffRate);
      } else if (n < 85) {
        b.hourlyRate(staffRate.add(new BigDecimal("5.00")));
      }
      return Recorded.present(b.build());
    }
    if (n < 25) {
      return Recorded.absent();
    }
    if (n < 30) {
      return Recorded.present(new Payment.Builder().response(n < 28
          ? PaymentResponse.DECLINED_AFTER_ADVICE : PaymentResponse.DECLINED_WITHOUT_ADVICE)
          .expensesCovered(expenses).build());
    }
    if (n < 60) {
      return Recorded.present(b.method(PaymentMethod.FEE)
          .hourlyRate(staffRate.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)).build());
    }
    if (n < 70) {
      return Recorded.present(b.method(PaymentMethod.FEE).hourlyRate(BigDecimal.ZERO).build());
    }
    if (n < 85) {
      b.method(PaymentMethod.VOUCHER);
      if (random.nextBoolean()) {
        b.hourlyRate(new BigDecimal("10.00"));
      }
      return Recorded.present(b.build());
    }
    return Recorded.present(b.method(PaymentMethod.EXPENSES_ONLY).build());
  }

  /**
   * Power: who defined the problem (with or without service users and carers), up to four
   * decisions made by the participants given, and what is not open to co-production.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param participants the participants decisions may name
   * @return the power
   */
  public static Power power(Random random, Tendency tendency, List<Participant> participants) {
    Power.Builder b = new Power.Builder()
        .problemDefinedBy(recorded(random, tendency, r -> roles(r, true), r -> roles(r, false)))
        .notOpenToCoproduction(notOpenToCoproduction(random, tendency));
    if (!participants.isEmpty()) {
      List<String> refs = participants.stream().map(Participant::ref).toList();
      List<String> lived = participants.stream().filter(Participant::hasLivedExperience)
          .map(Participant::ref).toList();
      int decisions = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(4);
      List<String> subjects = some(random, DECISION_SUBJECTS, decisions, decisions);
      for (String subject : subjects) {
        Set<String> madeBy = new LinkedHashSet<>(some(random, refs, 1, Math.min(4, refs.size())));
        if (!lived.isEmpty() && random.nextDouble() < tendency.good()) {
          madeBy.add(pick(random, lived));
        }
        b.addDecisions(new Decision.Builder().subject(subject).madeBy(madeBy).build());
      }
    }
    return b.build();
  }

  /** Good: stated, sometimes as "everything is open"; poor: never stated. */
  private static Recorded<List<String>> notOpenToCoproduction(Random random, Tendency tendency) {
    Fact fact = fact(random, tendency);
    if (fact == Fact.PRESENT) {
      return Recorded.present(random.nextInt(4) == 0 ? ImmutableList.of()
          : ImmutableList.copyOf(some(random, NOT_OPEN, 1, 3)));
    }
    return fact == Fact.ABSENT ? Recorded.absent() : Recorded.notRecorded();
  }

  private static Set<Role> roles(Random random, boolean withLivedExperience) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.add(pick(random, List.of(Role.COMMISSIONER, Role.STRATEGIC_LEAD, Role.SENIOR_MANAGER)));
    if (random.nextBoolean()) {
      roles.add(pick(random, NON_LIVED_ROLES));
    }
    if (withLivedExperience) {
      roles.add(pick(random, LIVED_ROLES));
      if (random.nextBoolean()) {
        roles.add(pick(random, LIVED_ROLES));
      }
    }
    return roles;
  }

  /**
   * Arrangements: each provision following the tendency, the staff rate, and a budget held by
   * one of the organisations given, or by nobody recorded.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param organisationIds the ids a budget may name as its holder
   * @param staffRate the staff hourly rate, when recorded
   * @return the arrangements
   */
  public static Arrangements arrangements(Random random, Tendency tendency,
      List<String> organisationIds, BigDecimal staffRate) {
    Arrangements.Builder b = new Arrangements.Builder();
    for (Arrangement a : Arrangement.values()) {
      b.provision(a, provision(random, tendency));
    }
    b.staffHourlyRate(recorded(random, tendency, r -> staffRate, r -> staffRate))
        .budget(recorded(random, tendency, r -> budget(r, organisationIds),
            r -> new Budget.Builder().amount(BigDecimal.ZERO).build()));
    // Whether paid staff take part, derived from draws already made (no new draw, so that the
    // rest of a seed's initiative is as before): one in five records an all-volunteer group.
    int mark = staffRate.intValue() + organisationIds.size();
    b.paidStaff(mark % 5 == 0 ? Fact.ABSENT : mark % 5 == 1 ? Fact.PRESENT : Fact.NOT_RECORDED);
    if (mark % 3 != 0) {
      b.putStaffRates(STAFF_GRADE, staffRate);
    }
    return b.build();
  }

  private static Budget budget(Random random, List<String> organisationIds) {
    Budget.Builder b = new Budget.Builder()
        .amount(BigDecimal.valueOf(500L * (1 + random.nextInt(200))));
    if (!organisationIds.isEmpty() && random.nextInt(10) < 7) {
      b.heldBy(pick(random, organisationIds));
    }
    return b.build();
  }

  /**
   * The vision: co-produced and informed by lived experience, or not, or not recorded.
   *
   * @param random the random source
   * @param tendency the tendency
   * @return the vision
   */
  public static Vision vision(Random random, Tendency tendency) {
    return new Vision.Builder().coProduced(fact(random, tendency))
        .informedByLivedExperience(fact(random, tendency)).build();
  }

  /**
   * Risks: good draws are named and mostly shared, poor ones carried by one side, or recorded as
   * none named.
   *
   * @param random the random source
   * @param tendency the tendency
   * @return the recorded risks; a present list is never empty
   */
  public static Recorded<List<Risk>> risks(Random random, Tendency tendency) {
    return recorded(random, tendency, r -> riskList(r, 0.8), r -> riskList(r, 0.1));
  }

  private static List<Risk> riskList(Random random, double shared) {
    List<Risk> risks = new ArrayList<>();
    for (RiskKind kind : some(random, List.of(RiskKind.values()), 1, 4)) {
      Risk.Builder b = new Risk.Builder().kind(kind).carriedBy(random.nextDouble() < shared
          ? RiskCarrier.SHARED
          : pick(random, List.of(RiskCarrier.ORGANISATIONS, RiskCarrier.PARTICIPANTS)));
      if (random.nextBoolean()) {
        b.description(pick(random, RISK_DESCRIPTIONS));
      }
      risks.add(b.build());
    }
    return ImmutableList.copyOf(risks);
  }

  /**
   * The ladder: good draws on the top two rungs aiming at co-production, poor ones lower.
   *
   * @param random the random source
   * @param tendency the tendency
   * @return the position
   */
  public static LadderPosition ladder(Random random, Tendency tendency) {
    LadderRung[] rungs = LadderRung.values();
    return new LadderPosition.Builder()
        .current(recorded(random, tendency, r -> rungs[5 + r.nextInt(2)],
            r -> rungs[r.nextInt(5)]))
        .target(recorded(random, tendency, r -> LadderRung.CO_PRODUCTION,
            r -> rungs[r.nextInt(rungs.length)]))
        .build();
  }

  /**
   * Answers to a checklist: all its items or some, each answered yes or not applicable when the
   * draw is good, no, partly or an explicit unanswered when poor, and left out otherwise; some
   * with notes and evidence; in checklist order or not.
   *
   * @param random the random source
   * @param tendency the tendency
   * @param checklist the checklist answered
   * @return the responses, to items of that checklist only
   */
  public static ChecklistResponses checklistResponses(Random random, Tendency tendency,
      Checklist checklist) {
    boolean all = random.nextInt(10) < 3;
    List<Response> responses = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      if (!all && random.nextInt(10) < 4) {
        continue;
      }
      Fact draw = fact(random, tendency);
      int n = random.nextInt(100);
      Answer answer;
      if (draw == Fact.PRESENT) {
        answer = n < 85 ? Answer.YES : Answer.NOT_APPLICABLE;
      } else if (draw == Fact.ABSENT) {
        answer = n < 50 ? Answer.NO : n < 90 ? Answer.PARTLY : Answer.UNANSWERED;
      } else if (n < 25) {
        answer = Answer.UNANSWERED;
      } else {
        continue;
      }
      Response.Builder r = new Response.Builder().item(item.id()).answer(answer);
      if (random.nextInt(4) == 0) {
        r.note(pick(random, RESPONSE_NOTES));
      }
      r.addAllEvidence(some(random, EVIDENCE, 0, 2));
      responses.add(r.build());
    }
    if (random.nextInt(10) < 3) {
      Collections.shuffle(responses, random);
    }
    return new ChecklistResponses.Builder().checklist(checklist.id()).responses(responses).build();
  }

  /**
   * Reflections: good draws have service users or carers among those reflecting, poor ones only
   * staff or nobody recorded, or are recorded as none.
   *
   * @param random the random source
   * @param tendency the tendency
   * @return the recorded reflections; a present list is never empty
   */
  public static Recorded<List<Reflection>> reflections(Random random, Tendency tendency) {
    return recorded(random, tendency, r -> reflectionList(r, true),
        r -> reflectionList(r, false));
  }

  private static List<Reflection> reflectionList(Random random, boolean inclusive) {
    int count = inclusive ? 1 + random.nextInt(3) : 1;
    List<Reflection> reflections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Reflection.Builder b = new Reflection.Builder()
          .date(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000)))
          .phase(random.nextInt(10) == 0 ? Phase.BEFORE
              : random.nextBoolean() ? Phase.DURING : Phase.AFTER);
      if (inclusive || random.nextBoolean()) {
        b.roles(roles(random, inclusive));
      }
      if (random.nextInt(3) == 0) {
        b.note(pick(random, REFLECTION_NOTES));
      }
      reflections.add(b.build());
    }
    return ImmutableList.copyOf(reflections);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static Role weightedRole(Random random) {
    int total = 0;
    for (int w : ROLE_WEIGHTS) {
      total += w;
    }
    int n = random.nextInt(total);
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      n -= ROLE_WEIGHTS[i];
      if (n < 0) {
        return roles[i];
      }
    }
    throw new AssertionError("weights do not cover the roles");
  }

  /** Pseudonymous references in the styles people use: "P07", "carer-12", "S.03". */
  private static String ref(Random random, Role role, int index) {
    String number = String.format(Locale.ROOT, "%02d", index);
    if (role.isStaff()) {
      return random.nextBoolean() ? "S" + number : "S." + number;
    }
    if (role == Role.CARER && random.nextBoolean()) {
      return "carer-" + index;
    }
    return "P" + number;
  }

  private static Organisation organisation(String id, String name, OrganisationKind kind) {
    return new Organisation.Builder().id(id).name(name).kind(kind).build();
  }

  private static Organisation byId(String id) {
    return ORGANISATIONS.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  private static Participant participant(String ref, Role role, LivedExperience lived,
      Payment payment, String organisation) {
    return new Participant.Builder().ref(ref).role(role)
        .livedExperience(Recorded.present(lived)).payment(Recorded.present(payment))
        .decisionMaker(Fact.PRESENT).organisation(organisation).build();
  }

  /** A session with papers sent a week before, taking one decision. */
  private static Session session(String date, SessionKind kind, String decision,
      String... attendees) {
    LocalDate day = LocalDate.parse(date);
    return new Session.Builder().date(day).kind(kind).addAttendees(attendees)
        .papersSent(day.minusDays(7)).addDecisions(decision).build();
  }

  private static Decision decision(String subject, String... madeBy) {
    return new Decision.Builder().subject(subject).addMadeBy(madeBy).build();
  }

  private static Risk risk(RiskKind kind, RiskCarrier carrier) {
    return new Risk.Builder().kind(kind).carriedBy(carrier).build();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Between {@code min} and {@code max} distinct values, in a random order. */
  private static <T> List<T> some(Random random, List<T> values, int min, int max) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    int count = Math.min(copy.size(), min + random.nextInt(max - min + 1));
    return List.copyOf(copy.subList(0, count));
  }
}
