package io.github.coproduction.serialization;

import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementAssessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.RuleStatus;
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
      "ladder", "waiverNotices", "summary");
  static final List<String> FINDING = List.of("rule", "severity", "status", "message",
      "elements", "evidence", "remedy", "remedyActions", "waiver");
  static final List<String> EVIDENCE = List.of("pointer", "value");
  static final List<String> WAIVER = List.of("rule", "initiative", "pointer", "justification",
      "expires");
  static final List<String> WAIVER_NOTICE = List.of("waiver", "kind");
  static final List<String> ELEMENT = List.of("element", "status", "rules");
  static final List<String> RULE_RESULT = List.of("rule", "status", "detail");
  static final List<String> SUMMARY = List.of("critical", "major", "minor", "advisory",
      "notRecorded", "waived", "errors", "verdict");
  static final List<String> PROFILE = List.of("name", "disabled", "severities");
  static final List<String> WAIVERS = List.of("waivers");

  private AssessmentCodec() {}

  // --- Reading ----------------------------------------------------------------------------------

  static Assessment read(In in) {
    Obj o = in.object("an assessment", Obj.plus(ASSESSMENT, "schemaVersion"));
    Assessment.Builder b = new Assessment.Builder()
        .initiative(initiativeId(o, "initiative", "the id of the initiative assessed"))
        .title(o.text("title", "the initiative's title"))
        .stage(o.choice("stage", Stage.class, "the initiative's stage"))
        .assessedOn(o.date("assessedOn", "the date of the assessment"))
        .catalogueVersion(o.text("catalogueVersion", "the version of the framework catalogue"))
        .ruleSet(o.text("ruleSet", "the name of the rule set"))
        .ruleSetVersion(o.text("ruleSetVersion", "the version of the rule set"))
        .profile(o.text("profile", "the name of the profile"))
        .findings(o.list("findings", "a list of findings", AssessmentCodec::finding))
        .elements(o.list("elements", "a list of element statuses", AssessmentCodec::element))
        .rules(o.list("rules", "a list of rule results", AssessmentCodec::ruleResult))
        .waiverNotices(o.list("waiverNotices", "a list of waiver notices",
            AssessmentCodec::waiverNotice));
    b.ladder(o.get("ladder").map(InitiativeCodec::ladder)
        .orElse(LadderPosition.notRecorded()));
    Assessment assessment = o.build(b::build);
    o.get("summary").ifPresent(v -> checkSummary(v, assessment.summary()));
    return assessment;
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
    Obj o = in.object("a finding", FINDING);
    Finding.Builder b = new Finding.Builder()
        .rule(ruleId(o, "rule", "the id of the rule"))
        .severity(o.choice("severity", Severity.class, "the severity"))
        .status(o.choice("status", FindingStatus.class, "the status"))
        .message(o.text("message", "the finding's message"))
        .elements(o.texts("elements", "a list of framework element ids"))
        .evidence(o.list("evidence", "a list of evidence", AssessmentCodec::evidence))
        .remedy(o.text("remedy", "the remedy"))
        .remedyActions(o.texts("remedyActions", "a list of action ids"));
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

  private static String ruleId(Obj o, String name, String what) {
    return ruleId(o.required(name, what), what);
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
    Obj o = in.object("an element status", ELEMENT);
    ElementAssessment.Builder b = new ElementAssessment.Builder()
        .element(o.text("element", "the id of the framework element"))
        .status(o.choice("status", ElementStatus.class, "the element's status"))
        .rules(o.list("rules", "a list of rule ids", v -> ruleId(v, "a rule id")));
    return o.build(b::build);
  }

  static RuleResult ruleResult(In in) {
    Obj o = in.object("a rule result", RULE_RESULT);
    RuleResult.Builder b = new RuleResult.Builder()
        .rule(ruleId(o, "rule", "the id of the rule"))
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
            v -> v.choice(Severity.class)));
    return o.build(b::build);
  }

  static List<Waiver> waivers(In in) {
    Obj o = in.object("a waivers document", Obj.plus(WAIVERS, "schemaVersion"));
    return List.copyOf(o.required("waivers", "a list of waivers")
        .list("a list of waivers", AssessmentCodec::waiver));
  }

  // --- Writing ----------------------------------------------------------------------------------

  static ObjectNode write(Assessment a) {
    return new Out()
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
        .node("ladder", InitiativeCodec.write(a.ladder()))
        .list("waiverNotices", a.waiverNotices(), AssessmentCodec::write)
        .node("summary", write(a.summary()))
        .node();
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
        .list("remedyActions", f.remedyActions(), Out::text);
    f.waiver().ifPresent(w -> o.node("waiver", write(w)));
    return o.node();
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
        .list("rules", e.rules(), Out::text).node();
  }

  static ObjectNode write(RuleResult r) {
    return new Out().text("rule", r.rule()).choice("status", r.status())
        .text("detail", r.detail()).node();
  }

  static ObjectNode write(Profile p) {
    ObjectNode severities = Out.NODES.objectNode();
    p.severities().forEach((rule, severity) -> severities.put(rule, Kebab.of(severity)));
    return new Out().text("name", p.name()).list("disabled", p.disabled(), Out::text)
        .node("severities", severities).node();
  }

  static ObjectNode writeWaivers(List<Waiver> waivers) {
    return new Out().list("waivers", waivers, AssessmentCodec::write).node();
  }
}
