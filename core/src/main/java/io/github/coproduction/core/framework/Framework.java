package io.github.coproduction.core.framework;

import io.github.coproduction.core.internal.Spelling;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of the NDTi framework <em>Co-production in mental health</em>: every element with
 * its stable id, in framework order, with look-up by id and navigation both ways.
 *
 * <p>Guarantees: the catalogue is complete (3 steps, 18 conditions, 6 changes, 21 actions, 6
 * challenges, 7 ladder rungs), immutable and thread-safe; every list it returns is immutable and
 * in framework order; every method rejects null.
 *
 * <pre>{@code
 * Framework f = Framework.standard();
 * f.element("S2.6").title();                  // "Payment and welfare benefits"
 * f.condition("S2.6").step().title();         // "Coming together to create the right conditions ..."
 * f.action("C4.4").change();                  // C4
 * f.assessedElements().size();                // 24: the 18 conditions and the 6 changes
 * f.find("S9").isPresent();                   // false
 * }</pre>
 */
public final class Framework {

  private static final Framework STANDARD = new Framework();

  private final Edition edition = Edition.ndti();
  private final ImmutableList<FrameworkElement> elements;
  private final ImmutableMap<String, FrameworkElement> byId;

  private Framework() {
    ImmutableList.Builder<FrameworkElement> all = ImmutableList.builder();
    for (Step step : Step.values()) {
      all.add(step);
      all.addAll(step.conditions());
    }
    for (Change change : Change.values()) {
      all.add(change);
      for (Action action : change.actions()) {
        all.add(action);
        all.addAll(action.challenges());
      }
    }
    this.elements = all.build();
    ImmutableMap.Builder<String, FrameworkElement> index = ImmutableMap.builder();
    elements.forEach(e -> index.put(e.id(), e));
    this.byId = index.buildOrThrow();
  }

  /**
   * The catalogue of the published framework.
   *
   * @return the one shared instance
   */
  public static Framework standard() {
    return STANDARD;
  }

  /**
   * The published edition this catalogue encodes.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * Every element with an id, in framework order: each step followed by its conditions, then
   * each change followed by its actions, C1.2 followed by its challenges.
   *
   * @return 54 elements
   */
  public List<FrameworkElement> elements() {
    return elements;
  }

  /**
   * The elements an assessment gives a status to: the 18 conditions, then the 6 changes.
   *
   * @return 24 elements in framework order
   */
  public List<FrameworkElement> assessedElements() {
    return Stream.concat(conditions().stream(), changes().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The three steps.
   *
   * @return the steps in framework order
   */
  public List<Step> steps() {
    return List.of(Step.values());
  }

  /**
   * The eighteen conditions.
   *
   * @return the conditions in framework order
   */
  public List<Condition> conditions() {
    return List.of(Condition.values());
  }

  /**
   * The five changes required and Reflection.
   *
   * @return the six changes in framework order
   */
  public List<Change> changes() {
    return List.of(Change.values());
  }

  /**
   * The twenty-one actions.
   *
   * @return the actions in framework order
   */
  public List<Action> actions() {
    return List.of(Action.values());
  }

  /**
   * The six persistent challenges listed under {@link Action#C1_2}.
   *
   * @return the challenges in framework order
   */
  public List<Challenge> challenges() {
    return List.of(Challenge.values());
  }

  /**
   * The five lenses of the introduction.
   *
   * @return people, power, partnerships, resources and risk
   */
  public List<Lens> lenses() {
    return List.of(Lens.values());
  }

  /**
   * The groups of people the framework names.
   *
   * @return the groups, in the order this library lists them
   */
  public List<PeopleGroup> peopleGroups() {
    return List.of(PeopleGroup.values());
  }

  /**
   * The companion resources the framework is part of.
   *
   * @return the position paper, the guide and the checklist
   */
  public List<CompanionResource> companionResources() {
    return List.of(CompanionResource.values());
  }

  /**
   * The engagement ladder.
   *
   * @return the seven rungs, lowest first
   */
  public List<LadderRung> ladder() {
    return List.of(LadderRung.values());
  }

  /**
   * Finds an element by id.
   *
   * @param id an id such as {@code "C1.2.a"}; ids are case-sensitive
   * @return the element, or empty if no element has that id
   */
  public Optional<FrameworkElement> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Looks up an element by id.
   *
   * @param id an id such as {@code "S2.6"}
   * @return the element
   * @throws UnknownElementException if no element has that id; the message names the nearest ids
   */
  public FrameworkElement element(String id) {
    FrameworkElement e = byId.get(requireNonNull(id, "id"));
    if (e == null) {
      throw unknown(id, "framework element", elements);
    }
    return e;
  }

  /**
   * Looks up a condition by id.
   *
   * @param id an id such as {@code "S2.6"}
   * @return the condition
   * @throws UnknownElementException if no condition has that id
   */
  public Condition condition(String id) {
    return typed(id, Condition.class, "condition", conditions());
  }

  /**
   * Looks up an action by id.
   *
   * @param id an id such as {@code "C4.4"}
   * @return the action
   * @throws UnknownElementException if no action has that id
   */
  public Action action(String id) {
    return typed(id, Action.class, "action", actions());
  }

  private <T extends FrameworkElement> T typed(
      String id, Class<T> type, String noun, List<T> candidates) {
    FrameworkElement e = byId.get(requireNonNull(id, "id"));
    if (type.isInstance(e)) {
      return type.cast(e);
    }
    throw unknown(id, noun, candidates);
  }

  private static UnknownElementException unknown(
      String id, String noun, List<? extends FrameworkElement> candidates) {
    List<String> nearest = nearest(id, candidates);
    String message = "unknown " + noun + " '" + id + "'"
        + (nearest.isEmpty() ? "" : "; nearest valid ids: " + String.join(", ", nearest));
    return new UnknownElementException(message, id, nearest);
  }

  /** The candidates at the smallest edit distance from {@code id}, in framework order, at most 5. */
  private static List<String> nearest(String id, List<? extends FrameworkElement> candidates) {
    String wanted = id.toUpperCase(Locale.ROOT);
    int best = candidates.stream()
        .mapToInt(c -> Spelling.distance(wanted, c.id().toUpperCase(Locale.ROOT)))
        .min()
        .orElse(Integer.MAX_VALUE);
    if (best > Math.max(2, wanted.length() / 2)) {
      return List.of();
    }
    return candidates.stream()
        .filter(c -> Spelling.distance(wanted, c.id().toUpperCase(Locale.ROOT)) == best)
        .map(FrameworkElement::id)
        .limit(5)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Orders elements in framework order.
   *
   * @return a comparator following {@link #elements()}
   */
  public Comparator<FrameworkElement> frameworkOrder() {
    return Comparator.comparingInt(elements::indexOf);
  }

  @Override
  public String toString() {
    return "Framework[" + edition.title() + ", catalogue " + edition.catalogueVersion() + "]";
  }
}
