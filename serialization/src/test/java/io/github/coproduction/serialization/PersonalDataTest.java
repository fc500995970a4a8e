package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Redaction;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.report.HtmlReport;
import io.github.coproduction.rules.report.MarkdownReport;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.rules.report.PortfolioTextReport;
import io.github.coproduction.rules.report.TextReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.EventKind;
import io.github.coproduction.core.initiative.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Personal data: redacting ({@link Redaction#redact} before assessing, as {@code --redact} does,
 * and {@link ReportOptions#redacting} when rendering) leaves no participant reference and no free
 * text in any output; and the library prints nothing of its own while reading, assessing and
 * rendering.
 */
class PersonalDataTest {

  private static final Assessor ASSESSOR = Assessor.standard();

  /**
   * Plants a unique marker in every free-text and reference field of an initiative: participant
   * references (and so the decisions made by them), the purpose, decision subjects, the items not
   * open to co-production, every arrangement's note, risk descriptions, reflection notes, and
   * checklist response notes and evidence. The marker is fixed-length, so none contains another.
   * The initiative's id and title, its organisations and the checklist id are kept by redaction
   * by design: they name the work and the bodies doing it, not people.
   */
  static final class Planted {
    final List<String> markers = new ArrayList<>();
    final List<String> refs = new ArrayList<>();

    String marker() {
      String m = String.format(java.util.Locale.ROOT, "Mk%05dq", markers.size());
      markers.add(m);
      return m;
    }

    Initiative plant(Initiative i) {
      Map<String, String> renamed = new HashMap<>();
      List<Participant> participants = new ArrayList<>();
      for (Participant p : i.participants()) {
        String ref = marker();
        refs.add(ref);
        renamed.put(p.ref(), ref);
        participants.add(new Participant.Builder().from(p).ref(ref).build());
      }
      List<Decision> decisions = new ArrayList<>();
      for (Decision d : i.power().decisions()) {
        decisions.add(new Decision.Builder().from(d).subject(marker() + " budget")
            .madeBy(d.madeBy().stream().map(renamed::get).toList()).build());
      }
      Power power = new Power.Builder().from(i.power()).decisions(decisions)
          .notOpenToCoproduction(i.power().notOpenToCoproduction().isNotRecorded()
              ? Recorded.present(List.of(marker(), marker()))
              : i.power().notOpenToCoproduction().map(l -> l.stream().map(x -> marker())
                  .toList()))
          .build();
      return new Initiative.Builder().from(i)
          .purpose(Recorded.present("To redesign with " + marker()))
          .participants(participants)
          .sessions(i.sessions().stream().map(s -> (io.github.coproduction.core.initiative.Session)
              new io.github.coproduction.core.initiative.Session.Builder().from(s)
                  .attendees(s.attendees().stream().map(renamed::get).toList()).build())
              .toList())
          .power(power)
          .arrangements(arrangements(i.arrangements(), p -> Provision.of(
              p.fact().isRecorded() ? p.fact() : io.github.coproduction.core.initiative.Fact.PRESENT,
              Optional.of("note " + marker()))))
          .risks(Recorded.present(i.risks().value().orElse(List.of()).isEmpty()
              ? List.of(new Risk.Builder().kind(io.github.coproduction.core.initiative.RiskKind
                  .values()[0]).carriedBy(io.github.coproduction.core.initiative.RiskCarrier
                  .values()[0]).description(marker()).build())
              : i.risks().value().orElse(List.of()).stream().map(r -> (Risk) new Risk.Builder().from(r)
                  .description(marker()).build()).toList()))
          .reflections(i.reflections().map(l -> l.stream().map(r -> (Reflection)
              new Reflection.Builder().from(r).note(marker()).build()).toList()))
          .checklist(i.checklist().map(c -> new ChecklistResponses.Builder().from(c)
              .responses(c.responses().stream().map(r -> (Response) new Response.Builder()
                  .from(r).note(marker()).evidence(List.of(marker(), "minutes " + marker()))
                  .build()).toList()).build()))
          .events(events(i, renamed))
          .statements(i.statements().stream().map(st -> (Statement) new Statement.Builder()
              .from(st).by(renamed.get(st.by())).quote("they said " + marker()).build())
              .toList())
          .build();
    }

    /** The events with markers in their descriptions, and one more when there are none. */
    private List<Event> events(Initiative i, Map<String, String> renamed) {
      List<Event> events = new ArrayList<>();
      for (Event e : i.events()) {
        events.add(new Event.Builder().from(e).description("it stalled " + marker())
            .affected(e.affected().stream().map(renamed::get).toList()).build());
      }
      if (events.isEmpty()) {
        events.add(new Event.Builder().date(java.time.LocalDate.parse("2026-01-05"))
            .kind(EventKind.DELAY).description(marker()).build());
      }
      return events;
    }
  }

  static Arrangements arrangements(Arrangements a, UnaryOperator<Provision> f) {
    Arrangements.Builder b = new Arrangements.Builder().from(a);
    a.provisions().forEach((arrangement, p) -> b.provision(arrangement, f.apply(p)));
    return b.build();
  }

  /** Every output made from an assessment, by name. */
  static Map<String, String> everyOutput(Initiative rendered, Assessment a, ReportOptions o) {
    Documents d = Documents.strict();
    Map<String, String> out = new LinkedHashMap<>();
    out.put("text", TextReport.render(a, o));
    out.put("markdown", MarkdownReport.render(a, o));
    out.put("html", HtmlReport.render(a, o));
    out.put("text, 3 findings", TextReport.render(a, o.withFindingLimit(3)));
    out.put("json", d.write(a, Format.JSON));
    out.put("yaml", d.write(a, Format.YAML));
    out.put("json lines", JsonLines.line(a));
    out.put("csv findings", Csv.findings(a));
    PortfolioSummary summary = java.util.stream.Stream.of(a)
        .collect(PortfolioSummary.collector());
    out.put("csv portfolio", Csv.portfolio(summary));
    out.put("portfolio text", PortfolioTextReport.render(summary));
    out.put("portfolio json", d.write(summary, Format.JSON));
    out.put("redacted initiative json", d.write(rendered, Format.JSON));
    out.put("redacted initiative yaml", d.write(rendered, Format.YAML));
    return out;
  }

  @Test
  void theMarkersReachEveryOutputWhenNotRedacting() {
    // Guards the test below: it proves something only if, unredacted, the markers do show.
    Planted planted = new Planted();
    Initiative i = planted.plant(Generators.initiative(new java.util.Random(3),
        Generators.Tendency.POOR));
    Assessment a = ASSESSOR.assess(i, RulesGenerators.DAY);
    Map<String, String> outputs = everyOutput(i, a, ReportOptions.defaults());
    String all = String.join("\n", outputs.values());
    // every marker reaches the written initiative, and many reach the reports
    for (String m : planted.markers) {
      assertThat(outputs.get("redacted initiative json")).contains(m);
    }
    // the references reach the written initiative; which findings name them depends on the
    // generated roles (the practitioners' text report names participants by count)
    assertThat(planted.refs).allMatch(outputs.get("redacted initiative json")::contains);
    assertThat(planted.markers.stream().filter(all::contains).count())
        .isEqualTo(planted.markers.size());
    assertThat(planted.markers).hasSizeGreaterThan(25);
  }

  @Test
  void redactingLeavesNoMarkerInAnyOutput() {
    for (long seed : Seeds.seeds(Math.min(Seeds.tries(), 60))) {
      Planted planted = new Planted();
      Initiative original = seed == 0 ? Generators.exemplary() : Generators.initiative(seed);
      Initiative i = planted.plant(original);
      // as --redact does: redact the record, then assess and write as usual
      Initiative redacted = Redaction.redact(i);
      Assessment a = ASSESSOR.assess(redacted, RulesGenerators.DAY);
      assertNoMarker(everyOutput(redacted, a, ReportOptions.defaults()), planted.markers,
          Seeds.describe(seed));
      // and redacting the reports as well changes nothing of that
      assertNoMarker(everyOutput(redacted, a, ReportOptions.redacting(redacted)),
          planted.markers, Seeds.describe(seed));
      // rendering options alone, on an unredacted record, leave out every participant reference
      Assessment plain = ASSESSOR.assess(i, RulesGenerators.DAY);
      ReportOptions o = ReportOptions.redacting(i);
      Map<String, String> reports = new LinkedHashMap<>();
      reports.put("text", TextReport.render(plain, o));
      reports.put("markdown", MarkdownReport.render(plain, o));
      reports.put("html", HtmlReport.render(plain, o));
      assertNoMarker(reports, planted.refs, Seeds.describe(seed));
    }
  }

  /** The benefits a participant receives are health-related and sensitive: gone when redacted. */
  @Test
  void redactionRemovesBenefitStatusFromEveryOutput() {
    java.util.List<io.github.coproduction.core.initiative.Participant> people =
        new java.util.ArrayList<>();
    for (io.github.coproduction.core.initiative.Benefit b
        : io.github.coproduction.core.initiative.Benefit.values()) {
      people.add(new io.github.coproduction.core.initiative.Participant.Builder()
          .ref("B" + b.ordinal()).role(io.github.coproduction.core.initiative.Role.CARER)
          .livedExperience(Recorded.present(
              io.github.coproduction.core.initiative.LivedExperience.CARER))
          .benefits(Recorded.present(java.util.Set.of(b)))
          .payment(Recorded.present(new io.github.coproduction.core.initiative.Payment.Builder()
              .method(io.github.coproduction.core.initiative.PaymentMethod.PAYROLL)
              .hourlyRate(new java.math.BigDecimal("30.00"))
              .perWeek(new java.math.BigDecimal("8")).build()))
          .build());
    }
    Initiative i = new Initiative.Builder().from(Generators.exemplary()).participants(people)
        .power(new io.github.coproduction.core.initiative.Power.Builder().build()).sessions(
            java.util.List.of()).statements(java.util.List.of()).events(java.util.List.of())
        .build();
    List<String> words = List.of("carers-allowance", "employment-and-support-allowance",
        "universal-credit", "receives Carer's Allowance",
        "receives Employment and Support Allowance");
    Map<String, String> plain = everyOutput(i, ASSESSOR.assess(i, RulesGenerators.DAY),
        ReportOptions.defaults());
    assertThat(plain.get("redacted initiative json")).contains("carers-allowance",
        "universal-credit");
    assertThat(plain.get("json")).contains("receives Carer's Allowance");
    Initiative redacted = Redaction.redact(i);
    assertNoMarker(everyOutput(redacted, ASSESSOR.assess(redacted, RulesGenerators.DAY),
        ReportOptions.defaults()), words, "benefits");
  }

  private static void assertNoMarker(Map<String, String> outputs, List<String> markers,
      String seed) {
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      String lower = e.getValue().toLowerCase(java.util.Locale.ROOT);
      for (String m : markers) {
        int at = lower.indexOf(m.toLowerCase(java.util.Locale.ROOT));
        assertThat(at).as("%s: marker %s in %s: ...%s...", seed, m, e.getKey(), at < 0 ? ""
            : e.getValue().substring(Math.max(0, at - 60), Math.min(e.getValue().length(),
                at + 60))).isNegative();
      }
    }
  }

  @Test
  void theLibraryPrintsNothingOfItsOwn() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    int work = 0;
    try {
      System.setOut(capture);
      System.setErr(capture);
      Documents d = Documents.strict();
      for (long seed : Seeds.seeds(20)) {
        Initiative i = Generators.initiative(seed);
        for (Format f : Format.values()) {
          Initiative read = d.readInitiative(d.write(i, f), f, "i");
          Assessment a = ASSESSOR.assess(read, RulesGenerators.DAY);
          d.readAssessment(d.write(a, f), f, "a");
          everyOutput(Redaction.redact(read), a, ReportOptions.redacting(read));
          work++;
        }
        // bad input: errors are thrown, never printed
        for (String bad : List.of("", "{", "schemaVersion: \"1.0\"\nid: [", "\"x\"",
            "{\"schemaVersion\":\"9.0\"}", "a: *b", "!!binary x")) {
          for (Format f : Format.values()) {
            try {
              d.readInitiative(bad, f, "bad");
            } catch (DocumentException expected) {
              work++;
            }
          }
        }
        StringWriter lines = new StringWriter();
        JsonLines.write(List.of(i, i), lines);
        work += (int) JsonLines.initiatives(new StringReader(lines + "{oops\n"), d,
            JsonLines.OnError.SKIP).count();
      }
      // a rule that throws is reported in the assessment, not printed
      Assessment failing = Assessor.builder().ruleSet(io.github.coproduction.rules.RuleSet
          .builder().name("failing").version("1").add(io.github.coproduction.rules.Rule.of(
              new io.github.coproduction.rules.RuleDescriptor.Builder().id("always-fails")
                  .name("Always fails").summary("Fails").rationale("To fail").severity(
                      io.github.coproduction.rules.Severity.MINOR).addElements("S2.3")
                  .remedy("None").addRemedyActions("C5.1").build(),
              input -> {
                throw new IllegalStateException("boom");
              })).build()).build().assess(Generators.bare(), RulesGenerators.DAY);
      assertThat(failing.rules().get(0).status().name()).isEqualTo("ERROR");
      TextReport.render(failing);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(work).isGreaterThan(300);
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
