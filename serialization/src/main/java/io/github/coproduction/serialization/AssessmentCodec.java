package io.github.coproduction.serialization;

import io.github.coproduction.core.internal.Spelling;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.LadderEvidence;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.PowerBalance;
import io.github.coproduction.rules.PowerThresholds;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.RungCriterion;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Summary;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/** Assessments, findings, waivers and profiles, read from and written to trees. */
final class AssessmentCodec {

  static final List<String> ASSESSMENT = List.of("initiative", "title", "stage", "assessedOn",
      "catalogueVersion", "ruleSet", "ruleSetVersion", "profile", "findings", "elements", "rules",
      "ladder", "powerBalance", "ladderEvidence", "waiverNotices", "missingFacts", "summary");
  static final List<String> MISSING_FACT = List.of("fact", "description", "severity", "pointers",
      "participants", "rules", "elements");
  static final List<String> POWER_BALANCE = List.of("participants", "partners",
      "partnershipNotRecorded", "staffWithLivedExperience", "decisionMakers",
      "partnerDecisionMakers", "decisionMakersFromDecisions", "decisions", "decisionsWithPartners",
      "decisionsWithoutPartners", "sessions", "sessionsWithPartners",
      "staffOnlySessionsAfterPartners", "flaggedButNotDeciding", "flaggedUnconfirmed",
      "participantSharePercent", "decisionMakerSharePercent", "decisionSharePercent");
  static final List<String> LADDER_EVIDENCE = List.of("claimed", "claimsCoproduction",
      "evidenced", "criteria");
  static final List<String> CRITERION = List.of("rung", "met", "reason", "evidence");
  static final List<String> FINDING = List.of("rule", "severity", "status", "message",
      "elements", "evidence", "remedy", "remedyActions", "raisedBy", "waiver");
  static final List<String> EVIDENCE = List.of("pointer", "value");
  static final List<String> WAIVER = List.of("rule", "initiative", "pointer", "justification",
      "expires");
  static final List<String> WAIVER_NOTICE = List.of("waiver", "kind");
  static final List<String> ELEMENT = List.of("element", "status", "rules", "aspects",
      "evidenced");
  static final List<String> RULE_RESULT = List.of("rule", "status", "detail");
  static final List<String> SUMMARY = List.of("critical", "major", "minor", "advisory",
      "notRecorded", "waived", "errors", "verdict");
  static final List<String> PROFILE = List.of("name", "scopes", "disabled", "notApplicable",
      "severities", "thresholds", "parityTolerance", "rateReference");
  static final List<String> THRESHOLDS = List.of("tokenSharePercent", "decisionSharePercent",
      "papersNoticeDays");
  static final List<String> WAIVERS = List.of("waivers");

  private AssessmentCodec() {}

  // --- Reading ----------------------------------------------------------------------------------

  static Assessment read(In in) {
    Obj o = in.object("an assessment", Obj.plus(ASSESSMENT, "schemaVersion"));
    String ruleSet = o.text("ruleSet", "the name of the rule set");
    String ruleSetVersion = o.text("ruleSetVersion", "the version of the rule set");
    RuleIds ids = RuleIds.of(ruleSet, ruleSetVersion);
    Assessment.Builder b = new Assessment.Builder()
        .initiative(initiativeId(o, "initiative", "the id of the initiative assessed"))
        .title(o.text("title", "the initiative's title"))
        .stage(o.choice("stage", Stage.class, "the initiative's stage"))
        .assessedOn(o.date("assessedOn", "the date of the assessment"))
        .catalogueVersion(o.text("catalogueVersion", "the version of the framework catalogue"))
        .ruleSet(ruleSet)
        .ruleSetVersion(ruleSetVersion)
        .profile(o.text("profile", "the name of the profile"))
        .findings(o.list("findings", "a list of findings", v -> finding(v, ids)))
        .elements(o.list("elements", "a list of element statuses", v -> element(v, ids)))
        .rules(o.list("rules", "a list of rule results", v -> ruleResult(v, ids)))
        .waiverNotices(o.list("waiverNotices", "a list of waiver notices",
            AssessmentCodec::waiverNotice));
    b.ladder(o.get("ladder").map(InitiativeCodec::ladder)
        .orElse(LadderPosition.notRecorded()));
    o.get("powerBalance").ifPresent(v -> b.powerBalance(powerBalance(v)));
    o.get("ladderEvidence").ifPresent(v -> b.ladderEvidence(ladderEvidence(v)));
    Assessment assessment = o.build(b::build);
    o.get("summary").ifPresent(v -> checkSummary(v, assessment.summary()));
    o.get("missingFacts").ifPresent(v -> checkMissingFacts(v, assessment.missingFacts()));
    return assessment;
  }

  /** Missing facts are derived from the findings: those given must agree with them. */
  private static void checkMissingFacts(In in, List<MissingFact> derived) {
    List<MissingFact> given = in.list("a list of missing facts", AssessmentCodec::missingFact);
    if (!given.equals(derived)) {
      throw in.fail("the missing facts do not agree with the findings, which give "
          + derived.size() + (derived.size() == 1 ? " fact" : " facts") + " ("
          + derived.stream().map(MissingFact::fact).collect(
              java.util.stream.Collectors.joining(", "))
          + "); correct them or leave them out (they are derived)");
    }
  }

  static MissingFact missingFact(In in) {
    Obj o = in.object("a missing fact", MISSING_FACT);
    MissingFact.Builder b = new MissingFact.Builder()
        .fact(o.text("fact", "the fact's pointer pattern"))
        .description(o.text("description", "the fact in plain words"))
        .severity(o.choice("severity", Severity.class, "the most severe finding waiting on it"))
        .pointers(o.texts("pointers", "a list of JSON Pointers"))
        .participants(o.smallCount("participants", "the number of participants it is missing"
            + " for"))
        .rules(o.texts("rules", "a list of rule ids"))
        .elements(o.texts("elements", "a list of framework element ids"));
    return o.build(b::build);
  }

  /** A summary is derived from the findings: one given must agree with them. */
  private static void checkSummary(In in, Summary derived) {
    // Documents do not give the counts of disabled rules and elements not assessed: the rule
    // results and element statuses they hold already say them.
    Summary given = new Summary.Builder().from(summary(in)).disabled(derived.disabled())
        .notAssessed(derived.notAssessed()).build();
    if (!given.equals(derived)) {
      throw in.fail("the summary does not agree with the findings and rule results, which give "
          + write(derived).toString() + "; correct it or leave it out (it is derived)");
    }
  }

  static PowerBalance powerBalance(In in) {
    Obj o = in.object("a balance of power", POWER_BALANCE);
    PowerBalance.Builder b = new PowerBalance.Builder()
        .participants(o.smallCount("participants", "the number of participants"))
        .partners(o.texts("partners", "a list of references"))
        .partnershipNotRecorded(o.texts("partnershipNotRecorded", "a list of references"))
        .staffWithLivedExperience(o.texts("staffWithLivedExperience", "a list of references"))
        .decisionMakers(o.texts("decisionMakers", "a list of references"))
        .partnerDecisionMakers(o.texts("partnerDecisionMakers", "a list of references"))
        .decisionMakersFromDecisions(o.required("decisionMakersFromDecisions",
            "whether decision-makers come from recorded decisions").bool(
            "whether decision-makers come from recorded decisions"))
        .decisions(o.smallCount("decisions", "the number of decisions"))
        .decisionsWithPartners(indexes(o, "decisionsWithPartners"))
        .decisionsWithoutPartners(indexes(o, "decisionsWithoutPartners"))
        .sessions(o.smallCount("sessions", "the number of sessions"))
        .sessionsWithPartners(indexes(o, "sessionsWithPartners"))
        .staffOnlySessionsAfterPartners(indexes(o, "staffOnlySessionsAfterPartners"))
        .flaggedButNotDeciding(o.texts("flaggedButNotDeciding", "a list of references"))
        .flaggedUnconfirmed(o.texts("flaggedUnconfirmed", "a list of references"));
    // The shares are derived from the counts: written for readers, not read back.
    return o.build(b::build);
  }

  private static List<Integer> indexes(Obj o, String name) {
    return o.list(name, "a list of indexes", v -> v.smallCount("an index"));
  }

  static LadderEvidence ladderEvidence(In in) {
    Obj o = in.object("the evidenced ladder rung", LADDER_EVIDENCE);
    String rungs = "a rung of the engagement ladder (" + Kebab.allowed(LadderRung.class) + ")";
    LadderEvidence.Builder b = new LadderEvidence.Builder()
        .claimed(o.recorded("claimed", rungs, v -> v.choice(LadderRung.class)))
        .claimsCoproduction(o.fact("claimsCoproduction", "whether the initiative claims to be"
            + " co-production"))
        .evidenced(o.recorded("evidenced", rungs, v -> v.choice(LadderRung.class)))
        .criteria(o.list("criteria", "a list of criteria", AssessmentCodec::criterion));
    return o.build(b::build);
  }

  static RungCriterion criterion(In in) {
    Obj o = in.object("a ladder criterion", CRITERION);
    RungCriterion.Builder b = new RungCriterion.Builder()
        .rung(o.choice("rung", LadderRung.class, "the rung"))
        .met(o.choice("met", Fact.class, "whether it is met"))
        .reason(o.text("reason", "the reason"))
        .evidence(o.list("evidence", "a list of evidence", AssessmentCodec::evidence));
    return o.build(b::build);
  }

  static Summary summary(In in) {
    Obj o = in.object("a summary", SUMMARY);
    Summary.Builder b = new Summary.Builder()
        .critical(o.smallCount("critical", "the number of critical gaps"))
        .major(o.smallCount("major", "the number of major gaps"))
        .minor(o.smallCount("minor", "the number of minor gaps"))
        .advisory(o.smallCount("advisory", "the number of advisory gaps"))
        .notRecorded(o.smallCount("notRecorded", "the number of not recorded findings"))
        .waived(o.smallCount("waived", "the number of waived findings"))
        .errors(o.smallCount("errors", "the number of rules that failed"))
        .verdict(o.choice("verdict", Verdict.class, "the verdict"));
    return o.build(b::build);
  }

  static Finding finding(In in) {
    return finding(in, RuleIds.ANY);
  }

  private static Finding finding(In in, RuleIds ids) {
    Obj o = in.object("a finding", FINDING);
    Finding.Builder b = new Finding.Builder()
        .rule(ids.check(o.required("rule", "the id of the rule"), "the id of the rule"))
        .severity(o.choice("severity", Severity.class, "the severity"))
        .status(o.choice("status", FindingStatus.class, "the status"))
        .message(o.text("message", "the finding's message"))
        .elements(o.list("elements", "a list of framework element ids",
            AssessmentCodec::elementId))
        .evidence(o.list("evidence", "a list of evidence", AssessmentCodec::evidence))
        .remedy(o.text("remedy", "the remedy"))
        .remedyActions(o.list("remedyActions", "a list of action ids",
            AssessmentCodec::actionId))
        .raisedBy(o.texts("raisedBy", "a list of event pointers"));
    o.get("waiver").ifPresent(v -> b.waiver(waiver(v)));
    return o.build(b::build);
  }

  static Evidence evidence(In in) {
    Obj o = in.object("evidence such as {pointer: /arrangements/groundRules, value: ABSENT}",
        EVIDENCE);
    String pointer = o.required("pointer", "a JSON Pointer into the initiative")
        .text("a JSON Pointer into the initiative");
    if (!pointer.startsWith("/")) {
      throw o.required("pointer", "").fail("an evidence pointer must start with '/', but was "
          + Pointers.quote(pointer));
    }
    String value = o.required("value", "the value found").text("the value found");
    return o.build(() -> Evidence.of(pointer, value));
  }

  static Waiver waiver(In in) {
    Obj o = in.object("a waiver", WAIVER);
    Waiver.Builder b = new Waiver.Builder()
        .rule(ruleId(o, "rule", "the id of the rule waived"))
        .justification(o.text("justification", "why the finding is waived"))
        .expires(o.date("expires", "the date the waiver expires"));
    if (o.get("initiative").isPresent()) {
      b.initiative(initiativeId(o, "initiative", "the id of the initiative"));
    }
    o.get("pointer").ifPresent(v -> {
      String p = v.nonBlank("a JSON Pointer");
      if (!p.startsWith("/")) {
        throw v.fail("a waiver's pointer must start with '/', but was " + Pointers.quote(p));
      }
      b.pointer(p);
    });
    return o.build(b::build);
  }

  static WaiverNotice waiverNotice(In in) {
    Obj o = in.object("a waiver notice", WAIVER_NOTICE);
    Waiver waiver = waiver(o.required("waiver", "the waiver"));
    WaiverNotice.Kind kind = o.choice("kind", WaiverNotice.Kind.class, "the kind of notice");
    return o.build(() -> WaiverNotice.of(waiver, kind));
  }

  /** Initiative ids as initiatives have them: so a stored assessment cannot smuggle markup. */
  private static final Pattern INITIATIVE_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Rule ids as rule descriptors have them, the standard rules' and custom rules' alike. */
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,15}");

  private static String initiativeId(Obj o, String name, String what) {
    In in = o.required(name, what);
    String id = in.text(what);
    if (!INITIATIVE_ID.matcher(id).matches()) {
      throw in.fail(what + " must be 1 to 64 letters, digits, '.', '_' or '-', starting with a"
          + " letter or digit, but found " + Pointers.quote(id));
    }
    return id;
  }

  /** A framework element's id, such as {@code S2.6}, known to the catalogue. */
  private static String elementId(In in) {
    String id = in.text("the id of a framework element");
    if (Framework.standard().find(id).isEmpty()) {
      throw in.fail(Pointers.quote(id) + " is not an element of the framework; element ids are"
          + " such as \"S2.6\" or \"C4\"");
    }
    return id;
  }

  /** An action's id, such as {@code C4.4}, known to the catalogue. */
  private static String actionId(In in) {
    String id = in.text("the id of an action");
    if (!(Framework.standard().find(id).orElse(null) instanceof Action)) {
      throw in.fail(Pointers.quote(id) + " is not an action of the framework; action ids are"
          + " such as \"C4.4\"");
    }
    return id;
  }

  private static String ruleId(Obj o, String name, String what) {
    return ruleId(o.required(name, what), what);
  }

  /**
   * Which rule ids a stored assessment may name: known or explicitly foreign. An assessment made
   * with this version of the standard rule set may name only its rules; one that names another
   * rule set, or another version of the standard set, declares its rules foreign, and their ids
   * are checked by form only.
   */
  private record RuleIds(RuleSet known) {
    static final RuleIds ANY = new RuleIds(null);

    static RuleIds of(String ruleSet, String version) {
      RuleSet standard = RuleSet.standard();
      return standard.name().equals(ruleSet) && standard.version().equals(version)
          ? new RuleIds(standard) : ANY;
    }

    String check(In in, String what) {
      String id = ruleId(in, what);
      if (known != null && known.find(id).isEmpty()) {
        throw in.fail(Pointers.quote(id) + " is not a rule of the " + known.name()
            + " rule set " + known.version() + ", which the assessment names in ruleSet and"
            + " ruleSetVersion" + Spelling.nearest(id, known.descriptors().stream()
                .map(d -> d.id()).toList()).map(n -> "; did you mean \"" + n + "\"?")
                .orElse(""));
      }
      return id;
    }
  }

  private static String ruleId(In in, String what) {
    String id = in.text(what);
    if (id.length() > 100 || !RULE_ID.matcher(id).matches()) {
      throw in.fail(what + " must be lower-case words joined by '-', such as"
          + " \"no-ground-rules\" (a rule of any set, standard or custom), but found "
          + Pointers.quote(id));
    }
    return id;
  }

  static ElementAssessment element(In in) {
    return element(in, RuleIds.ANY);
  }

  private static ElementAssessment element(In in, RuleIds ids) {
    Obj o = in.object("an element status", ELEMENT);
    ElementAssessment.Builder b = new ElementAssessment.Builder()
        .element(elementId(o.required("element", "the id of the framework element")))
        .status(o.choice("status", ElementStatus.class, "the element's status"))
        .rules(o.list("rules", "a list of rule ids", v -> ids.check(v, "a rule id")))
        .aspects(o.get("aspects").map(v -> v.smallCount("a count of aspects")).orElse(0))
        .evidenced(o.get("evidenced").map(v -> v.smallCount("a count of aspects")).orElse(0));
    return o.build(b::build);
  }

  static RuleResult ruleResult(In in) {
    return ruleResult(in, RuleIds.ANY);
  }

  private static RuleResult ruleResult(In in, RuleIds ids) {
    Obj o = in.object("a rule result", RULE_RESULT);
    RuleResult.Builder b = new RuleResult.Builder()
        .rule(ids.check(o.required("rule", "the id of the rule"), "the id of the rule"))
        .status(o.choice("status", RuleStatus.class, "the rule's status"));
    o.optionalText("detail", "the detail").ifPresent(b::detail);
    return o.build(b::build);
  }

  static Profile profile(In in) {
    Obj o = in.object("a profile", Obj.plus(PROFILE, "schemaVersion"));
    Profile.Builder b = new Profile.Builder()
        .name(o.text("name", "the profile's name"))
        .disabled(o.set("disabled", "a list of rule ids", v -> v.nonBlank("a rule id")))
        .severities(o.map("severities", "the severities by rule id",
            v -> v.choice(Severity.class)))
        .notApplicable(o.map("notApplicable", "the reasons rules do not apply, by rule id",
            v -> v.nonBlank("why the rule does not apply")))
        .scopes(o.set("scopes", "a list of scopes",
            v -> v.choice(io.github.coproduction.core.initiative.Scope.class)));
    o.get("thresholds").ifPresent(v -> b.thresholds(thresholds(v)));
    o.optionalMoney("parityTolerance", "the parity tolerance, a fraction such as 0.01")
        .ifPresent(b::parityTolerance);
    o.optionalText("rateReference", "the id of the reference figure the profile pays against,"
        + " such as nihr-involvement-hourly-rate").ifPresent(b::rateReference);
    return o.build(b::build);
  }

  static PowerThresholds thresholds(In in) {
    Obj o = in.object("the thresholds by which power is judged", THRESHOLDS);
    PowerThresholds.Builder b = new PowerThresholds.Builder();
    if (o.has("tokenSharePercent")) {
      b.tokenSharePercent(o.smallCount("tokenSharePercent", "a percentage from 0 to 100"));
    }
    if (o.has("decisionSharePercent")) {
      b.decisionSharePercent(o.smallCount("decisionSharePercent", "a percentage from 0 to 100"));
    }
    if (o.has("papersNoticeDays")) {
      b.papersNoticeDays(o.smallCount("papersNoticeDays", "a number of days"));
    }
    return o.build(b::build);
  }

  static List<Waiver> waivers(In in) {
    Obj o = in.object("a waivers document", Obj.plus(WAIVERS, "schemaVersion"));
    return List.copyOf(o.required("waivers", "a list of waivers")
        .list("a list of waivers", AssessmentCodec::waiver));
  }

  // --- Writing ----------------------------------------------------------------------------------

  static ObjectNode write(Assessment a) {
    Out o = new Out()
        .text("initiative", a.initiative())
        .text("title", a.title())
        .choice("stage", a.stage())
        .text("assessedOn", a.assessedOn().toString())
        .text("catalogueVersion", a.catalogueVersion())
        .text("ruleSet", a.ruleSet())
        .text("ruleSetVersion", a.ruleSetVersion())
        .text("profile", a.profile())
        .list("findings", a.findings(), AssessmentCodec::write)
        .list("elements", a.elements(), AssessmentCodec::write)
        .list("rules", a.rules(), AssessmentCodec::write)
        .node("ladder", InitiativeCodec.write(a.ladder()));
    a.powerBalance().ifPresent(p -> o.node("powerBalance", write(p)));
    a.ladderEvidence().ifPresent(e -> o.node("ladderEvidence", write(e)));
    return o.list("waiverNotices", a.waiverNotices(), AssessmentCodec::write)
        .list("missingFacts", a.missingFacts(), AssessmentCodec::write)
        .node("summary", write(a.summary()))
        .node();
  }

  static ObjectNode write(PowerBalance p) {
    Out o = new Out()
        .number("participants", p.participants())
        .list("partners", p.partners(), Out::text)
        .list("partnershipNotRecorded", p.partnershipNotRecorded(), Out::text)
        .list("staffWithLivedExperience", p.staffWithLivedExperience(), Out::text)
        .list("decisionMakers", p.decisionMakers(), Out::text)
        .list("partnerDecisionMakers", p.partnerDecisionMakers(), Out::text)
        .bool("decisionMakersFromDecisions", p.decisionMakersFromDecisions())
        .number("decisions", p.decisions())
        .list("decisionsWithPartners", p.decisionsWithPartners(), AssessmentCodec::index)
        .list("decisionsWithoutPartners", p.decisionsWithoutPartners(), AssessmentCodec::index)
        .number("sessions", p.sessions())
        .list("sessionsWithPartners", p.sessionsWithPartners(), AssessmentCodec::index)
        .list("staffOnlySessionsAfterPartners", p.staffOnlySessionsAfterPartners(),
            AssessmentCodec::index)
        .list("flaggedButNotDeciding", p.flaggedButNotDeciding(), Out::text)
        .list("flaggedUnconfirmed", p.flaggedUnconfirmed(), Out::text);
    p.participantSharePercent().ifPresent(n -> o.number("participantSharePercent", n));
    p.decisionMakerSharePercent().ifPresent(n -> o.number("decisionMakerSharePercent", n));
    p.decisionSharePercent().ifPresent(n -> o.number("decisionSharePercent", n));
    return o.node();
  }

  private static tools.jackson.databind.JsonNode index(Integer i) {
    return Out.NODES.numberNode(i.intValue());
  }

  static ObjectNode write(LadderEvidence e) {
    return new Out()
        .recorded("claimed", e.claimed(), Out::choice)
        .fact("claimsCoproduction", e.claimsCoproduction())
        .recorded("evidenced", e.evidenced(), Out::choice)
        .list("criteria", e.criteria(), AssessmentCodec::write)
        .node();
  }

  static ObjectNode write(RungCriterion c) {
    return new Out().choice("rung", c.rung()).choice("met", c.met()).text("reason", c.reason())
        .list("evidence", c.evidence(), AssessmentCodec::write).node();
  }

  static ObjectNode write(Summary s) {
    return new Out().number("critical", s.critical()).number("major", s.major())
        .number("minor", s.minor()).number("advisory", s.advisory())
        .number("notRecorded", s.notRecorded()).number("waived", s.waived())
        .number("errors", s.errors()).choice("verdict", s.verdict()).node();
  }

  static ObjectNode write(Finding f) {
    Out o = new Out()
        .text("rule", f.rule())
        .choice("severity", f.severity())
        .choice("status", f.status())
        .text("message", f.message())
        .list("elements", f.elements(), Out::text)
        .list("evidence", f.evidence(), AssessmentCodec::write)
        .text("remedy", f.remedy())
        .list("remedyActions", f.remedyActions(), Out::text)
        .listIfAny("raisedBy", f.raisedBy(), Out::text);
    f.waiver().ifPresent(w -> o.node("waiver", write(w)));
    return o.node();
  }

  static ObjectNode write(MissingFact m) {
    return new Out().text("fact", m.fact()).text("description", m.description())
        .choice("severity", m.severity()).list("pointers", m.pointers(), Out::text)
        .number("participants", m.participants()).list("rules", m.rules(), Out::text)
        .list("elements", m.elements(), Out::text).node();
  }

  static ObjectNode write(Evidence e) {
    return new Out().text("pointer", e.pointer()).text("value", e.value()).node();
  }

  static ObjectNode write(Waiver w) {
    return new Out().text("rule", w.rule()).text("initiative", w.initiative())
        .text("pointer", w.pointer()).text("justification", w.justification())
        .text("expires", w.expires().toString()).node();
  }

  static ObjectNode write(WaiverNotice n) {
    return new Out().node("waiver", write(n.waiver())).choice("kind", n.kind()).node();
  }

  static ObjectNode write(ElementAssessment e) {
    return new Out().text("element", e.element()).choice("status", e.status())
        .list("rules", e.rules(), Out::text).number("aspects", e.aspects())
        .number("evidenced", e.evidenced()).node();
  }

  static ObjectNode write(RuleResult r) {
    return new Out().text("rule", r.rule()).choice("status", r.status())
        .text("detail", r.detail()).node();
  }

  static ObjectNode write(Profile p) {
    ObjectNode severities = Out.NODES.objectNode();
    p.severities().forEach((rule, severity) -> severities.put(rule, Kebab.of(severity)));
    Out o = new Out().text("name", p.name()).listIfAny("scopes", p.scopes(), Out::choice)
        .list("disabled", p.disabled(), Out::text);
    if (!p.notApplicable().isEmpty()) {
      ObjectNode reasons = Out.NODES.objectNode();
      p.notApplicable().forEach(reasons::put);
      o.node("notApplicable", reasons);
    }
    o.node("severities", severities);
    if (!p.thresholds().equals(PowerThresholds.defaults())) {
      PowerThresholds t = p.thresholds();
      o.node("thresholds", new Out().number("tokenSharePercent", t.tokenSharePercent())
          .number("decisionSharePercent", t.decisionSharePercent())
          .number("papersNoticeDays", t.papersNoticeDays()).node());
    }
    if (p.parityTolerance().compareTo(new java.math.BigDecimal(Profile.DEFAULT_PARITY_TOLERANCE))
        != 0) {
      o.money("parityTolerance", p.parityTolerance());
    }
    o.text("rateReference", p.rateReference());
    return o.node();
  }

  static ObjectNode writeWaivers(List<Waiver> waivers) {
    return new Out().list("waivers", waivers, AssessmentCodec::write).node();
  }
}
