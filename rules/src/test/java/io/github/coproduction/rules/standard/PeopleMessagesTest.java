package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.finished;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Body;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Session;
import io.github.coproduction.core.initiative.SessionKind;
import io.github.coproduction.core.initiative.Statement;
import io.github.coproduction.core.initiative.StatementKind;
import io.github.coproduction.core.initiative.Vision;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.RuleResult;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The people, leadership, process and statement rules say their findings and reasons from the
 * bundles: in the pseudo-locale, nothing but the record's own words (references, subjects)
 * is left in plain ASCII letters. Each scenario also names the rules it must reach, so that it
 * cannot pass on an assessment that says nothing.
 */
class PeopleMessagesTest {

  private static final Set<String> RULES = Set.of("no-lived-experience", "tokenism",
      "decision-maker-not-evidenced", "problem-defined-without-lived-experience",
      "vision-not-informed-by-lived-experience", "vision-not-co-produced", "one-off-exercise",
      "papers-late", "no-senior-sponsor", "limits-not-stated", "no-time-for-trust",
      "no-impact-evidence", "no-clear-purpose", "no-shared-understanding", "no-ground-rules",
      "no-facilitation", "systems-in-the-way", "papers-not-accessible",
      "partners-report-exclusion");

  /** The record's own words used below: shown as they are in every locale. */
  private static final List<String> RECORD_WORDS = List.of("Service model", "Budget",
      "Care pathway");

  /** A run of three or more ASCII letters: English not taken from a bundle. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z]{3,}");

  private static final Assessor PSEUDO = Assessor.builder().locale(Messages.PSEUDO).build();

  /** An initiative to assess, and the rules whose findings or reasons it must bring out. */
  record Scenario(String name, Initiative initiative, Set<String> reaches) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario("everything recorded absent, staff only", everythingAbsent(),
            Set.of("no-lived-experience", "tokenism", "decision-maker-not-evidenced",
                "problem-defined-without-lived-experience",
                "vision-not-informed-by-lived-experience", "vision-not-co-produced",
                "one-off-exercise", "papers-late", "no-senior-sponsor", "limits-not-stated",
                "no-time-for-trust", "no-impact-evidence", "no-clear-purpose",
                "no-shared-understanding", "no-ground-rules", "no-facilitation",
                "systems-in-the-way", "papers-not-accessible", "partners-report-exclusion")),
        new Scenario("nothing recorded but who takes part", running()
            .addParticipants(serviceUser("P01").build(), commissioner("S01").build()).build(),
            Set.of("tokenism", "decision-maker-not-evidenced",
                "problem-defined-without-lived-experience",
                "vision-not-informed-by-lived-experience", "vision-not-co-produced",
                "one-off-exercise", "papers-late", "no-senior-sponsor", "limits-not-stated",
                "no-time-for-trust", "no-impact-evidence", "no-clear-purpose",
                "no-shared-understanding", "no-ground-rules", "no-facilitation",
                "systems-in-the-way", "papers-not-accessible", "partners-report-exclusion")),
        new Scenario("partners flagged, decisions kept to staff, one-off sessions",
            tokenAndOneOff(), Set.of("tokenism", "decision-maker-not-evidenced",
                "one-off-exercise", "papers-late", "limits-not-stated",
                "problem-defined-without-lived-experience", "partners-report-exclusion")),
        new Scenario("a board recorded only by name, papers' dates not recorded", boardOnly(),
            Set.of("tokenism", "decision-maker-not-evidenced", "papers-late")),
        new Scenario("no decisions, partners outside them, staff-only sessions", outside(),
            Set.of("tokenism", "decision-maker-not-evidenced", "papers-late")),
        new Scenario("a partner group's statements", group(),
            Set.of("partners-report-exclusion")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theRulesSayNothingOutsideTheBundles(Scenario scenario) {
    Assessment a = PSEUDO.assess(scenario.initiative(), Inputs.ASSESSED_ON);
    List<String> said = new ArrayList<>();
    Set<String> reached = new TreeSet<>();
    for (Finding f : a.findings()) {
      if (RULES.contains(f.rule())) {
        said.add(f.rule() + ": " + f.message());
        reached.add(f.rule());
      }
    }
    for (RuleResult r : a.rules()) {
      if (RULES.contains(r.rule()) && r.detail().isPresent()) {
        said.add(r.rule() + ": " + r.detail().get());
        reached.add(r.rule());
      }
    }
    assertThat(reached).as("the rules the scenario reaches").containsAll(scenario.reaches());
    for (String line : said) {
      String text = line.substring(line.indexOf(": ") + 2);
      for (String word : RECORD_WORDS) {
        text = text.replace(word, "");
      }
      assertThat(PLAIN.matcher(text).find()).as(line).isFalse();
    }
  }

  /** The sentences put together from several keys read in English exactly as before. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void englishAsBefore(String rule, Initiative initiative, String expected) {
    Assessment a = Assessor.builder().locale(Locale.ENGLISH).build()
        .assess(initiative, Inputs.ASSESSED_ON);
    assertThat(a.findings()).filteredOn(f -> f.rule().equals(rule)).extracting(Finding::message)
        .contains(expected);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> english() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("tokenism", tokenAndOneOff(),
            "Partners took part in 0 of 3 recorded decisions: they are absent from all of"
                + " them. That P01, P02 are flagged as decision-makers does not change it."
                + " 2 of 9 participants are partners: a token share of the group (below 25%)."
                + " A decision on the budget (\"Budget\") was kept to staff. A decision on the"
                + " model of care (\"Care pathway\") was kept to staff."),
        org.junit.jupiter.params.provider.Arguments.of("decision-maker-not-evidenced",
            tokenAndOneOff(), "P01, P02 are flagged as a decision-maker but took part in none"
                + " of the 3 recorded decisions."),
        org.junit.jupiter.params.provider.Arguments.of("limits-not-stated", tokenAndOneOff(),
            "The initiative states that everything is open to co-production, but 3 of 3"
                + " recorded decisions were made without partners: what was not open was never"
                + " said."),
        org.junit.jupiter.params.provider.Arguments.of("one-off-exercise", outside(),
            "The sessions show a one-off exercise: partners took part in none of 1 recorded"
                + " sessions, and staff-only sessions or decisions followed."),
        org.junit.jupiter.params.provider.Arguments.of("tokenism", outside(),
            "Partners sit outside every decision: none of the 2 partners (P01, P02) is where"
                + " decisions are made."),
        org.junit.jupiter.params.provider.Arguments.of("partners-report-exclusion",
            tokenAndOneOff(), "Partner P01 said they were not treated as equals (statement 1,"
                + " 2026-05-01, on S3.3)."),
        org.junit.jupiter.params.provider.Arguments.of("partners-report-exclusion",
            tokenAndOneOff(), "Partner P02 said they were excluded (statement 2, on S2.7, S3.3)."),
        org.junit.jupiter.params.provider.Arguments.of("partners-report-exclusion", group(),
            "Partner group WG (14 members) said they were excluded (statement 1, 2026-05-01, on"
                + " S3.3)."),
        org.junit.jupiter.params.provider.Arguments.of("partners-report-exclusion", group(),
            "Partner group WG (14 members) said they were not treated as equals (statement 2,"
                + " on S3.1, S3.3, S1.1)."));
  }

  /** Staff only, one with lived experience; every arrangement, the vision, the purpose absent. */
  private static Initiative everythingAbsent() {
    Arrangements.Builder arrangements = new Arrangements.Builder();
    for (Arrangement each : Arrangement.values()) {
      arrangements.provision(each, Provision.absent());
    }
    return finished()
        .addParticipants(new Participant.Builder().ref("S01").role(Role.SENIOR_MANAGER)
            .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).build(),
            commissioner("S02").build())
        .arrangements(arrangements.build())
        .purpose(Recorded.absent())
        .vision(new Vision.Builder().informedByLivedExperience(Fact.ABSENT)
            .coProduced(Fact.ABSENT).build())
        .continuity(Recorded.present(Continuity.ONE_OFF))
        .power(new Power.Builder()
            .problemDefinedBy(Recorded.present(EnumSet.of(Role.COMMISSIONER,
                Role.SENIOR_MANAGER, Role.FRONT_LINE_STAFF)))
            .notOpenToCoproduction(Recorded.absent()).build())
        .build();
  }

  /**
   * Two flagged partners and a partner group among seven staff; every decision, on the budget
   * and the model of care too, made by staff; one session with partners, papers late, then
   * staff only; statements of inequality and exclusion.
   */
  private static Initiative tokenAndOneOff() {
    Initiative.Builder b = running()
        .addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT).build(),
            serviceUser("P02").decisionMaker(Fact.PRESENT).build());
    for (int s = 1; s <= 7; s++) {
      b.addParticipants(commissioner("S0" + s).build());
    }
    return b
        .power(new Power.Builder()
            .problemDefinedBy(Recorded.absent())
            .notOpenToCoproduction(Recorded.present(List.of()))
            .addDecisions(new Decision.Builder().subject("Service model").addMadeBy("S01")
                    .build(),
                new Decision.Builder().subject("Budget").area(DecisionArea.BUDGET)
                    .addMadeBy("S01").build(),
                new Decision.Builder().subject("Care pathway").area(DecisionArea.MODEL_OF_CARE)
                    .addMadeBy("S02").build())
            .build())
        .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-10"))
                .kind(SessionKind.WORKSHOP).addAttendees("P01", "S01")
                .papersSent(LocalDate.parse("2026-03-08")).build(),
            new Session.Builder().date(LocalDate.parse("2026-04-10"))
                .kind(SessionKind.BOARD).addAttendees("S01", "S02").addDecisions("0").build())
        .continuity(Recorded.present(Continuity.ONGOING))
        .addStatements(new Statement.Builder().by("P01").date(LocalDate.parse("2026-05-01"))
                .kind(StatementKind.INEQUALITY).quote("us and them").addElements("S3.3").build(),
            new Statement.Builder().by("P02").kind(StatementKind.EXCLUSION)
                .quote("told after it was decided").addElements("S2.7", "S3.3").build())
        .build();
  }

  /** A flagged partner; the one decision by a board whose members are not recorded. */
  private static Initiative boardOnly() {
    return running()
        .addParticipants(serviceUser("P01").decisionMaker(Fact.PRESENT).build(),
            commissioner("S01").build())
        .power(new Power.Builder()
            .addBodies(new Body.Builder().id("board").name("Programme board").build())
            .addDecisions(new Decision.Builder().subject("Service model").body("board").build())
            .build())
        .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-10"))
            .kind(SessionKind.MEETING).addAttendees("P01", "S01").build())
        .build();
  }

  /** A partner group of fourteen that said it was excluded, then not treated as equals. */
  private static Initiative group() {
    return running()
        .addParticipants(new Participant.Builder().ref("WG").role(Role.SERVICE_USER)
            .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).members(14)
            .putRoleMix(Role.SERVICE_USER, 10).putRoleMix(Role.CARER, 4).build())
        .addStatements(new Statement.Builder().by("WG").date(LocalDate.parse("2026-05-01"))
                .kind(StatementKind.EXCLUSION).quote("left out").addElements("S3.3").build(),
            new Statement.Builder().by("WG").kind(StatementKind.INEQUALITY)
                .quote("us and them").addElements("S3.1", "S3.3", "S1.1").build())
        .build();
  }

  /** Two partners recorded outside every decision, no decision recorded, staff-only sessions. */
  private static Initiative outside() {
    return running()
        .addParticipants(serviceUser("P01").decisionMaker(Fact.ABSENT).build(),
            serviceUser("P02").decisionMaker(Fact.ABSENT).build(), commissioner("S01").build())
        .addSessions(new Session.Builder().date(LocalDate.parse("2026-03-10"))
            .kind(SessionKind.BOARD).addAttendees("S01").build())
        .build();
  }
}
