package io.github.coproduction.core.framework;

import java.util.List;

/**
 * An element of the NDTi framework that carries a stable id: a {@link Step}, a {@link Condition},
 * a {@link Change}, an {@link Action} or a {@link Challenge}.
 *
 * <p>Ids are part of the public contract: they appear in findings, JSON and reports, and never
 * change meaning once released. Titles are the framework's own words.
 *
 * <p>Every implementation is an enum constant: immutable, thread-safe and compared by identity.
 *
 * <pre>{@code
 * FrameworkElement e = Framework.standard().element("S2.6");
 * e.title();      // "Payment and welfare benefits"
 * e.kind();       // CONDITION
 * e.parent();     // Optional[S2]
 * }</pre>
 */
public sealed interface FrameworkElement permits Step, Condition, Change, Action, Challenge {

  /**
   * The stable id, for example {@code "S2.6"} or {@code "C1.2.a"}.
   *
   * @return the id, never empty
   */
  String id();

  /**
   * The framework's own words for this element.
   *
   * @return the title, word for word
   */
  String title();

  /**
   * What kind of element this is.
   *
   * @return the kind
   */
  ElementKind kind();

  /**
   * The element this one sits under: a condition's step, an action's change, a challenge's
   * action. Steps and changes have none.
   *
   * @return the parent, or empty for a step or a change
   */
  java.util.Optional<FrameworkElement> parent();

  /**
   * The elements directly under this one, in framework order: a step's conditions, a change's
   * actions, an action's challenges.
   *
   * @return the children, possibly empty, never null
   */
  List<? extends FrameworkElement> children();
}
