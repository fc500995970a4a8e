package io.github.coproduction.rules;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.UnknownElementException;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Everything about a rule except its check, in one declarative, validated place: stable id, name,
 * one-line summary, default severity, the framework elements it evidences, a rationale in the
 * framework's terms and a remedy that points to the framework's actions.
 *
 * <p>Building a descriptor validates it and throws {@link RuleDefinitionException} naming the rule:
 * the id is lower-case words joined by '-', texts are not blank, the summary is one line with no
 * trailing period, every element id is in the {@linkplain Framework#standard() catalogue}, and at
 * least one remedy action is given.
 *
 * <pre>{@code
 * RuleDescriptor d = new RuleDescriptor.Builder().
 *     id("no-easy-read").
 *     name("No easy-read papers").
 *     summary("Papers are not offered in easy read").
 *     severity(Severity.ADVISORY).
 *     addElements("C4").
 *     rationale("Systems and processes should not get in the way of people becoming co-producers.").
 *     remedy("Offer every paper in easy read.").
 *     addRemedyActions("C4.2").
 *     build();
 * d.remedyActionElements();   // [C4.2]
 * }</pre>
 */
@Value.Immutable
public abstract class RuleDescriptor {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  RuleDescriptor() {}

  /**
   * The stable id, such as {@code "unpaid-lived-experience"}: part of the public contract.
   *
   * @return lower-case words joined by '-'
   */
  public abstract String id();

  /**
   * A short name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What the rule flags, in one line with no trailing period.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * The default severity of the rule's gaps; profiles may override it.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The ids of the framework elements the rule evidences: conditions and changes, in framework
   * order.
   *
   * @return at least one element id
   */
  public abstract List<String> elements();

  /**
   * Why this matters, in the framework's terms.
   *
   * @return the rationale
   */
  public abstract String rationale();

  /**
   * What to do about a gap.
   *
   * @return the remedy
   */
  public abstract String remedy();

  /**
   * The ids of the framework actions ("How to achieve it") that fix a gap.
   *
   * @return at least one action id
   */
  public abstract List<String> remedyActions();

  /**
   * The framework elements the rule evidences.
   *
   * @return the elements, in the order given
   */
  @Value.Lazy
  public List<FrameworkElement> elementObjects() {
    Framework f = Framework.standard();
    return elements().stream().map(f::element).collect(ImmutableList.toImmutableList());
  }

  /**
   * The framework actions that fix a gap.
   *
   * @return the actions, in the order given
   */
  @Value.Lazy
  public List<Action> remedyActionElements() {
    Framework f = Framework.standard();
    return remedyActions().stream().map(f::action).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    String id = id();
    if (!ID.matcher(id).matches()) {
      throw new RuleDefinitionException(id, "an id must be lower-case words joined by '-',"
          + " such as \"no-ground-rules\"");
    }
    text(id, "name", name());
    text(id, "summary", summary());
    text(id, "rationale", rationale());
    text(id, "remedy", remedy());
    if (summary().contains("\n") || summary().endsWith(".")) {
      throw new RuleDefinitionException(id, "the summary must be one line with no trailing"
          + " period, but was \"" + summary() + "\"");
    }
    if (elements().isEmpty()) {
      throw new RuleDefinitionException(id, "a rule must evidence at least one framework"
          + " element");
    }
    if (remedyActions().isEmpty()) {
      throw new RuleDefinitionException(id, "a rule must name at least one remedy action");
    }
    Framework f = Framework.standard();
    for (String element : elements()) {
      try {
        f.element(element);
      } catch (UnknownElementException e) {
        throw new RuleDefinitionException(id, e.getMessage());
      }
    }
    for (String action : remedyActions()) {
      try {
        f.action(action);
      } catch (UnknownElementException e) {
        throw new RuleDefinitionException(id, "remedy " + e.getMessage());
      }
    }
  }

  private static void text(String id, String what, String value) {
    if (value.isBlank()) {
      throw new RuleDefinitionException(id, "the " + what + " must not be empty");
    }
  }

  /** Builds a {@link RuleDescriptor}; every attribute is required. */
  public static class Builder extends ImmutableRuleDescriptor.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
