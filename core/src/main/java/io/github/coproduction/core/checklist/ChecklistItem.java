package io.github.coproduction.core.checklist;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Change;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.UnknownElementException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One item of a checklist: a key question or an action, in a phase, serving framework elements.
 *
 * <pre>{@code
 * ChecklistItem item = new ChecklistItem.Builder().
 *     id("B04.1").kind(ItemKind.QUESTION).phase(Phase.BEFORE).
 *     text("Is a payment policy in place before anyone starts?").
 *     addServes("S2.6").addRemedies("C4.2").
 *     addFacts("/arrangements/paymentPolicy").
 *     build();
 * item.remedyActions();   // [C4.2]
 * item.facts();           // [/arrangements/paymentPolicy]
 * }</pre>
 */
@Value.Immutable
public abstract class ChecklistItem {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern FACT = Pattern.compile("(/[A-Za-z0-9_-]{1,64}){1,8}");

  ChecklistItem() {}

  /**
   * The item's id, unique within its checklist.
   *
   * @return a code of letters, digits, '.', '_' or '-'
   */
  public abstract String id();

  /**
   * Whether the item is a question or an action.
   *
   * @return the kind
   */
  public abstract ItemKind kind();

  /**
   * The phase the item belongs to.
   *
   * @return the phase
   */
  public abstract Phase phase();

  /**
   * The question or action, in the checklist author's words.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * The ids of the framework elements the item serves: conditions, changes, actions.
   *
   * @return at least one id of the
   *     {@linkplain io.github.coproduction.core.framework.Framework#standard() catalogue}
   */
  public abstract List<String> serves();

  /**
   * The ids of the framework actions that remedy a "no" or "partly" answer. When empty,
   * {@link #remedyActions()} derives them from {@link #serves()}.
   *
   * @return action ids, possibly empty
   */
  public abstract List<String> remedies();

  /**
   * The facts of an initiative's record that the item answers, as JSON Pointers into an
   * initiative document, such as {@code "/arrangements/emotionalSupport"}. The rules read a "yes"
   * as evidence for a fact the record leaves not recorded, a "no" as a recorded absence, and
   * "partly" as a gap one step milder; an answer that disagrees with the recorded fact is reported
   * as a contradiction. An organisation's own checklist declares its mapping the same way.
   *
   * @return pointers, possibly empty when the item answers no structured fact
   */
  public abstract List<String> facts();

  /**
   * The framework elements the item serves. Made once per item.
   *
   * @return the elements, in the order given
   */
  @Value.Lazy
  public List<FrameworkElement> servedElements() {
    Framework f = Framework.standard();
    return serves().stream().map(f::element).collect(ImmutableList.toImmutableList());
  }

  /**
   * The framework actions that remedy a "no" or "partly" answer: {@link #remedies()} when given,
   * otherwise the actions it serves and the actions of the changes it serves. Made once per item.
   *
   * @return the actions, without repeats
   */
  @Value.Lazy
  public List<Action> remedyActions() {
    Framework f = Framework.standard();
    Set<Action> actions = new LinkedHashSet<>();
    if (!remedies().isEmpty()) {
      remedies().forEach(id -> actions.add(f.action(id)));
    } else {
      for (FrameworkElement e : servedElements()) {
        if (e instanceof Action a) {
          actions.add(a);
        } else if (e instanceof Change c) {
          actions.addAll(c.actions());
        }
      }
    }
    return ImmutableList.copyOf(actions);
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new ValidationException("/id", "a checklist item id must be a code of up to 64"
          + " letters, digits, '.', '_' or '-', but was \"" + id() + "\"");
    }
    if (text().isBlank()) {
      throw new ValidationException("/text", "a checklist item's text must not be blank");
    }
    if (serves().isEmpty()) {
      throw new ValidationException("/serves", "a checklist item must serve at least one"
          + " framework element");
    }
    Framework f = Framework.standard();
    for (int i = 0; i < serves().size(); i++) {
      try {
        f.element(serves().get(i));
      } catch (UnknownElementException e) {
        throw new ValidationException("/serves/" + i, e.getMessage());
      }
    }
    for (int i = 0; i < facts().size(); i++) {
      if (!FACT.matcher(facts().get(i)).matches()) {
        throw new ValidationException("/facts/" + i, "a fact an item answers must be a JSON"
            + " Pointer into an initiative document, such as \"/arrangements/emotionalSupport\","
            + " but was \"" + facts().get(i) + "\"");
      }
    }
    for (int i = 0; i < remedies().size(); i++) {
      try {
        f.action(remedies().get(i));
      } catch (UnknownElementException e) {
        throw new ValidationException("/remedies/" + i, e.getMessage());
      }
    }
  }

  /** Builds a {@link ChecklistItem}; {@code id}, {@code kind}, {@code phase}, {@code text} and
   * at least one {@code serves} id are required; {@code remedies} and {@code facts} are optional.
   */
  public static class Builder extends ImmutableChecklistItem.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
