package io.github.coproduction.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.testing.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A portfolio's counts add up, and summaries made in parts merge into the whole. */
class PortfolioSummaryTest {

  private static final int PORTFOLIO = 600;
  private static List<Assessment> assessments;

  @BeforeAll
  static void assessAPortfolio() {
    // a waiver, so that waived findings are counted too
    Assessor assessor = Assessor.builder().addWaiver(new Waiver.Builder().rule("no-champions")
        .justification("Champions come later").expires(LocalDate.parse("2026-12-31")).build())
        .build();
    assessments = new ArrayList<>();
    for (long seed : Seeds.seeds(PORTFOLIO)) {
      assessments.add(assessor.assess(Generators.initiative(Seeds.random(seed)),
          Inputs.ASSESSED_ON));
    }
    assessments.add(assessor.assess(Generators.exemplary(), Inputs.ASSESSED_ON));
    assessments.add(assessor.assess(Generators.bare(), Inputs.ASSESSED_ON));
  }

  private static PortfolioSummary tally(List<Assessment> part) {
    PortfolioTally t = new PortfolioTally();
    part.forEach(t::add);
    return t.summary();
  }

  @Test
  void theCountsAddUp() {
    PortfolioSummary s = tally(assessments);
    long n = assessments.size();
    assertThat(s.initiatives()).isEqualTo(n);

    List<String> ids = Framework.standard().assessedElements().stream()
        .map(FrameworkElement::id).toList();
    assertThat(s.elements()).extracting(ElementTally::element).containsExactlyElementsOf(ids);
    for (ElementTally t : s.elements()) {
      assertThat(t.total()).as(t.element()).isEqualTo(n);
      assertThat(t.met()).as(t.element()).isEqualTo(count(t.element(), ElementStatus.MET));
      assertThat(t.gap()).as(t.element()).isEqualTo(count(t.element(), ElementStatus.GAP));
      assertThat(t.notRecorded()).as(t.element())
          .isEqualTo(count(t.element(), ElementStatus.NOT_RECORDED));
      assertThat(t.notApplicable()).as(t.element())
          .isEqualTo(count(t.element(), ElementStatus.NOT_APPLICABLE));
      assertThat(t.notAssessed()).as(t.element())
          .isEqualTo(count(t.element(), ElementStatus.NOT_ASSESSED));
      assertThat(t.prevalence()).isEqualTo((double) t.gap() / n);
    }

    List<Finding> all = assessments.stream().flatMap(a -> a.findings().stream()).toList();
    assertThat(s.gapsBySeverity().keySet()).containsExactlyInAnyOrder(Severity.values());
    for (Severity severity : Severity.values()) {
      assertThat(s.gapsBySeverity().get(severity)).as(severity.label()).isEqualTo(all.stream()
          .filter(f -> f.isOpenGap() && f.severity() == severity).count());
    }
    assertThat(s.notRecordedFindings()).isEqualTo(all.stream()
        .filter(f -> !f.isWaived() && f.status() == FindingStatus.NOT_RECORDED).count());
    assertThat(s.waivedFindings()).isPositive()
        .isEqualTo(all.stream().filter(Finding::isWaived).count());
    assertThat(s.gapsBySeverity().values().stream().mapToLong(Long::longValue).sum()
        + s.notRecordedFindings() + s.waivedFindings()).isEqualTo(all.size());
    assertThat(s.errors()).isZero();

    assertThat(s.verdicts().keySet()).containsExactlyInAnyOrder(Verdict.values());
    assertThat(s.verdicts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
    for (Verdict v : Verdict.values()) {
      assertThat(s.verdicts().get(v)).as(v.label()).isEqualTo(assessments.stream()
          .filter(a -> a.summary().verdict() == v).count());
    }

    Map<String, Long> ruleGaps = new TreeMap<>();
    for (Assessment a : assessments) {
      Set<String> rules = a.findings().stream().filter(Finding::isOpenGap).map(Finding::rule)
          .collect(Collectors.toSet());
      rules.forEach(r -> ruleGaps.merge(r, 1L, Long::sum));
    }
    assertThat(s.ruleGaps()).isEqualTo(ruleGaps);
    assertThat(List.copyOf(s.ruleGaps().keySet())).as("sorted by rule id").isSorted()
        .doesNotContain("no-champions");

    List<String> rungKeys = new ArrayList<>();
    for (LadderRung r : LadderRung.values()) {
      rungKeys.add(r.name());
    }
    rungKeys.add("ABSENT");
    rungKeys.add("NOT_RECORDED");
    assertThat(s.currentRungs().keySet()).containsExactlyElementsOf(rungKeys);
    assertThat(s.targetRungs().keySet()).containsExactlyElementsOf(rungKeys);
    assertThat(s.currentRungs().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(n);
    assertThat(s.targetRungs().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(n);
    assertThat(s.currentRungs().get("CO_PRODUCTION")).isEqualTo(assessments.stream()
        .filter(a -> a.ladder().current().value().orElse(null) == LadderRung.CO_PRODUCTION)
        .count());
    assertThat(s.currentRungs().get("NOT_RECORDED")).isEqualTo(assessments.stream()
        .filter(a -> a.ladder().current().isNotRecorded()).count());
    assertThat(s.currentRungs().get("ABSENT")).isEqualTo(assessments.stream()
        .filter(a -> a.ladder().current().isAbsent()).count());
  }

  @Test
  void theMergeOfTwoHalvesEqualsTheWhole() {
    PortfolioSummary whole = tally(assessments);
    int half = assessments.size() / 2;
    PortfolioSummary first = tally(assessments.subList(0, half));
    PortfolioSummary second = tally(assessments.subList(half, assessments.size()));
    assertThat(first.merge(second)).isEqualTo(whole);
    assertThat(second.merge(first)).isEqualTo(whole);
    PortfolioTally byTallies = new PortfolioTally();
    assessments.subList(0, half).forEach(byTallies::add);
    PortfolioTally rest = new PortfolioTally();
    assessments.subList(half, assessments.size()).forEach(rest::add);
    assertThat(byTallies.merge(rest).summary()).isEqualTo(whole);
    assertThat(whole.merge(PortfolioSummary.empty())).isEqualTo(whole);
    assertThat(PortfolioSummary.empty().merge(whole)).isEqualTo(whole);
  }

  @Test
  void theCollectorOnAParallelStreamEqualsSequential() {
    PortfolioSummary sequential = assessments.stream().collect(PortfolioSummary.collector());
    PortfolioSummary parallel = assessments.parallelStream()
        .collect(PortfolioSummary.collector());
    assertThat(parallel).isEqualTo(sequential).isEqualTo(tally(assessments));
  }

  @Test
  void anEmptyPortfolio() {
    PortfolioSummary empty = PortfolioSummary.empty();
    assertThat(empty.initiatives()).isZero();
    assertThat(empty.elements()).hasSize(24).allSatisfy(t -> {
      assertThat(t.total()).isZero();
      assertThat(t.prevalence()).isZero();
    });
    assertThat(empty.gapsBySeverity().values()).containsOnly(0L);
    assertThat(empty.verdicts().values()).containsOnly(0L);
    assertThat(empty.currentRungs().values()).containsOnly(0L);
    assertThat(empty.ruleGaps()).isEmpty();
    assertThat(java.util.stream.Stream.<Assessment>empty().collect(PortfolioSummary.collector()))
        .isEqualTo(empty);
    assertThatThrownBy(() -> empty.element("C4.2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C4.2");
    assertThat(empty.element("S2.6").element()).isEqualTo("S2.6");
  }

  private static long count(String element, ElementStatus status) {
    return assessments.stream().filter(a -> a.element(element).status() == status).count();
  }
}
