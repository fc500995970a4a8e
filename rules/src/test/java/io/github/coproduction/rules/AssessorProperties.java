package io.github.coproduction.rules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.testing.Inputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws of assessment, checked on seeded generated initiatives: one dynamic test per seed, as many
 * seeds as {@code -Dcoproduction.tries} asks (200 by default), and every failure names its seed
 * and how to replay it ({@code -Dcoproduction.seed=S}).
 */
class AssessorProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  @TestFactory
  Stream<DynamicTest> theAssessmentIsDeterministic() {
    return Seeds.property("assessing twice gives equal assessments", random -> {
      Initiative i = Generators.initiative(random);
      Assessment first = ASSESSOR.assess(i, Inputs.ASSESSED_ON);
      Assessment again = ASSESSOR.assess(i, Inputs.ASSESSED_ON);
      Assessment copy = Assessor.builder().build()
          .assess(new Initiative.Builder().from(i).build(), Inputs.ASSESSED_ON);
      assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(copy).isEqualTo(first);
      assertThat(again.findings()).containsExactlyElementsOf(first.findings());
      assertThat(again.summary()).isEqualTo(first.summary());
    });
  }

  /**
   * What is compared, and why: evidence pointers name participants and checklist responses by
   * their place in the record ({@code /participants/3/payment}, {@code /checklist/responses/7/
   * answer}), and that place moves when the order does. So each finding is compared after its
   * pointers are rewritten to name the participant by reference and the response by item id, with
   * its evidence as a sorted list, and the findings as a multiset. Everything else is compared as
   * it is, messages included: a message that changes with the order is a change a reader sees,
   * and {@link Finding#key()} (rule, status, message) is what progress over time is matched on.
   * Summary, element statuses and rule results must be equal as they are.
   */
  @TestFactory
  Stream<DynamicTest> participantAndResponseOrderDoNotChangeTheAssessment() {
    return Seeds.property("participant and checklist response order do not change the"
        + " assessment", random -> {
          Initiative i = Generators.initiative(random);
          Initiative reordered = Generators.shuffled(i, new Random(random.nextLong()));
          Assessment a = ASSESSOR.assess(i, Inputs.ASSESSED_ON);
          Assessment b = ASSESSOR.assess(reordered, Inputs.ASSESSED_ON);
          assertThat(b.summary()).isEqualTo(a.summary());
          assertThat(b.elements()).isEqualTo(a.elements());
          assertThat(b.rules()).isEqualTo(a.rules());
          List<CanonicalFinding> before = canonical(i, a);
          List<CanonicalFinding> after = canonical(reordered, b);
          assertThat(minus(after, before)).as("findings only after reordering").isEmpty();
          assertThat(minus(before, after)).as("findings only before reordering").isEmpty();
        });
  }

  /** The rule that checks each arrangement. */
  static final Map<Arrangement, String> RULE_FOR_ARRANGEMENT = Map.ofEntries(
      entry(Arrangement.PAYMENT_POLICY, "no-payment-policy"),
      entry(Arrangement.EXPENSES, "expenses-not-covered"),
      entry(Arrangement.WELFARE_BENEFITS_ADVICE, "payment-without-benefits-advice"),
      entry(Arrangement.EMOTIONAL_SUPPORT, "no-emotional-support"),
      entry(Arrangement.TIMETABLE_FLEXIBILITY, "fixed-timetable"),
      entry(Arrangement.GROUND_RULES, "no-ground-rules"),
      entry(Arrangement.FACILITATION, "no-facilitation"),
      entry(Arrangement.TRAINING_AND_DEVELOPMENT, "no-training"),
      entry(Arrangement.TIME_FOR_TRUST, "no-time-for-trust"),
      entry(Arrangement.SENIOR_SPONSOR, "no-senior-sponsor"),
      entry(Arrangement.CHAMPIONS, "no-champions"),
      entry(Arrangement.STAFF_CONCERNS_HEARD, "staff-concerns-unheard"),
      entry(Arrangement.SHARED_UNDERSTANDING, "no-shared-understanding"),
      entry(Arrangement.SYSTEMS_REVIEWED, "systems-in-the-way"),
      entry(Arrangement.CHALLENGE_PROCESS, "no-way-to-address-tensions"),
      entry(Arrangement.IMPACT_EVIDENCE, "no-impact-evidence"),
      entry(Arrangement.ACCESSIBLE_PAPERS, "papers-not-accessible"));

  @Test
  void everyArrangementHasTheRuleThatChecksIt() {
    assertThat(RULE_FOR_ARRANGEMENT.keySet())
        .containsExactlyInAnyOrder(Arrangement.values());
    assertThat(RULE_FOR_ARRANGEMENT.values()).allSatisfy(id ->
        assertThat(RuleSet.standard().find(id)).as(id).isPresent());
  }

  @TestFactory
  Stream<DynamicTest> recordingAMissingArrangementAsPresentNeverAddsAFinding() {
    return Seeds.property("recording a missing arrangement as present never adds a finding",
        random -> {
          Initiative i = Generators.initiative(random);
          Assessment before = ASSESSOR.assess(i, Inputs.ASSESSED_ON);
          Set<String> keysBefore = before.findings().stream().map(Finding::key)
              .collect(Collectors.toSet());
          i.arrangements().provisions().forEach((name, provision) -> {
            if (provision.isPresent()) {
              return;
            }
            Initiative fixed = new Initiative.Builder().from(i)
                .arrangements(present(i.arrangements(), name)).build();
            Assessment after = ASSESSOR.assess(fixed, Inputs.ASSESSED_ON);
            String rule = RULE_FOR_ARRANGEMENT.get(name);
            // A rule about people with lived experience may still not know whether it applies:
            // then its only findings say the participants' lived experience is not recorded.
            List<Finding> left = after.findings().stream().filter(f -> f.rule().equals(rule))
                .toList();
            assertThat(left).as("findings of %s once %s is present", rule, name)
                .allSatisfy(f -> {
                  assertThat(f.status()).isEqualTo(FindingStatus.NOT_RECORDED);
                  assertThat(f.evidence()).allSatisfy(e ->
                      assertThat(e.pointer()).startsWith("/participants"));
                });
            assertThat(after.rule(rule).status()).as("%s once %s is present", rule, name)
                .isIn(left.isEmpty()
                    ? List.of(RuleStatus.PASSED, RuleStatus.NOT_APPLICABLE)
                    : List.of(RuleStatus.NOT_RECORDED));
            // Two exceptions: a checklist "no" to the arrangement now contradicts the record (that
            // finding is about the answer, and FactLawsProperties answers yes alongside); and
            // systems recorded as checked while a recorded event says an institutional system
            // still got in the way is a declaration the evidence contradicts.
            assertThat(after.findings()).as("findings once %s is present", name)
                .filteredOn(f -> !f.rule().equals("checklist-contradicts-record")
                    && !f.rule().equals("systems-checked-but-in-the-way"))
                .allSatisfy(f -> assertThat(keysBefore).contains(f.key()));
          });
        });
  }

  /**
   * A rule that throws becomes an evaluation error with the exception's message; it never passes,
   * the other rules are not disturbed, and its elements are not met: a gap another rule proves
   * still shows, otherwise the element is not assessed (or not recorded, when another rule says a
   * fact it needs is missing).
   */
  @TestFactory
  Stream<DynamicTest> aRuleThatThrowsIsAnErrorNeverAPass() {
    RuleDescriptor d = new RuleDescriptor.Builder().id("always-throws").name("Always throws")
        .summary("A rule with a bug").severity(Severity.CRITICAL).addElements("S2.3", "C5")
        .rationale("Rules can have bugs.").remedy("Fix the rule.").addRemedyActions("C5.1")
        .build();
    Rule broken = Rule.of(d, input -> {
      throw new IllegalStateException("boom in " + input.initiative().id());
    });
    Assessor withBroken = Assessor.builder()
        .ruleSet(RuleSet.builder().name("with-broken").addAll(RuleSet.standard()).add(broken)
            .build())
        .build();
    return Seeds.property("a rule that throws is an evaluation error", random -> {
      Initiative i = Generators.initiative(random);
      Assessment plain = ASSESSOR.assess(i, Inputs.ASSESSED_ON);
      Assessment a = withBroken.assess(i, Inputs.ASSESSED_ON);

      RuleResult result = a.rule("always-throws");
      assertThat(result.status()).isEqualTo(RuleStatus.ERROR);
      assertThat(result.detail()).hasValue("IllegalStateException: boom in " + i.id());
      assertThat(a.findings()).noneSatisfy(f -> assertThat(f.rule()).isEqualTo("always-throws"));
      assertThat(a.summary().errors()).isEqualTo(1);
      assertThat(a.summary().verdict()).isNotEqualTo(Verdict.SOUND);
      assertThat(a.findings()).isEqualTo(plain.findings());
      assertThat(a.rules().subList(0, plain.rules().size())).isEqualTo(plain.rules());

      for (String element : d.elements()) {
        boolean gap = a.findings().stream()
            .anyMatch(f -> f.isOpenGap() && f.elements().contains(element));
        boolean notRecorded = a.findings().stream().anyMatch(f -> !f.isWaived()
            && f.status() == FindingStatus.NOT_RECORDED && f.elements().contains(element));
        ElementStatus expected = gap ? ElementStatus.GAP
            : notRecorded ? ElementStatus.NOT_RECORDED : ElementStatus.NOT_ASSESSED;
        assertThat(a.element(element).status()).as(element).isEqualTo(expected);
        assertThat(a.element(element).rules()).as(element).contains("always-throws");
      }
      // elements the broken rule does not evidence keep their status
      for (ElementAssessment e : plain.elements()) {
        if (!d.elements().contains(e.element())) {
          assertThat(a.element(e.element()).status()).as(e.element()).isEqualTo(e.status());
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> theSummaryCountsTheFindings() {
    return Seeds.property("the summary counts the findings and rule errors", random -> {
      Assessment a = ASSESSOR.assess(Generators.initiative(random), Inputs.ASSESSED_ON);
      Summary s = a.summary();
      for (Severity severity : Severity.values()) {
        assertThat(s.gaps(severity)).as(severity.label()).isEqualTo(a.findings().stream()
            .filter(f -> f.isOpenGap() && f.severity() == severity).count());
      }
      assertThat(s.notRecorded()).isEqualTo(a.findings().stream()
          .filter(f -> f.status() == FindingStatus.NOT_RECORDED).count());
      assertThat(s.gaps() + s.notRecorded() + s.waived()).isEqualTo(a.findings().size());
      assertThat(s.verdict()).isEqualTo(a.hasGapsAtLeast(Severity.MINOR) ? Verdict.GAPS
          : s.notRecorded() + s.errors() > 0 ? Verdict.INCOMPLETE : Verdict.SOUND);
      // findings come most severe first
      assertThat(a.findings()).isSortedAccordingTo(
          Comparator.comparing(Finding::severity, Comparator.reverseOrder()));
      // every rule that found something says so
      for (RuleResult r : a.rules()) {
        List<Finding> mine = a.findings().stream().filter(f -> f.rule().equals(r.rule()))
            .toList();
        RuleStatus expected = mine.isEmpty() ? r.status()
            : mine.stream().anyMatch(f -> f.status() == FindingStatus.GAP) ? RuleStatus.GAP
            : RuleStatus.NOT_RECORDED;
        assertThat(r.status()).as(r.rule()).isEqualTo(expected);
        if (mine.isEmpty()) {
          assertThat(r.status()).as(r.rule()).isIn(RuleStatus.PASSED, RuleStatus.NOT_APPLICABLE);
        }
      }
    });
  }

  // ---------------------------------------------------------------------------------------------

  /** A finding with pointers rewritten from places to names, and its evidence sorted. */
  record CanonicalFinding(String rule, Severity severity, FindingStatus status, String message,
      List<String> evidence, List<String> elements, List<String> remedyActions,
      Optional<Waiver> waiver) {}

  private static final Pattern PARTICIPANT = Pattern.compile("^/participants/(\\d+)(/.*)?$");
  private static final Pattern RESPONSE =
      Pattern.compile("^/checklist/responses/(\\d+)(/.*)?$");

  static List<CanonicalFinding> canonical(Initiative i, Assessment a) {
    List<CanonicalFinding> out = new ArrayList<>();
    for (Finding f : a.findings()) {
      List<String> evidence = f.evidence().stream()
          .map(e -> name(i, e.pointer()) + " = " + e.value()).sorted().toList();
      out.add(new CanonicalFinding(f.rule(), f.severity(), f.status(), f.message(), evidence,
          f.elements(), f.remedyActions(), f.waiver()));
    }
    return out;
  }

  /** The elements of {@code a} left after taking away those of {@code b}, as multisets. */
  static <T> List<T> minus(List<T> a, List<T> b) {
    List<T> left = new ArrayList<>(a);
    for (T t : b) {
      left.remove(t);
    }
    return left;
  }

  private static String name(Initiative i, String pointer) {
    Matcher m = PARTICIPANT.matcher(pointer);
    if (m.matches()) {
      Participant p = i.participants().get(Integer.parseInt(m.group(1)));
      return "/participants/{" + p.ref() + "}" + (m.group(2) == null ? "" : m.group(2));
    }
    m = RESPONSE.matcher(pointer);
    if (m.matches()) {
      Response r = i.checklist().orElseThrow().responses().get(Integer.parseInt(m.group(1)));
      return "/checklist/responses/{" + r.item() + "}" + (m.group(2) == null ? "" : m.group(2));
    }
    return pointer;
  }

  private static Arrangements present(Arrangements a, Arrangement name) {
    Arrangements.Builder b = new Arrangements.Builder().from(a);
    Provision p = Provision.present();
    b.provision(name, p);
    Arrangements result = b.build();
    assertThat(result.provision(name)).as(name.documentName()).isEqualTo(p);
    return result;
  }
}
