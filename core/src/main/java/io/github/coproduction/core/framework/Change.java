package io.github.coproduction.core.framework;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five changes required, plus Reflection as a sixth, in framework order, with ids
 * {@code C1}..{@code C6}.
 *
 * <pre>{@code
 * Change.C6.title();             // "Reflection"
 * Change.C3.actions().size();    // 6
 * }</pre>
 */
public enum Change implements FrameworkElement {
  /** The first change required. */
  C1("Co-produce a clear shared vision and strategy for mental health"),
  /** The second change required. */
  C2("Lead by example by setting the tone and developing a culture in which co-production can work"
      + " and flourish"),
  /** The third change required. */
  C3("Support staff so they feel enthused and motivated to work with people with lived experience"
      + " and those who support them"),
  /** The fourth change required. */
  C4("Support and invest in service users, carer, their organisations and communities so that they"
      + " become equal partners in shaping mental health services and supports"),
  /** The fifth change required. */
  C5("Support staff, service users, carers and communities to develop the knowledge, skills and"
      + " expertise in coproduction and identify other areas of support needed"),
  /** Reflection, which the framework lists after the five changes required. */
  C6("Reflection");

  private final String title;

  Change(String title) {
    this.title = title;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.CHANGE;
  }

  @Override
  public Optional<FrameworkElement> parent() {
    return Optional.empty();
  }

  /**
   * The actions under "How to achieve it" for this change, in framework order.
   *
   * @return the actions, never empty
   */
  public List<Action> actions() {
    return Arrays.stream(Action.values())
        .filter(a -> a.change() == this)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<Action> children() {
    return actions();
  }

  @Override
  public String toString() {
    return id();
  }
}
