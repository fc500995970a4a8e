package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.ResponseSet;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.initiative.Initiative;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses initiatives: runs a rule set under a profile, applies waivers, and returns an
 * {@link Assessment}. Never void, never silent: a rule that throws becomes an evaluation error in
 * the assessment.
 *
 * <p>Immutable and thread-safe: build one and share it. The same initiative on the same date
 * always gives an equal assessment.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build());
 *
 * Assessor mine = Assessor.builder().
 *     ruleSet(RuleSet.standard()).
 *     profile(new Profile.Builder().name("pilot").addDisabled("no-champions").build()).
 *     clock(java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"),
 *         java.time.ZoneOffset.UTC)).
 *     build();
 * }</pre>
 */
public final class Assessor {

  private static final Assessor STANDARD = builder().build();

  private final RuleSet ruleSet;
  private final Profile profile;
  private final ImmutableList<Waiver> waivers;
  private final ImmutableMap<String, Checklist> checklists;
  private final Clock clock;
  private final Messages messages;
  private final RuleBudget budget;
  private final ImmutableMap<String, Integer> ruleOrder;
  private final ImmutableList<String> ruleIds;
  private final Comparator<Finding> findingOrder;
  // The assessed elements (conditions, then changes), with what their statuses need, made once.
  private final ImmutableList<String> elementIds;
  private final ImmutableMap<String, Integer> elementIndex;
  /** For each element, the indexes of the rules whose descriptors list it. */
  private final BitSet[] usualRules;
  /** For each element, its assessment by status when only its usual rules evidence it. */
  private final ImmutableList<ImmutableMap<ElementStatus, ElementAssessment>> usualAssessments;

  private Assessor(Builder b) {
    this.ruleSet = b.ruleSet;
    this.profile = b.profile;
    this.waivers = ImmutableList.copyOf(b.waivers);
    this.checklists = ImmutableMap.copyOf(b.checklists);
    this.clock = b.clock;
    this.messages = Messages.forLocale(b.locale);
    this.budget = b.budget;
    Map<String, Integer> order = new HashMap<>();
    List<Rule> rules = ruleSet.rules();
    for (int i = 0; i < rules.size(); i++) {
      order.put(rules.get(i).descriptor().id(), i);
    }
    this.ruleOrder = ImmutableMap.copyOf(order);
    this.ruleIds = rules.stream().map(r -> r.descriptor().id())
        .collect(ImmutableList.toImmutableList());
    this.findingOrder = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
        .thenComparing(EventWeight::rank)
        .thenComparing(f -> ruleOrder.get(f.rule()))
        .thenComparing(Finding::message)
        .thenComparing(f -> f.evidence().toString());
    this.elementIds = Framework.standard().assessedElements().stream()
        .map(FrameworkElement::id).collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    this.usualRules = new BitSet[elementIds.size()];
    ImmutableList.Builder<ImmutableMap<ElementStatus, ElementAssessment>> shared =
        ImmutableList.builder();
    for (int e = 0; e < elementIds.size(); e++) {
      String id = elementIds.get(e);
      index.put(id, e);
      BitSet usual = new BitSet(rules.size());
      List<String> ids = new ArrayList<>();
      for (int r = 0; r < rules.size(); r++) {
        if (rules.get(r).descriptor().elements().contains(id)) {
          usual.set(r);
          ids.add(ruleIds.get(r));
        }
      }
      usualRules[e] = usual;
      Map<ElementStatus, ElementAssessment> byStatus = new EnumMap<>(ElementStatus.class);
      for (ElementStatus status : ElementStatus.values()) {
        byStatus.put(status, new ElementAssessment.Builder().element(id).status(status)
            .rules(ids).build());
      }
      shared.add(ImmutableMap.copyOf(byStatus));
    }
    this.elementIndex = index.build();
    this.usualAssessments = shared.build();
  }

  /**
   * The standard assessor: the standard rule set, the default profile, no waivers, the default
   * checklist, today's date in UTC.
   *
   * @return the shared instance
   */
  public static Assessor standard() {
    return STANDARD;
  }

  /**
   * Starts an assessor with the standard rule set, the default profile, no waivers, the default
   * checklist and the UTC system clock.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rule set.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * The profile.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The waivers.
   *
   * @return the waivers
   */
  public List<Waiver> waivers() {
    return waivers;
  }

  /**
   * Assesses an initiative on today's date by this assessor's clock.
   *
   * @param initiative the initiative
   * @return the assessment
   */
  public Assessment assess(Initiative initiative) {
    // See assess(Initiative, LocalDate) for the error when the checklist answers cannot be bound.
    return assess(initiative, LocalDate.now(clock));
  }

  /**
   * Assesses an initiative as on a given date.
   *
   * @param initiative the initiative
   * @param date the date, which decides whether waivers have expired
   * @return the assessment
   * @throws ValidationException if the initiative's checklist answers are to a checklist this
   *     assessor does not know, or answer an item that checklist neither has nor aliases: one
   *     error, with the pointer of the answer, instead of every rule that reads them failing
   */
  public Assessment assess(Initiative initiative, LocalDate date) {
    requireNonNull(initiative, "initiative");
    requireNonNull(date, "date");
    RuleInput input = input(initiative, date);
    if (initiative.checklist().isPresent()) {
      // The answers are evidence for many rules: a bad answer is the document's error, once.
      input.checklist();
    }
    List<Finding> findings = new ArrayList<>();
    List<RuleResult> results = new ArrayList<>();
    // The elements each rule's outcome speaks for, when fewer than its descriptor's; rarely any.
    List<Set<String>> scopes = new ArrayList<>(ruleSet.rules().size());
    for (Rule rule : ruleSet.rules()) {
      scopes.add(run(rule, input, findings, results));
    }
    // What happened raises the gaps it bears on, before waivers and ordering.
    EventWeight.raise(findings, initiative, messages);
    List<WaiverNotice> notices = applyWaivers(initiative.id(), date, findings);
    findings.sort(findingOrder);
    return new Assessment.Builder()
        .initiative(initiative.id())
        .title(initiative.title())
        .stage(initiative.stage())
        .assessedOn(date)
        .catalogueVersion(Framework.standard().edition().catalogueVersion())
        .ruleSet(ruleSet.name())
        .ruleSetVersion(ruleSet.version())
        .profile(profile.name())
        .findings(findings)
        .elements(elementStatuses(findings, results, scopes))
        .rules(results)
        .ladder(initiative.ladder())
        .powerBalance(input.power())
        .ladderEvidence(input.ladderEvidence())
        .waiverNotices(notices)
        .build();
  }

  private RuleInput input(Initiative initiative, LocalDate date) {
    Optional<ChecklistResponses> answers = initiative.checklist();
    if (answers.isEmpty()) {
      return RuleInput.of(initiative, Optional.empty(), date, profile);
    }
    // Bound when a rule first reads them: most rules never do.
    return RuleInput.binding(initiative, () -> bind(answers.get()), date, profile);
  }

  private Optional<ResponseSet> bind(ChecklistResponses answers) {
    Checklist checklist = checklists.get(answers.checklist());
    if (checklist == null) {
      throw new ValidationException("/checklist/checklist", "no checklist with id \""
          + answers.checklist() + "\" is known to this assessor; known: " + checklists.keySet());
    }
    try {
      return Optional.of(ResponseSet.of(checklist, answers));
    } catch (ValidationException e) {
      throw e.within("/checklist");
    }
  }

  /**
   * Runs one rule, adding its findings and result.
   *
   * @return the elements its outcome speaks for, or null for all of its descriptor's
   */
  private Set<String> run(Rule rule, RuleInput input, List<Finding> findings,
      List<RuleResult> results) {
    RuleDescriptor d = rule.descriptor();
    RuleResult.Builder result = new RuleResult.Builder().rule(d.id());
    if (!profile.isEnabled(d.id())) {
      results.add(result.status(RuleStatus.DISABLED).build());
      return null;
    }
    java.util.Optional<String> notApplicable = profile.notApplicableReason(d.id());
    if (notApplicable.isPresent()) {
      results.add(result.status(RuleStatus.NOT_APPLICABLE).detail(notApplicable).build());
      return null;
    }
    List<Finding> found = new ArrayList<>();
    Outcome outcome;
    try {
      outcome = budget.evaluate(rule, input);
      if (outcome == null) {
        throw new IllegalStateException("the rule returned no outcome");
      }
      Severity severity = profile.severityOf(d);
      for (Observation o : outcome.observations()) {
        found.add(finding(d, severity, o, input.initiative(), messages));
      }
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        // Out of memory or an internal error: the process, not the rule, is in trouble.
        throw (VirtualMachineError) e;
      }
      results.add(result.status(RuleStatus.ERROR).detail(RuleFailure.describe(e)).build());
      return null;
    }
    findings.addAll(found);
    if (outcome.notApplicable().isPresent()) {
      result.status(RuleStatus.NOT_APPLICABLE)
          .detail(messages.format(outcome.notApplicable().orElseThrow()));
    } else if (found.isEmpty()) {
      result.status(RuleStatus.PASSED);
    } else if (found.stream().anyMatch(f -> f.status() == FindingStatus.GAP)) {
      result.status(RuleStatus.GAP);
    } else {
      result.status(RuleStatus.NOT_RECORDED);
    }
    results.add(result.build());
    return outcome.scope().orElse(null);
  }

  private static Finding finding(RuleDescriptor d, Severity severity, Observation o,
      Initiative initiative, Messages messages) {
    Framework f = Framework.standard();
    o.elements().forEach(f::element);
    o.remedyActions().forEach(f::action);
    return new Finding.Builder()
        .rule(d.id())
        .severity(o.milder() ? severity.milder() : severity)
        .status(o.status())
        .message(messages.format(o.text()))
        .elements(o.elements().isEmpty() ? d.elements() : o.elements())
        .evidence(EvidenceOrder.of(o.evidence(), initiative))
        .remedy(messages.remedy(d))
        .remedyActions(o.remedyActions().isEmpty() ? d.remedyActions() : o.remedyActions())
        .build();
  }

  private List<WaiverNotice> applyWaivers(String initiativeId, LocalDate date,
      List<Finding> findings) {
    List<WaiverNotice> notices = new ArrayList<>();
    Set<Waiver> used = new LinkedHashSet<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      for (Waiver w : waivers) {
        if (!w.isExpiredOn(date) && w.matches(initiativeId, finding)) {
          findings.set(i, new Finding.Builder().from(finding).waiver(w).build());
          used.add(w);
          break;
        }
      }
    }
    for (Waiver w : waivers) {
      boolean forThis = w.initiative().map(initiativeId::equals).orElse(true);
      if (!forThis) {
        continue;
      }
      if (w.isExpiredOn(date)) {
        notices.add(WaiverNotice.of(w, WaiverNotice.Kind.EXPIRED));
      } else if (!used.contains(w)) {
        notices.add(WaiverNotice.of(w, WaiverNotice.Kind.UNUSED));
      }
    }
    return notices;
  }

  private List<ElementAssessment> elementStatuses(List<Finding> findings,
      List<RuleResult> results, List<Set<String>> scopes) {
    int elementCount = elementIds.size();
    boolean[] gap = new boolean[elementCount];
    boolean[] notRecorded = new boolean[elementCount];
    // Rules with a finding about an element whose descriptor does not list it; rarely any.
    BitSet[] extra = new BitSet[elementCount];
    // Rules with a waived finding, and rules with an unwaived finding, about each element.
    BitSet[] waived = new BitSet[elementCount];
    BitSet[] unwaived = new BitSet[elementCount];
    for (Finding f : findings) {
      int rule = ruleOrder.get(f.rule());
      if (f.isWaived()) {
        for (String elementId : f.elements()) {
          Integer e = elementIndex.get(elementId);
          if (e != null) {
            waived[e] = set(waived[e], rule);
          }
        }
        continue;
      }
      for (String elementId : f.elements()) {
        Integer e = elementIndex.get(elementId);
        if (e == null) {
          continue;
        }
        gap[e] |= f.status() == FindingStatus.GAP;
        notRecorded[e] |= f.status() == FindingStatus.NOT_RECORDED;
        unwaived[e] = set(unwaived[e], rule);
        if (!usualRules[e].get(rule)) {
          if (extra[e] == null) {
            extra[e] = new BitSet();
          }
          extra[e].set(rule);
        }
      }
    }
    List<ElementAssessment> out = new ArrayList<>(elementCount);
    for (int e = 0; e < elementCount; e++) {
      BitSet rules = usualRules[e];
      if (extra[e] != null) {
        rules = (BitSet) rules.clone();
        rules.or(extra[e]);
      }
      boolean error = false;
      boolean notApplicable = false;
      boolean waivedOnly = false;
      int aspects = 0;
      int evidenced = 0;
      for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
        Set<String> scope = scopes.get(r);
        if (scope != null && !scope.contains(elementIds.get(e))) {
          // The rule's outcome does not speak for this element; its findings are counted above.
          continue;
        }
        RuleStatus ruleStatus = results.get(r).status();
        // A rule that does not apply (nobody is paid, the work has not ended) checks no aspect
        // of this initiative; a disabled one checked nothing.
        if (ruleStatus != RuleStatus.DISABLED && ruleStatus != RuleStatus.NOT_APPLICABLE) {
          aspects++;
        }
        switch (ruleStatus) {
          case ERROR -> error = true;
          case PASSED -> evidenced++;
          case GAP, NOT_RECORDED -> {
            // A rule whose every finding about this element is waived judged nothing for it.
            if (waived[e] != null && waived[e].get(r)
                && (unwaived[e] == null || !unwaived[e].get(r))) {
              waivedOnly = true;
            } else if ((unwaived[e] == null || !unwaived[e].get(r))) {
              // Its findings are about other elements: for this one it found nothing open.
              evidenced++;
            }
          }
          case NOT_APPLICABLE -> notApplicable = true;
          case DISABLED -> { }
        }
      }
      ElementStatus status;
      if (gap[e]) {
        status = ElementStatus.GAP;
      } else if (notRecorded[e]) {
        status = ElementStatus.NOT_RECORDED;
      } else if (error) {
        status = ElementStatus.NOT_ASSESSED;
      } else if (evidenced > 0) {
        status = evidenced == aspects ? ElementStatus.MET : ElementStatus.NO_GAP_FOUND;
      } else if (waivedOnly) {
        status = ElementStatus.NOT_ASSESSED;
      } else if (notApplicable) {
        status = ElementStatus.NOT_APPLICABLE;
      } else {
        status = ElementStatus.NOT_ASSESSED;
      }
      List<String> ids = new ArrayList<>(rules.cardinality());
      for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
        ids.add(ruleIds.get(r));
      }
      out.add(new ElementAssessment.Builder().element(elementIds.get(e)).status(status)
          .rules(extra[e] == null ? usualAssessments.get(e).get(status).rules() : ids)
          .aspects(aspects).evidenced(evidenced).build());
    }
    return out;
  }

  private static BitSet set(BitSet rules, int rule) {
    BitSet out = rules == null ? new BitSet() : rules;
    out.set(rule);
    return out;
  }

  @Override
  public String toString() {
    return "Assessor[" + ruleSet + ", profile " + profile.name() + ", " + waivers.size()
        + " waivers]";
  }

  /** Builds an {@link Assessor}. Not thread-safe; the assessor it builds is. */
  public static final class Builder {
    private RuleSet ruleSet;
    private Profile profile = Profile.defaults();
    private final List<Waiver> waivers = new ArrayList<>();
    private final Map<String, Checklist> checklists = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private RuleBudget budget = RuleBudget.NONE;
    private java.util.Locale locale = java.util.Locale.ENGLISH;

    private Builder() {
      checklists.put(DefaultChecklist.ID, DefaultChecklist.checklist());
    }

    /**
     * Sets the rule set; the standard set by default.
     *
     * @param ruleSet the rule set
     * @return this builder
     */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * Sets the profile; {@link Profile#defaults()} by default.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Adds a waiver.
     *
     * @param waiver the waiver
     * @return this builder
     */
    public Builder addWaiver(Waiver waiver) {
      waivers.add(requireNonNull(waiver, "waiver"));
      return this;
    }

    /**
     * Adds waivers, in order; the first live waiver that matches a finding applies to it.
     *
     * @param more the waivers
     * @return this builder
     */
    public Builder addWaivers(Iterable<Waiver> more) {
      more.forEach(this::addWaiver);
      return this;
    }

    /**
     * Adds a checklist that initiatives' answers may refer to, besides the default one.
     *
     * @param checklist the checklist
     * @return this builder
     * @throws IllegalArgumentException if a checklist with the same id was added
     */
    public Builder addChecklist(Checklist checklist) {
      requireNonNull(checklist, "checklist");
      if (checklists.putIfAbsent(checklist.id(), checklist) != null) {
        throw new IllegalArgumentException("a checklist with id \"" + checklist.id()
            + "\" is already known to this assessor");
      }
      return this;
    }

    /**
     * Sets the clock that gives the date of assessments; the UTC system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the locale of the findings' messages and remedies; English by default. The standard
     * rules' texts are translated where {@link Messages} has a translation (Welsh rule texts;
     * the pseudo-locale {@code en-XA} for testing); a custom rule's own words stay as written.
     *
     * <pre>{@code
     * Assessor.builder().locale(java.util.Locale.forLanguageTag("cy")).build();
     * }</pre>
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(java.util.Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Gives each rule at most this long to evaluate one initiative; by default rules have no time
     * budget and run on the caller's thread. With a budget, each rule runs on a daemon thread
     * named {@code coproduction-rule-*} while the caller waits; a rule still running when its
     * time is up is interrupted and recorded as an evaluation error. A rule that ignores the
     * interrupt keeps its thread until it returns: the budget bounds the assessment's time, not
     * the rule's.
     *
     * <pre>{@code
     * Assessor.builder().
     *     ruleTimeBudget(java.time.Duration.ofSeconds(2)).
     *     build();
     * }</pre>
     *
     * @param budget the time each rule may take, from 1 ms to 1 hour
     * @return this builder
     * @throws IllegalArgumentException if the budget is outside that range
     */
    public Builder ruleTimeBudget(java.time.Duration budget) {
      requireNonNull(budget, "budget");
      if (budget.compareTo(java.time.Duration.ofMillis(1)) < 0
          || budget.compareTo(java.time.Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("a rule's time budget must be from 1 ms to 1 hour, but"
            + " was " + budget);
      }
      this.budget = RuleBudget.of(budget);
      return this;
    }

    /**
     * Builds the assessor.
     *
     * @return the assessor
     * @throws RuleDefinitionException if the profile or a waiver names a rule the set does not
     *     have
     */
    public Assessor build() {
      if (ruleSet == null) {
        ruleSet = RuleSet.standard();
      }
      for (String id : profile.disabled()) {
        check(id, "profile '" + profile.name() + "' disables it");
      }
      for (String id : profile.severities().keySet()) {
        check(id, "profile '" + profile.name() + "' overrides its severity");
      }
      for (String id : profile.notApplicable().keySet()) {
        check(id, "profile '" + profile.name() + "' makes it not applicable");
      }
      for (Waiver w : waivers) {
        check(w.rule(), "a waiver names it");
      }
      return new Assessor(this);
    }

    private void check(String ruleId, String who) {
      if (ruleSet.find(ruleId).isEmpty()) {
        throw new RuleDefinitionException(ruleId, who + ", but rule set '" + ruleSet.name()
            + "' has no such rule");
      }
    }
  }
}
