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
import java.util.Comparator;
import java.util.EnumSet;
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
 * Assessor mine = Assessor.builder()
 *     .ruleSet(RuleSet.standard())
 *     .profile(new Profile.Builder().name("pilot").addDisabled("no-champions").build())
 *     .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"),
 *         java.time.ZoneOffset.UTC))
 *     .build();
 * }</pre>
 */
public final class Assessor {

  private static final Assessor STANDARD = builder().build();

  private final RuleSet ruleSet;
  private final Profile profile;
  private final ImmutableList<Waiver> waivers;
  private final ImmutableMap<String, Checklist> checklists;
  private final Clock clock;
  private final ImmutableMap<String, Integer> ruleOrder;

  private Assessor(Builder b) {
    this.ruleSet = b.ruleSet;
    this.profile = b.profile;
    this.waivers = ImmutableList.copyOf(b.waivers);
    this.checklists = ImmutableMap.copyOf(b.checklists);
    this.clock = b.clock;
    Map<String, Integer> order = new HashMap<>();
    List<Rule> rules = ruleSet.rules();
    for (int i = 0; i < rules.size(); i++) {
      order.put(rules.get(i).descriptor().id(), i);
    }
    this.ruleOrder = ImmutableMap.copyOf(order);
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
    return assess(initiative, LocalDate.now(clock));
  }

  /**
   * Assesses an initiative as on a given date.
   *
   * @param initiative the initiative
   * @param date the date, which decides whether waivers have expired
   * @return the assessment
   */
  public Assessment assess(Initiative initiative, LocalDate date) {
    requireNonNull(initiative, "initiative");
    requireNonNull(date, "date");
    RuleInput input = input(initiative, date);
    List<Finding> findings = new ArrayList<>();
    List<RuleResult> results = new ArrayList<>();
    for (Rule rule : ruleSet.rules()) {
      run(rule, input, findings, results);
    }
    List<WaiverNotice> notices = applyWaivers(initiative.id(), date, findings);
    findings.sort(Comparator.comparing(Finding::severity, Comparator.reverseOrder())
        .thenComparing(f -> ruleOrder.get(f.rule()))
        .thenComparing(Finding::message)
        .thenComparing(f -> f.evidence().toString()));
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
        .elements(elementStatuses(findings, results))
        .rules(results)
        .ladder(initiative.ladder())
        .waiverNotices(notices)
        .build();
  }

  private RuleInput input(Initiative initiative, LocalDate date) {
    Optional<ChecklistResponses> answers = initiative.checklist();
    if (answers.isEmpty()) {
      return RuleInput.of(initiative, Optional.empty(), date);
    }
    // Bound when a rule first reads them: most rules never do.
    return RuleInput.binding(initiative, () -> bind(answers.get()), date);
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

  private void run(Rule rule, RuleInput input, List<Finding> findings, List<RuleResult> results) {
    RuleDescriptor d = rule.descriptor();
    RuleResult.Builder result = new RuleResult.Builder().rule(d.id());
    if (!profile.isEnabled(d.id())) {
      results.add(result.status(RuleStatus.DISABLED).build());
      return;
    }
    List<Finding> found = new ArrayList<>();
    Outcome outcome;
    try {
      outcome = rule.evaluate(input);
      if (outcome == null) {
        throw new IllegalStateException("the rule returned no outcome");
      }
      Severity severity = profile.severityOf(d);
      for (Observation o : outcome.observations()) {
        found.add(finding(d, severity, o));
      }
    } catch (RuntimeException | StackOverflowError e) {
      results.add(result.status(RuleStatus.ERROR)
          .detail(e.getClass().getSimpleName() + ": " + e.getMessage()).build());
      return;
    }
    findings.addAll(found);
    if (outcome.notApplicableReason().isPresent()) {
      result.status(RuleStatus.NOT_APPLICABLE).detail(outcome.notApplicableReason());
    } else if (found.isEmpty()) {
      result.status(RuleStatus.PASSED);
    } else if (found.stream().anyMatch(f -> f.status() == FindingStatus.GAP)) {
      result.status(RuleStatus.GAP);
    } else {
      result.status(RuleStatus.NOT_RECORDED);
    }
    results.add(result.build());
  }

  private static Finding finding(RuleDescriptor d, Severity severity, Observation o) {
    Framework f = Framework.standard();
    o.elements().forEach(f::element);
    o.remedyActions().forEach(f::action);
    return new Finding.Builder()
        .rule(d.id())
        .severity(severity)
        .status(o.status())
        .message(o.message())
        .elements(o.elements().isEmpty() ? d.elements() : o.elements())
        .evidence(o.evidence())
        .remedy(d.remedy())
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
      List<RuleResult> results) {
    Map<String, RuleStatus> statusOf = new HashMap<>();
    results.forEach(r -> statusOf.put(r.rule(), r.status()));
    List<ElementAssessment> out = new ArrayList<>();
    for (FrameworkElement element : Framework.standard().assessedElements()) {
      String id = element.id();
      Set<String> ruleIds = new LinkedHashSet<>();
      ruleSet.rulesFor(id).forEach(r -> ruleIds.add(r.descriptor().id()));
      boolean gap = false;
      boolean notRecorded = false;
      for (Finding f : findings) {
        if (f.elements().contains(id) && !f.isWaived()) {
          ruleIds.add(f.rule());
          gap |= f.status() == FindingStatus.GAP;
          notRecorded |= f.status() == FindingStatus.NOT_RECORDED;
        }
      }
      List<String> ordered = new ArrayList<>(ruleIds);
      ordered.sort(Comparator.comparing(ruleOrder::get));
      Set<RuleStatus> statuses = EnumSet.noneOf(RuleStatus.class);
      ordered.forEach(r -> statuses.add(statusOf.get(r)));
      ElementStatus status;
      if (gap) {
        status = ElementStatus.GAP;
      } else if (notRecorded) {
        status = ElementStatus.NOT_RECORDED;
      } else if (statuses.contains(RuleStatus.ERROR)) {
        status = ElementStatus.NOT_ASSESSED;
      } else if (statuses.contains(RuleStatus.PASSED) || statuses.contains(RuleStatus.GAP)
          || statuses.contains(RuleStatus.NOT_RECORDED)) {
        status = ElementStatus.MET;
      } else if (statuses.contains(RuleStatus.NOT_APPLICABLE)) {
        status = ElementStatus.NOT_APPLICABLE;
      } else {
        status = ElementStatus.NOT_ASSESSED;
      }
      out.add(new ElementAssessment.Builder().element(id).status(status).rules(ordered).build());
    }
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
