package io.github.coproduction.core.checklist;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A checklist of key questions and actions for before, during and following a co-produced
 * activity. The {@linkplain DefaultChecklist default} one ships with the library; organisations
 * build or load their own with the same type, and the rules treat both alike.
 *
 * <pre>{@code
 * Checklist c = DefaultChecklist.checklist();
 * c.items(Phase.BEFORE).size() > 0;     // true
 * c.item("B04.1").isPresent();          // true
 * c.aliases().get("B04");               // [B04.1, B04.2]: the old item was split
 * c.named("B04").size();                // 2
 * c.servedElements().size();            // 24: every condition and every change
 * }</pre>
 */
@Value.Immutable
public abstract class Checklist {

  Checklist() {}

  /**
   * The checklist's id, which responses refer to.
   *
   * @return the id, such as {@code "coproduction-default"}
   */
  public abstract String id();

  /**
   * The checklist's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The checklist's version, chosen by its author.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * Who wrote the checklist and where it comes from.
   *
   * @return the attribution
   */
  public abstract String source();

  /**
   * The items, in the author's order.
   *
   * @return the items, ids unique, at least one
   */
  public abstract List<ChecklistItem> items();

  /**
   * The items of one phase, in order.
   *
   * @param phase the phase
   * @return the items of that phase
   */
  public final List<ChecklistItem> items(Phase phase) {
    return items().stream().filter(i -> i.phase() == phase)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Item ids the checklist used to have, each with the ids of the items that replace it, so that
   * answers given to an earlier version stay readable. An answer to an old id counts as the answer
   * to each replacement that has no answer of its own.
   *
   * @return old id to current item ids; empty when nothing was renamed or split
   */
  public abstract Map<String, List<String>> aliases();

  /**
   * The items an id names: the item with that id, or the items an {@linkplain #aliases() alias}
   * maps it to.
   *
   * @param id an item id, current or old
   * @return the items, empty when the checklist has no such item or alias
   */
  public final List<ChecklistItem> named(String id) {
    Optional<ChecklistItem> item = item(id);
    if (item.isPresent()) {
      return List.of(item.get());
    }
    List<String> targets = aliases().get(id);
    if (targets == null) {
      return List.of();
    }
    return targets.stream().map(t -> itemsById().get(t))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds an item by id.
   *
   * @param id the item's id
   * @return the item, or empty
   */
  public final Optional<ChecklistItem> item(String id) {
    return Optional.ofNullable(itemsById().get(id));
  }

  /** The items by id, made once: {@link #item(String)} is called for every answer bound. */
  @Value.Lazy
  Map<String, ChecklistItem> itemsById() {
    Map<String, ChecklistItem> byId = new HashMap<>();
    for (ChecklistItem item : items()) {
      byId.putIfAbsent(item.id(), item);
    }
    return byId;
  }

  /**
   * The conditions and changes that at least one item serves, directly or through one of its
   * actions.
   *
   * @return the elements served, in framework order
   */
  public final Set<FrameworkElement> servedElements() {
    Set<FrameworkElement> served = new java.util.HashSet<>();
    for (ChecklistItem item : items()) {
      for (FrameworkElement e : item.servedElements()) {
        // An item serving an action or a challenge serves the change above it too.
        for (Optional<FrameworkElement> up = Optional.of(e); up.isPresent();
            up = up.get().parent()) {
          served.add(up.get());
        }
      }
    }
    return Framework.standard().assessedElements().stream().filter(served::contains)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new ValidationException("/id", "a checklist id must not be blank");
    }
    if (title().isBlank()) {
      throw new ValidationException("/title", "a checklist title must not be blank");
    }
    if (items().isEmpty()) {
      throw new ValidationException("/items", "a checklist needs at least one item");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items().size(); i++) {
      Integer first = seen.putIfAbsent(items().get(i).id(), i);
      if (first != null) {
        throw new ValidationException("/items/" + i + "/id", "duplicate item id \""
            + items().get(i).id() + "\", first used at /items/" + first + "/id");
      }
    }
    for (Map.Entry<String, List<String>> alias : aliases().entrySet()) {
      String at = "/aliases/" + alias.getKey().replace("~", "~0").replace("/", "~1");
      if (itemsById().containsKey(alias.getKey())) {
        throw new ValidationException(at, "\"" + alias.getKey() + "\" is both an item id and"
            + " an alias");
      }
      if (alias.getValue().isEmpty()) {
        throw new ValidationException(at, "an alias must name at least one item");
      }
      for (int i = 0; i < alias.getValue().size(); i++) {
        if (!itemsById().containsKey(alias.getValue().get(i))) {
          throw new ValidationException(at + "/" + i, "alias \"" + alias.getKey()
              + "\" names item \"" + alias.getValue().get(i) + "\", which the checklist does"
              + " not have");
        }
      }
    }
  }

  /**
   * Builds a {@link Checklist}; every attribute is required, with at least one item, except
   * {@code aliases}.
   */
  public static class Builder extends ImmutableChecklist.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
