package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.MissingFact;
import io.github.coproduction.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The practitioners' level (the default) against the developers' level: what leads, what is left
 * to the detail level, and each missing fact said once.
 */
class PractitionerReportTest {

  private static final Pattern ELEMENT_CODE = Pattern.compile("\\b(S[1-3]\\.[1-8]|C[1-6])\\b");
  private static final Pattern POINTER =
      Pattern.compile("/(participants|arrangements|power|vision|ladder|risks)\\b");

  private final Assessment crisis = ReportFixtures.crisisAssessment();

  private static List<String> human(Assessment a, ReportOptions o) {
    return List.of(TextReport.render(a, o), MarkdownReport.render(a, o),
        HtmlReport.render(a, o));
  }

  @Test
  void theDefaultLevelShowsNoRuleIdElementCodeOrPointer() {
    for (Assessment a : List.of(crisis, ReportFixtures.bareAssessment())) {
      for (String out : human(a, ReportOptions.defaults())) {
        for (Finding f : a.findings()) {
          assertThat(out).as("rule id").doesNotContain(f.rule());
        }
        assertThat(ELEMENT_CODE.matcher(out).find()).as("an element code in %s", out).isFalse();
        assertThat(POINTER.matcher(out).find()).as("a pointer").isFalse();
      }
    }
  }

  @Test
  void theDetailLevelShowsRuleIdsElementCodesAndPointers() {
    for (String out : human(crisis, ReportFixtures.DETAIL)) {
      assertThat(out).contains("unpaid-lived-experience").contains("/participants/1/payment")
          .contains("S2.6");
    }
  }

  @Test
  void theReportLeadsWithWhatNeedsAttentionThenGapsThenMissingInformation() {
    String text = TextReport.render(crisis);
    int attention = text.indexOf("Needs attention first");
    int gaps = text.indexOf("Gaps by framework step");
    int missing = text.indexOf("Information missing");
    assertThat(attention).isPositive().isLessThan(gaps);
    assertThat(gaps).isLessThan(missing);
    // The most severe open gap comes first, and the critical gaps before the major ones.
    String first = text.substring(attention, gaps);
    assertThat(first.indexOf("CRITICAL")).isPositive()
        .isLessThan(first.indexOf("MAJOR"));
    assertThat(first).doesNotContain("MINOR");
  }

  @Test
  void missingInformationHasNoSeverityBadge() {
    String text = TextReport.render(crisis);
    String missing = text.substring(text.indexOf("Information missing"));
    for (Severity s : Severity.values()) {
      assertThat(missing).doesNotContain(s.name());
    }
    String html = HtmlReport.render(crisis);
    String section = html.substring(html.indexOf("<section id=\"missing\">"),
        html.indexOf("</section>", html.indexOf("<section id=\"missing\">")));
    assertThat(section).doesNotContain("badge");
  }

  @Test
  void aFactMissingForSeveralParticipantsIsOneLineNamingHowMany() {
    Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING)
        .addParticipants(lived("P01"), lived("P02"), lived("P03"))
        .build();
    Assessment a = Assessor.standard().assess(i, ReportFixtures.ASSESSED_ON);
    long perParticipant = a.findings().stream()
        .filter(f -> f.rule().equals("unpaid-lived-experience")).count();
    assertThat(perParticipant).as("the rule finds once per participant").isEqualTo(3);
    List<MissingFact> facts = a.missingFacts();
    MissingFact payment = facts.stream()
        .filter(m -> m.fact().equals("/participants/*/payment")).findFirst().orElseThrow();
    assertThat(payment.participants()).isEqualTo(3);
    assertThat(payment.pointers()).hasSize(3);
    assertThat(payment.description()).contains("3 participants");
    assertThat(facts).extracting(MissingFact::fact).doesNotHaveDuplicates();
    String text = TextReport.render(a).replaceAll("\\s+", " ");
    assertThat(text).containsOnlyOnce(payment.description());
  }

  @Test
  void oneMissingFactListsEveryRuleThatNeedsIt() {
    Assessment bare = ReportFixtures.bareAssessment();
    List<MissingFact> facts = bare.missingFacts();
    MissingFact participants = facts.stream()
        .filter(m -> m.fact().equals("/participants")).findFirst().orElseThrow();
    List<String> waiting = bare.findings().stream()
        .filter(f -> f.status() == FindingStatus.NOT_RECORDED)
        .filter(f -> f.evidence().stream().anyMatch(e -> e.pointer().equals("/participants")))
        .map(Finding::rule).distinct().toList();
    assertThat(waiting).hasSizeGreaterThan(1);
    assertThat(participants.rules()).containsExactlyInAnyOrderElementsOf(waiting);
    assertThat(participants.mattersMost()).isTrue();
    // Every not-recorded finding is accounted for by some fact.
    long notRecorded = bare.findings().stream()
        .filter(f -> f.status() == FindingStatus.NOT_RECORDED && !f.isWaived()).count();
    assertThat(facts.stream().mapToLong(m -> m.rules().size()).sum())
        .isGreaterThanOrEqualTo(facts.size()).isLessThanOrEqualTo(notRecorded * 3);
    assertThat(facts.size()).isLessThan((int) notRecorded);
  }

  @Test
  void criticalAndMajorHaveDifferentMarksAndBadges() {
    assertThat(TextReport.mark(Severity.CRITICAL)).isNotEqualTo(TextReport.mark(Severity.MAJOR));
    assertThat(HtmlReport.badge(Severity.CRITICAL)).contains("sev-critical").contains("!!!");
    assertThat(HtmlReport.badge(Severity.MAJOR)).contains("sev-major").doesNotContain("!!!");
    String css = ReportStyle.css();
    assertThat(css).contains(".badge.sev-critical { background: #7a1010; border-radius: 0;")
        .contains(".badge.sev-major { background: #c2410c; border-radius: 999px;");
  }

  private static Participant lived(String ref) {
    return new Participant.Builder().ref(ref).role(Role.SERVICE_USER)
        .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).build();
  }
}
