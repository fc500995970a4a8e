package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.allYesExcept;
import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.fee;
import static io.github.coproduction.rules.testing.Inputs.finished;
import static io.github.coproduction.rules.testing.Inputs.only;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Cause;
import io.github.coproduction.core.initiative.CauseKind;
import io.github.coproduction.core.initiative.Event;
import io.github.coproduction.core.initiative.EventKind;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Reflection;
import io.github.coproduction.core.initiative.Risk;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages of the checklist, event, ladder, reflection and risk rules, and the note events add
 * to the gaps they bear on, come from the bundles: in the pseudo-locale every word of them is
 * accented, and the only plain ASCII words left are the record's data and the framework's own
 * text, given as arguments.
 */
class EventMessagesTest {

  private static final Assessor PSEUDO = Assessor.builder().locale(Messages.PSEUDO).build();

  /** A JSON Pointer into the record, such as {@code /arrangements/challengeProcess}. */
  private static final Pattern POINTER = Pattern.compile("(/[A-Za-z0-9]+)+");

  /** Three or more ASCII letters in a row: a word not from a bundle. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  private static final Set<String> RULES = Stream.of(ChecklistRules.all(), EventRules.all(),
      LadderRules.all(), ReflectionRules.all(), RiskRules.all())
      .flatMap(List::stream).map(r -> r.descriptor().id()).collect(Collectors.toSet());

  /**
   * The data the scenarios put in, longest first so that no shorter piece is taken out of a
   * longer one: checklist and item ids, the items' own text, rung names, a role as the record
   * writes it, participant references, and the one ladder reason (LadderEvidence's, not yet from
   * a bundle) said here. JSON Pointers are taken out too.
   */
  private static final List<String> DATA = data();

  private static List<String> data() {
    List<String> data = new ArrayList<>();
    data.add(DefaultChecklist.ID);
    for (ChecklistItem item : DefaultChecklist.checklist().items()) {
      data.add(item.id());
      data.add(item.text());
    }
    for (LadderRung rung : LadderRung.values()) {
      data.add(rung.title());
    }
    data.addAll(List.of("senior-manager", "PR1", "P01",
        "The participants are not recorded."));
    data.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(data);
  }

  private static Event event(String date, EventKind kind) {
    return new Event.Builder().date(LocalDate.parse(date)).kind(kind).build();
  }

  private static Reflection reflection(Role... roles) {
    return new Reflection.Builder().date(LocalDate.parse("2026-03-01")).phase(Phase.AFTER)
        .addRoles(roles).build();
  }

  private static Risk risk(RiskKind kind, RiskCarrier carrier) {
    return new Risk.Builder().kind(kind).carriedBy(carrier).build();
  }

  private static LadderPosition ladder(LadderRung current, LadderRung target) {
    return new LadderPosition.Builder().current(Recorded.present(current))
        .target(Recorded.present(target)).build();
  }

  /** Scenarios that between them reach every kind of message of these rules. */
  private static List<Initiative> scenarios() {
    Event delay = new Event.Builder().date(LocalDate.parse("2025-09-01"))
        .until(LocalDate.parse("2026-03-01")).kind(EventKind.DELAY).addAffected("PR1")
        .cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM)).build();
    Event refused = new Event.Builder().kind(EventKind.APPROVAL_REFUSED)
        .cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM)).build();
    Event byRole = new Event.Builder().date(LocalDate.parse("2026-01-15"))
        .kind(EventKind.DISTRESS).addAffected("PR1")
        .cause(new Cause.Builder().kind(CauseKind.ROLE).role(Role.SENIOR_MANAGER).build())
        .build();
    // A harm bearing on S3.8 raises the organisations' risk to critical, and bears on the
    // participants' risk, critical already.
    Event harm = new Event.Builder().date(LocalDate.parse("2026-02-01")).kind(EventKind.HARM)
        .addElements("S3.8").build();
    return List.of(
        running().addParticipants(serviceUser("PR1").build())
            .arrangements(new Arrangements.Builder().systemsReviewed(Provision.present())
                .build())
            .addEvents(delay, refused, byRole, event("2026-02-01", EventKind.LATE_PAYMENT),
                new Event.Builder().kind(EventKind.CONFLICT)
                    .cause(Cause.of(CauseKind.DECISION)).build())
            .build(),
        running().addParticipants(commissioner("S01").build(),
                serviceUser("P01").payment(Recorded.present(fee("30.00"))).build())
            .risks(Recorded.present(List.of(risk(RiskKind.WELLBEING, RiskCarrier.ORGANISATIONS),
                risk(RiskKind.SERVICE, RiskCarrier.PARTICIPANTS))))
            .addEvents(harm)
            .arrangements(new Arrangements.Builder().challengeProcess(Provision.absent())
                .emotionalSupport(Provision.absent()).build())
            .checklist(allYesExcept("B05=-", "B12=UNANSWERED", "B09=NO", "D03.2=PARTLY"))
            .claimsCoproduction(Fact.PRESENT)
            .ladder(ladder(LadderRung.CONSULTATION, LadderRung.CO_PRODUCTION))
            .build(),
        running().claimsCoproduction(Fact.PRESENT).risks(Recorded.absent())
            .arrangements(new Arrangements.Builder().emotionalSupport(Provision.absent())
                .build())
            .checklist(only("B14=YES"))
            .ladder(new LadderPosition.Builder().current(Recorded.absent())
                .target(Recorded.notRecorded()).build())
            .build(),
        running().reflections(Recorded.absent()).build(),
        finished().addParticipants(serviceUser("P01").build())
            .reflections(Recorded.present(List.of(reflection(Role.SENIOR_MANAGER,
                Role.COMMISSIONER), reflection(Role.FRONT_LINE_STAFF))))
            .checklist(allYesExcept(DefaultChecklist.checklist().items(Phase.AFTER).stream()
                .map(i -> i.id() + "=UNANSWERED").toArray(String[]::new)))
            .build(),
        finished().addParticipants(serviceUser("P01").build())
            .reflections(Recorded.present(List.of(reflection()))).build(),
        finished().build(),
        Inputs.planning().build());
  }

  @Test
  void theRulesSayEveryWordInTheLocale() {
    List<String> said = new ArrayList<>();
    for (Initiative i : scenarios()) {
      Assessment a = PSEUDO.assess(i, Inputs.ASSESSED_ON);
      for (Finding f : a.findings()) {
        if (RULES.contains(f.rule())) {
          said.add(f.message());
        }
      }
      for (RuleResult r : a.rules()) {
        if (RULES.contains(r.rule())) {
          r.detail().ifPresent(said::add);
        }
      }
    }
    // Every kind of message is reached: a raised gap, an event, a checklist item, a ladder rung.
    assertThat(said).hasSizeGreaterThan(25);
    for (String text : said) {
      String rest = POINTER.matcher(text).replaceAll(" ");
      for (String d : DATA) {
        rest = rest.replace(d, " ");
      }
      assertThat(WORD.matcher(rest).results().map(java.util.regex.MatchResult::group).toList())
          .as("words not from a bundle in \"%s\"", text).isEmpty();
    }
  }

  @Test
  void eventsSayTheirWeightInTheLocale() {
    Assessment a = PSEUDO.assess(scenarios().get(1), Inputs.ASSESSED_ON);
    List<Finding> raised = a.findings().stream()
        .filter(f -> f.rule().startsWith("risk-carried-by-") && !f.raisedBy().isEmpty())
        .toList();
    assertThat(raised).hasSize(2);
    assertThat(raised).allSatisfy(f -> assertThat(f.message()).contains("2026-02-01")
        .doesNotContain("What happened").doesNotContain("Raised to"));
  }

  @Test
  void everyRuleHereRanInSomeScenario() {
    Set<String> ran = new HashSet<>();
    for (Initiative i : scenarios()) {
      Assessment a = PSEUDO.assess(i, Inputs.ASSESSED_ON);
      a.findings().forEach(f -> ran.add(f.rule()));
    }
    assertThat(ran).containsAll(RULES);
  }
}
