package io.github.coproduction.serialization;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Benefit;
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
import io.github.coproduction.core.initiative.RateUnit;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Scope;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.core.initiative.Vision;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Initiatives and their parts, read from and written to trees, in the published shape. */
final class InitiativeCodec {

  static final List<String> INITIATIVE = List.of("id", "title", "purpose", "scopes", "stage",
      "organisations", "participants", "power", "arrangements", "vision", "risks", "continuity",
      "claimsCoproduction", "ladder", "checklist", "reflections", "sessions", "events",
      "statements");
  static final List<String> ORGANISATION = List.of("id", "name", "kind");
  static final List<String> PARTICIPANT = List.of("ref", "role", "livedExperience", "payment",
      "decisionMaker", "organisation", "benefits", "members", "roleMix");
  static final List<String> EVENT = List.of("date", "until", "kind", "affected", "cause",
      "elements", "description");
  static final List<String> CAUSE = List.of("kind", "decision", "role");
  static final List<String> STATEMENT = List.of("by", "date", "kind", "quote", "elements");
  static final List<String> PAYMENT = List.of("response", "method", "hourlyRate", "rate", "per",
      "hoursPerUnit", "perWeek", "grade", "expensesCovered", "timeliness");
  static final List<String> POWER = List.of("problemDefinedBy", "decisions",
      "notOpenToCoproduction", "bodies");
  static final List<String> DECISION = List.of("subject", "madeBy", "id", "area", "body",
      "roles");
  static final List<String> BODY = List.of("id", "name", "roles", "members");
  static final List<String> SESSION = List.of("date", "kind", "attendees", "bodies",
      "papersSent", "decisions");
  static final List<String> BUDGET = List.of("amount", "heldBy");
  static final List<String> VISION = List.of("coProduced", "informedByLivedExperience");
  static final List<String> RISK = List.of("kind", "carriedBy", "description");
  static final List<String> LADDER = List.of("current", "target");
  static final List<String> RESPONSES = List.of("checklist", "responses");
  static final List<String> RESPONSE = List.of("item", "answer", "note", "evidence");
  static final List<String> REFLECTION = List.of("date", "recurring", "phase", "roles", "note");

  /** The arrangements in the published order: the provisions, then the rate and the budget. */
  static final List<String> ARRANGEMENTS = Obj.plus(Arrays.stream(Arrangement.values())
      .map(Arrangement::documentName).toList(), "staffHourlyRate", "budget", "staffRates",
      "paidStaff");

  private InitiativeCodec() {}

  // --- Reading ----------------------------------------------------------------------------------

  static Initiative read(In in) {
    Obj o = in.object("an initiative", Obj.plus(INITIATIVE, "schemaVersion"));
    Initiative.Builder b = new Initiative.Builder();
    b.id(o.text("id", "the initiative's id, a code such as \"crisis-redesign\""));
    b.title(o.text("title", "the initiative's title"));
    b.purpose(o.recorded("purpose", "a purpose", v -> v.nonBlank("the purpose")));
    b.scopes(o.set("scopes", "a list of scopes", v -> v.choice(Scope.class)));
    b.stage(o.choice("stage", Stage.class, "the stage"));
    b.organisations(o.list("organisations", "a list of organisations",
        InitiativeCodec::organisation));
    b.participants(o.list("participants", "a list of participants", InitiativeCodec::participant));
    o.get("power").ifPresent(v -> b.power(power(v)));
    o.get("arrangements").ifPresent(v -> b.arrangements(arrangements(v)));
    o.get("vision").ifPresent(v -> b.vision(vision(v)));
    b.risks(o.recordedNonEmptyList("risks", "a list of risks", "risks",
        InitiativeCodec::risk));
    b.continuity(o.recorded("continuity", "a continuity (" + Kebab.allowed(Continuity.class) + ")",
        v -> v.choice(Continuity.class)));
    b.claimsCoproduction(o.fact("claimsCoproduction", "whether the initiative claims to be"
        + " co-production"));
    o.get("ladder").ifPresent(v -> b.ladder(ladder(v)));
    o.get("checklist").ifPresent(v -> b.checklist(responses(v)));
    b.reflections(o.recordedNonEmptyList("reflections", "a list of reflections", "reflections",
        InitiativeCodec::reflection));
    b.sessions(o.list("sessions", "a list of sessions", InitiativeCodec::session));
    b.events(o.list("events", "a list of events", InitiativeCodec::event));
    b.statements(o.list("statements", "a list of statements", InitiativeCodec::statement));
    return o.build(b::build);
  }

  static Organisation organisation(In in) {
    Obj o = in.object("an organisation", ORGANISATION);
    Organisation.Builder b = new Organisation.Builder()
        .id(o.text("id", "the organisation's id, a code such as \"trust\""))
        .name(o.text("name", "the organisation's name"))
        .kind(o.choice("kind", OrganisationKind.class, "the kind of organisation"));
    return o.build(b::build);
  }

  static Participant participant(In in) {
    Obj o = in.object("a participant", PARTICIPANT);
    Participant.Builder b = new Participant.Builder()
        .ref(o.text("ref", "the participant's pseudonymous reference, such as \"P01\""))
        .role(o.choice("role", Role.class, "the participant's role"))
        .livedExperience(o.recorded("livedExperience", "a lived experience ("
            + Kebab.allowed(LivedExperience.class) + ")", v -> v.choice(LivedExperience.class)))
        .payment(o.recorded("payment", "a payment such as {method: fee, hourlyRate: 25.00}",
            InitiativeCodec::payment))
        .decisionMaker(o.fact("decisionMaker", "whether the participant sits where decisions"
            + " are made"));
    o.optionalText("organisation", "the id of the participant's organisation")
        .ifPresent(b::organisation);
    b.benefits(o.recorded("benefits", "a list of benefits ("
        + Kebab.allowed(Benefit.class) + ")", v -> {
          Set<Benefit> benefits = Obj.uniqueValues(v, "a list of benefits",
              t -> t.choice(Benefit.class));
          if (benefits.isEmpty()) {
            throw v.fail("an empty list is not allowed here: write false when the participant"
                + " receives none of these benefits, or leave benefits out when not recorded");
          }
          return Collections.unmodifiableSet(EnumSet.copyOf(benefits));
        }));
    if (o.has("members")) {
      b.members(o.smallCount("members", "the number of people the entry stands for"));
    }
    o.get("roleMix").ifPresent(v -> b.roleMix(roleMix(v)));
    return o.build(b::build);
  }

  /** A role mix such as {service-user: 9, carer: 3}: roles as keys, counts as values. */
  private static java.util.Map<Role, Integer> roleMix(In in) {
    if (!in.node.isObject()) {
      throw in.expected("a role mix such as {service-user: 9, carer: 3} (an object)");
    }
    java.util.Map<Role, Integer> mix = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> e
        : in.node.properties()) {
      In item = in.child(e.getKey(), e.getValue());
      Role role = Kebab.parse(Role.class, e.getKey())
          .orElseThrow(() -> item.fail(Kebab.unknown(Role.class, e.getKey())));
      mix.put(role, item.smallCount("the number of members in that role"));
    }
    return mix;
  }

  static Event event(In in) {
    Obj o = in.object("an event", EVENT);
    Event.Builder b = new Event.Builder()
        .kind(o.choice("kind", EventKind.class, "what happened"))
        .affected(o.set("affected", "a list of participant references",
            v -> v.text("a participant reference")))
        .elements(o.set("elements", "a list of framework element ids",
            v -> v.text("a framework element id")));
    if (o.has("date")) {
      b.date(o.date("date", "the date it happened or began"));
    }
    if (o.has("until")) {
      b.until(o.date("until", "the date it ended"));
    }
    o.get("cause").ifPresent(v -> b.cause(cause(v)));
    o.optionalText("description", "a description of what happened").ifPresent(b::description);
    return o.build(b::build);
  }

  static Cause cause(In in) {
    Obj o = in.object("a cause such as {kind: institutional-system}", CAUSE);
    Cause.Builder b = new Cause.Builder()
        .kind(o.choice("kind", CauseKind.class, "what caused it"));
    o.get("decision").ifPresent(v -> b.decision(decisionReference(v)));
    if (o.has("role")) {
      b.role(o.choice("role", Role.class, "the role of the person whose action caused it"));
    }
    return o.build(b::build);
  }

  static Statement statement(In in) {
    Obj o = in.object("a statement", STATEMENT);
    Statement.Builder b = new Statement.Builder()
        .by(o.text("by", "the reference of the participant or group who said it"))
        .kind(o.choice("kind", StatementKind.class, "what the statement says"))
        .quote(o.text("quote", "the words, quoted briefly"))
        .elements(o.set("elements", "a list of framework element ids",
            v -> v.text("a framework element id")));
    if (o.has("date")) {
      b.date(o.date("date", "the date it was said"));
    }
    return o.build(b::build);
  }

  static Payment payment(In in) {
    Obj o = in.object("a payment such as {method: fee, hourlyRate: 25.00}", PAYMENT);
    Payment.Builder b = new Payment.Builder()
        .expensesCovered(o.fact("expensesCovered", "whether expenses are covered"));
    if (o.has("response")) {
      b.response(o.choice("response", PaymentResponse.class, "what the participant did with"
          + " the offer"));
    }
    if (o.has("method") || !o.has("response")) {
      b.method(o.choice("method", PaymentMethod.class, "how the participant is paid"));
    }
    o.optionalMoney("hourlyRate", "an hourly rate in pounds").ifPresent(b::hourlyRate);
    o.optionalMoney("rate", "a rate in pounds").ifPresent(b::rate);
    if (o.has("per")) {
      b.per(o.choice("per", RateUnit.class, "the time the rate pays for"));
    }
    o.optionalMoney("hoursPerUnit", "the hours a session, half day or day lasts")
        .ifPresent(b::hoursPerUnit);
    o.optionalMoney("perWeek", "the hours or sessions expected each week").ifPresent(b::perWeek);
    o.optionalText("grade", "the staff grade or role whose time the payment matches")
        .ifPresent(b::grade);
    if (o.has("timeliness")) {
      b.timeliness(o.choice("timeliness", PaymentTimeliness.class, "whether payments arrive"
          + " on time"));
    }
    return o.build(b::build);
  }

  static Power power(In in) {
    Obj o = in.object("the power in the initiative", POWER);
    Power.Builder b = new Power.Builder()
        .problemDefinedBy(o.recorded("problemDefinedBy", "a list of roles",
            v -> Obj.uniqueValues(v, "a list of roles", r -> r.choice(Role.class))))
        .decisions(o.list("decisions", "a list of decisions", InitiativeCodec::decision))
        .notOpenToCoproduction(o.recorded("notOpenToCoproduction", "a list of what is not open"
            + " to co-production", v -> v.list("a list of what is not open to co-production",
                t -> t.nonBlank("what is not open to co-production"))))
        .bodies(o.list("bodies", "a list of bodies", InitiativeCodec::body));
    return o.build(b::build);
  }

  static Decision decision(In in) {
    Obj o = in.object("a decision", DECISION);
    Decision.Builder b = new Decision.Builder()
        .subject(o.text("subject", "what is decided"))
        .roles(o.set("roles", "a list of roles", v -> v.choice(Role.class)));
    if (o.has("madeBy") || !(o.has("body") || o.has("roles"))) {
      b.madeBy(Obj.uniqueValues(o.required("madeBy", "the references of the participants who"
          + " make the decision (or a body or roles that do)"), "a list of participant references",
          v -> v.text("a participant reference")));
    }
    o.optionalText("id", "the decision's id").ifPresent(b::id);
    o.optionalText("body", "the id of the body that makes the decision").ifPresent(b::body);
    if (o.has("area")) {
      b.area(o.choice("area", DecisionArea.class, "what the decision is about"));
    }
    return o.build(b::build);
  }

  static Body body(In in) {
    Obj o = in.object("a body", BODY);
    Body.Builder b = new Body.Builder()
        .id(o.text("id", "the body's id, a code such as \"programme-board\""))
        .name(o.text("name", "the body's name"))
        .roles(o.set("roles", "a list of roles", v -> v.choice(Role.class)));
    if (o.has("members")) {
      b.members(o.smallCount("members", "the number of members"));
    }
    return o.build(b::build);
  }

  static Session session(In in) {
    Obj o = in.object("a session", SESSION);
    Session.Builder b = new Session.Builder()
        .date(o.date("date", "the date of the session"))
        .kind(o.choice("kind", SessionKind.class, "the kind of session"))
        .attendees(o.set("attendees", "a list of participant references",
            v -> v.text("a participant reference")))
        .bodies(o.set("bodies", "a list of body ids", v -> v.text("a body id")))
        .decisions(o.set("decisions", "a list of decision ids or indexes",
            InitiativeCodec::decisionReference));
    if (o.has("papersSent")) {
      b.papersSent(o.date("papersSent", "the date the papers were sent"));
    }
    return o.build(b::build);
  }

  /** A decision named by its id (a text) or its index (a whole number). */
  private static String decisionReference(In v) {
    return v.node.isNumber() ? Long.toString(v.count("a decision index"))
        : v.text("a decision id or index");
  }

  static Arrangements arrangements(In in) {
    Obj o = in.object("the arrangements", ARRANGEMENTS);
    Arrangements.Builder b = new Arrangements.Builder();
    for (Arrangement a : Arrangement.values()) {
      b.provision(a, o.provision(a.documentName(), a.documentName()));
    }
    b.staffHourlyRate(o.recorded("staffHourlyRate", "a staff hourly rate in pounds",
        v -> v.money("a staff hourly rate in pounds")));
    b.budget(o.recorded("budget", "a budget such as {amount: 12000, heldBy: icb}",
        InitiativeCodec::budget));
    b.staffRates(o.map("staffRates", "staff hourly rates by grade, such as {band-6: 25.00}",
        v -> v.money("a staff hourly rate in pounds")));
    b.paidStaff(o.fact("paidStaff", "whether paid staff take part"));
    return o.build(b::build);
  }

  static Budget budget(In in) {
    Obj o = in.object("a budget such as {amount: 12000, heldBy: icb}", BUDGET);
    Budget.Builder b = new Budget.Builder().amount(o.money("amount", "the budget in pounds"));
    o.optionalText("heldBy", "the id of the organisation that holds the budget")
        .ifPresent(b::heldBy);
    return o.build(b::build);
  }

  static Vision vision(In in) {
    Obj o = in.object("the vision", VISION);
    Vision.Builder b = new Vision.Builder()
        .coProduced(o.fact("coProduced", "whether the vision was co-produced"))
        .informedByLivedExperience(o.fact("informedByLivedExperience",
            "whether the vision is informed by lived experience"));
    return o.build(b::build);
  }

  static Risk risk(In in) {
    Obj o = in.object("a risk", RISK);
    Risk.Builder b = new Risk.Builder()
        .kind(o.choice("kind", RiskKind.class, "what the risk threatens"))
        .carriedBy(o.choice("carriedBy", RiskCarrier.class, "who carries the risk"));
    o.optionalText("description", "a description of the risk").ifPresent(b::description);
    return o.build(b::build);
  }

  static LadderPosition ladder(In in) {
    Obj o = in.object("a position on the engagement ladder", LADDER);
    String rungs = "a rung of the engagement ladder (" + Kebab.allowed(LadderRung.class) + ")";
    LadderPosition.Builder b = new LadderPosition.Builder()
        .current(o.recorded("current", rungs, v -> v.choice(LadderRung.class)))
        .target(o.recorded("target", rungs, v -> v.choice(LadderRung.class)));
    return o.build(b::build);
  }

  static ChecklistResponses responses(In in) {
    Obj o = in.object("checklist responses", RESPONSES);
    ChecklistResponses.Builder b = new ChecklistResponses.Builder()
        .checklist(o.text("checklist", "the id of the checklist answered"))
        .responses(o.list("responses", "a list of responses", InitiativeCodec::response));
    return o.build(b::build);
  }

  static Response response(In in) {
    Obj o = in.object("a response", RESPONSE);
    Response.Builder b = new Response.Builder()
        .item(o.text("item", "the id of the checklist item answered"))
        .answer(o.choice("answer", Answer.class, "the answer"))
        .evidence(o.texts("evidence", "a list of evidence"));
    o.optionalText("note", "a note").ifPresent(b::note);
    return o.build(b::build);
  }

  static Reflection reflection(In in) {
    Obj o = in.object("a reflection", REFLECTION);
    Reflection.Builder b = new Reflection.Builder()
        .phase(o.choice("phase", Phase.class, "the phase of the activity"))
        .roles(o.set("roles", "a list of roles", v -> v.choice(Role.class)));
    if (o.has("date")) {
      b.date(o.date("date", "the date of the reflection"));
    }
    if (o.has("recurring")) {
      b.recurring(o.required("recurring", "whether the reflection recurs through the work")
          .bool("whether the reflection recurs through the work"));
    }
    o.optionalText("note", "a note").ifPresent(b::note);
    return o.build(b::build);
  }

  // --- Writing ----------------------------------------------------------------------------------

  static ObjectNode write(Initiative i) {
    Out o = new Out()
        .text("id", i.id())
        .text("title", i.title())
        .recorded("purpose", i.purpose(), Out::text)
        .listIfAny("scopes", i.scopes(), Out::choice)
        .choice("stage", i.stage())
        .listIfAny("organisations", i.organisations(), InitiativeCodec::write)
        .listIfAny("participants", i.participants(), InitiativeCodec::write);
    ObjectNode power = write(i.power());
    if (!power.isEmpty()) {
      o.node("power", power);
    }
    ObjectNode arrangements = write(i.arrangements());
    if (!arrangements.isEmpty()) {
      o.node("arrangements", arrangements);
    }
    ObjectNode vision = write(i.vision());
    if (!vision.isEmpty()) {
      o.node("vision", vision);
    }
    o.recorded("risks", i.risks(), l -> Out.array(l, InitiativeCodec::write))
        .recorded("continuity", i.continuity(), Out::choice)
        .fact("claimsCoproduction", i.claimsCoproduction());
    ObjectNode ladder = write(i.ladder());
    if (!ladder.isEmpty()) {
      o.node("ladder", ladder);
    }
    i.checklist().ifPresent(c -> o.node("checklist", write(c)));
    o.recorded("reflections", i.reflections(), l -> Out.array(l, InitiativeCodec::write));
    o.listIfAny("sessions", i.sessions(), InitiativeCodec::write);
    o.listIfAny("events", i.events(), InitiativeCodec::write);
    o.listIfAny("statements", i.statements(), InitiativeCodec::write);
    return o.node();
  }

  static ObjectNode write(Organisation org) {
    return new Out().text("id", org.id()).text("name", org.name()).choice("kind", org.kind())
        .node();
  }

  static ObjectNode write(Participant p) {
    Out o = new Out()
        .text("ref", p.ref())
        .choice("role", p.role())
        .recorded("livedExperience", p.livedExperience(), Out::choice)
        .recorded("payment", p.payment(), InitiativeCodec::write)
        .fact("decisionMaker", p.decisionMaker())
        .text("organisation", p.organisation())
        .recorded("benefits", p.benefits(), s -> Out.array(EnumSet.copyOf(s), Out::choice));
    p.members().ifPresent(n -> o.number("members", n));
    if (!p.roleMix().isEmpty()) {
      ObjectNode mix = Out.NODES.objectNode();
      p.roleMix().forEach((role, n) -> mix.put(Kebab.of(role), n.intValue()));
      o.node("roleMix", mix);
    }
    return o.node();
  }

  static ObjectNode write(Event e) {
    Out o = new Out();
    e.date().ifPresent(d -> o.text("date", d.toString()));
    e.until().ifPresent(d -> o.text("until", d.toString()));
    o.choice("kind", e.kind()).listIfAny("affected", e.affected(), Out::text);
    e.cause().ifPresent(c -> {
      Out cause = new Out().choice("kind", c.kind()).text("decision", c.decision());
      c.role().ifPresent(r -> cause.choice("role", r));
      o.node("cause", cause.node());
    });
    return o.listIfAny("elements", e.elements(), Out::text)
        .text("description", e.description()).node();
  }

  static ObjectNode write(Statement s) {
    Out o = new Out().text("by", s.by());
    s.date().ifPresent(d -> o.text("date", d.toString()));
    return o.choice("kind", s.kind()).text("quote", s.quote())
        .listIfAny("elements", s.elements(), Out::text).node();
  }

  static ObjectNode write(Payment p) {
    Out o = new Out();
    p.response().ifPresent(r -> o.choice("response", r));
    p.method().ifPresent(m -> o.choice("method", m));
    o.money("hourlyRate", p.hourlyRate()).money("rate", p.rate());
    if (p.rate().isPresent() || p.per() != RateUnit.HOUR) {
      o.choice("per", p.per());
    }
    o.money("hoursPerUnit", p.hoursPerUnit()).money("perWeek", p.perWeek())
        .text("grade", p.grade())
        .fact("expensesCovered", p.expensesCovered());
    p.timeliness().ifPresent(t -> o.choice("timeliness", t));
    return o.node();
  }

  static ObjectNode write(Power p) {
    return new Out()
        .recorded("problemDefinedBy", p.problemDefinedBy(), s -> Out.array(s, Out::choice))
        .listIfAny("decisions", p.decisions(), InitiativeCodec::write)
        .recorded("notOpenToCoproduction", p.notOpenToCoproduction(),
            l -> Out.array(l, Out::text))
        .listIfAny("bodies", p.bodies(), InitiativeCodec::write)
        .node();
  }

  static ObjectNode write(Decision d) {
    Out o = new Out().text("id", d.id()).text("subject", d.subject());
    d.area().ifPresent(a -> o.choice("area", a));
    return o.listIfAny("madeBy", d.madeBy(), Out::text).text("body", d.body())
        .listIfAny("roles", d.roles(), Out::choice).node();
  }

  static ObjectNode write(Body b) {
    Out o = new Out().text("id", b.id()).text("name", b.name())
        .listIfAny("roles", b.roles(), Out::choice);
    b.members().ifPresent(n -> o.number("members", n));
    return o.node();
  }

  static ObjectNode write(Session s) {
    Out o = new Out().text("date", s.date().toString()).choice("kind", s.kind())
        .listIfAny("attendees", s.attendees(), Out::text)
        .listIfAny("bodies", s.bodies(), Out::text);
    s.papersSent().ifPresent(d -> o.text("papersSent", d.toString()));
    return o.listIfAny("decisions", s.decisions(), Out::text).node();
  }

  static ObjectNode write(Arrangements a) {
    Out o = new Out();
    a.provisions().forEach((arrangement, p) -> o.provision(arrangement.documentName(), p));
    o.recorded("staffHourlyRate", a.staffHourlyRate(), Out::money)
        .recorded("budget", a.budget(), InitiativeCodec::write);
    if (!a.staffRates().isEmpty()) {
      Out rates = new Out();
      a.staffRates().forEach(rates::money);
      o.node("staffRates", rates.node());
    }
    return o.fact("paidStaff", a.paidStaff()).node();
  }

  static ObjectNode write(Budget b) {
    return new Out().money("amount", b.amount()).text("heldBy", b.heldBy()).node();
  }

  static ObjectNode write(Vision v) {
    return new Out().fact("coProduced", v.coProduced())
        .fact("informedByLivedExperience", v.informedByLivedExperience()).node();
  }

  static ObjectNode write(Risk r) {
    return new Out().choice("kind", r.kind()).choice("carriedBy", r.carriedBy())
        .text("description", r.description()).node();
  }

  static ObjectNode write(LadderPosition l) {
    return new Out().recorded("current", l.current(), Out::choice)
        .recorded("target", l.target(), Out::choice).node();
  }

  static ObjectNode write(ChecklistResponses c) {
    return new Out().text("checklist", c.checklist())
        .list("responses", c.responses(), InitiativeCodec::write).node();
  }

  static ObjectNode write(Response r) {
    return new Out().text("item", r.item()).choice("answer", r.answer()).text("note", r.note())
        .listIfAny("evidence", r.evidence(), Out::text).node();
  }

  static ObjectNode write(Reflection r) {
    Out o = new Out();
    r.date().ifPresent(d -> o.text("date", d.toString()));
    if (r.recurring()) {
      o.bool("recurring", true);
    }
    return o.choice("phase", r.phase())
        .listIfAny("roles", r.roles(), Out::choice).text("note", r.note()).node();
  }
}
