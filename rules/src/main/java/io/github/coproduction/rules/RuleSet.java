package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.coproduction.core.framework.FrameworkElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An ordered set of rules with unique ids, a name and a version. Rules run in the order they were
 * added.
 *
 * <p>Immutable and thread-safe. Building one fails fast with a {@link RuleDefinitionException}
 * naming the rule when two rules share an id; descriptors are validated when built.
 *
 * <pre>{@code
 * RuleSet standard = RuleSet.standard();
 * standard.rule("no-ground-rules").descriptor().severity();   // MINOR
 * standard.rulesFor("S2.6").size() > 0;                        // true
 * RuleSet mine = RuleSet.builder().name("ours").version("1").addAll(standard).build();
 * }</pre>
 */
public final class RuleSet {

  private final String name;
  private final String version;
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, Rule> byId;

  private RuleSet(String name, String version, ImmutableList<Rule> rules,
      ImmutableMap<String, Rule> byId) {
    this.name = name;
    this.version = version;
    this.rules = rules;
    this.byId = byId;
  }

  /**
   * The standard rule set, which covers every condition and change of the framework.
   *
   * <p>The engine does not depend on the package of standard rules, which is built with it: the
   * rules module provides the set as a {@link RuleSetProvider} service, found once, on first use.
   *
   * @return the shared standard set
   * @throws IllegalStateException if no provider of a set named "standard" is visible, as when
   *     the rules module's service declaration has been stripped
   */
  public static RuleSet standard() {
    return Standard.SET;
  }

  /** Holds the standard set, loaded when first asked for. */
  private static final class Standard {
    static final RuleSet SET = load();

    private static RuleSet load() {
      for (RuleSetProvider p : ServiceLoader.load(RuleSetProvider.class,
          RuleSet.class.getClassLoader())) {
        RuleSet set = p.ruleSet();
        if (set.name().equals("standard")) {
          return set;
        }
      }
      throw new IllegalStateException("no provider of the standard rule set: the rules module"
          + " declares one in its module-info and in META-INF/services/"
          + RuleSetProvider.class.getName());
    }
  }

  /**
   * Starts a new rule set.
   *
   * @return an empty builder named "custom", version "1"
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The set's name, such as {@code "standard"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The set's version, reported in every assessment.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The rules, in running order.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The descriptors of the rules, in running order.
   *
   * @return the descriptors
   */
  public List<RuleDescriptor> descriptors() {
    return rules.stream().map(Rule::descriptor).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Looks up a rule by id.
   *
   * @param id the rule id
   * @return the rule
   * @throws RuleDefinitionException if the set has no such rule
   */
  public Rule rule(String id) {
    return find(id).orElseThrow(() -> new RuleDefinitionException(id,
        "no such rule in rule set '" + name + "'"));
  }

  /**
   * The rules that evidence a framework element, in running order: navigation from the framework
   * to the rules.
   *
   * @param elementId a framework element id, such as {@code "S2.6"}
   * @return the rules whose descriptors list the element
   */
  public List<Rule> rulesFor(String elementId) {
    requireNonNull(elementId, "elementId");
    return rules.stream().filter(r -> r.descriptor().elements().contains(elementId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The rules that evidence a framework element.
   *
   * @param element the element
   * @return the rules whose descriptors list it
   */
  public List<Rule> rulesFor(FrameworkElement element) {
    return rulesFor(element.id());
  }

  @Override
  public String toString() {
    return "RuleSet[" + name + " " + version + ", " + rules.size() + " rules]";
  }

  /** Builds a {@link RuleSet}. Not thread-safe; the set it builds is. */
  public static final class Builder {
    private String name = "custom";
    private String version = "1";
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = nonBlank(name, "name");
      return this;
    }

    /**
     * Sets the version.
     *
     * @param version the version, not blank
     * @return this builder
     */
    public Builder version(String version) {
      this.version = nonBlank(version, "version");
      return this;
    }

    /**
     * Adds a rule, to run after those already added.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(Rule rule) {
      requireNonNull(rule, "rule");
      requireNonNull(rule.descriptor(), "rule.descriptor()");
      rules.add(rule);
      return this;
    }

    /**
     * Adds every rule of another set, in its order.
     *
     * @param set the other set
     * @return this builder
     */
    public Builder addAll(RuleSet set) {
      set.rules().forEach(this::add);
      return this;
    }

    /**
     * Adds rules, in the order given.
     *
     * @param more the rules
     * @return this builder
     */
    public Builder addAll(Iterable<? extends Rule> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the rule set
     * @throws RuleDefinitionException if two rules share an id, or the set is empty
     */
    public RuleSet build() {
      Map<String, Rule> index = new LinkedHashMap<>();
      for (Rule rule : rules) {
        String id = rule.descriptor().id();
        if (index.putIfAbsent(id, rule) != null) {
          throw new RuleDefinitionException(id, "a second rule with this id was added to rule set '"
              + name + "'; rule ids must be unique");
        }
      }
      if (rules.isEmpty()) {
        throw new IllegalStateException("rule set '" + name + "' has no rules");
      }
      return new RuleSet(name, version, ImmutableList.copyOf(rules), ImmutableMap.copyOf(index));
    }

    private static String nonBlank(String value, String what) {
      requireNonNull(value, what);
      if (value.isBlank()) {
        throw new IllegalArgumentException("a rule set's " + what + " must not be blank");
      }
      return value;
    }
  }
}
