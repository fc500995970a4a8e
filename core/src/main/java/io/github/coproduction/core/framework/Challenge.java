package io.github.coproduction.core.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six persistent challenges in mental health services that, under action {@link Action#C1_2},
 * the vision and related plans must address; ids {@code C1.2.a}..{@code C1.2.f}.
 *
 * <pre>{@code
 * Challenge.C1_2_A.title();   // "Power dynamics"
 * Challenge.C1_2_A.action();  // C1.2
 * }</pre>
 */
public enum Challenge implements FrameworkElement {
  /** C1.2.a. */
  C1_2_A("Power dynamics"),
  /** C1.2.b. */
  C1_2_B("Organisational culture(s), systems and processes which may prevent co-production from"
      + " taking place"),
  /** C1.2.c. */
  C1_2_C("People's experiences of using services which may mean that they are sceptical or afraid"
      + " about coming together with professionals"),
  /** C1.2.d. */
  C1_2_D("What gets in the way of people becoming involved and working together as equal"
      + " partners"),
  /** C1.2.e. */
  C1_2_E("Staff attitudes and experiences"),
  /** C1.2.f. */
  C1_2_F("Looking at the history of service user involvement and empowerment to see what has"
      + " worked and not worked and what will be done differently.");

  private final String title;
  private final String id;

  Challenge(String title) {
    this.title = title;
    String n = name();
    this.id = "C1.2." + n.substring(n.length() - 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * The action this challenge is listed under, always {@link Action#C1_2}.
   *
   * @return the action
   */
  public Action action() {
    return Action.C1_2;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.CHALLENGE;
  }

  @Override
  public Optional<FrameworkElement> parent() {
    return Optional.of(Action.C1_2);
  }

  @Override
  public List<FrameworkElement> children() {
    return List.of();
  }

  @Override
  public String toString() {
    return id;
  }
}
