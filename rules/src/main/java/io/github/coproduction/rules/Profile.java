package io.github.coproduction.rules;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A way of weighing the rules: which to disable, and which severities to override, without
 * touching the rules themselves.
 *
 * <p>An {@link Assessor} checks that every rule a profile names is in its rule set.
 *
 * <pre>{@code
 * Profile p = new Profile.Builder().
 *     name("pilot").
 *     addDisabled("no-champions").
 *     putSeverities("no-ground-rules", Severity.MAJOR).
 *     build();
 * p.severityOf(RuleSet.standard().rule("no-ground-rules").descriptor());   // MAJOR
 * }</pre>
 */
@Value.Immutable
public abstract class Profile {

  Profile() {}

  /**
   * The profile's name, reported in assessments.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The ids of rules that do not run.
   *
   * @return the disabled rule ids
   */
  public abstract Set<String> disabled();

  /**
   * Severity overrides, by rule id.
   *
   * @return the overrides
   */
  public abstract Map<String, Severity> severities();

  /**
   * The thresholds by which the standard rules judge power from the evidence.
   *
   * @return the thresholds; {@link PowerThresholds#defaults()} by default
   */
  @Value.Default
  public PowerThresholds thresholds() {
    return PowerThresholds.defaults();
  }

  /**
   * Whether a rule runs under this profile.
   *
   * @param ruleId the rule id
   * @return false if the profile disables it
   */
  public final boolean isEnabled(String ruleId) {
    return !disabled().contains(ruleId);
  }

  /**
   * The severity a rule's findings carry under this profile.
   *
   * @param descriptor the rule's descriptor
   * @return the override, or the rule's own severity
   */
  public final Severity severityOf(RuleDescriptor descriptor) {
    return severities().getOrDefault(descriptor.id(), descriptor.severity());
  }

  /**
   * The profile that changes nothing.
   *
   * @return the default profile, named "default"
   */
  public static Profile defaults() {
    return new Builder().name("default").build();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a profile's name must not be blank");
    }
  }

  /** Builds a {@link Profile}; {@code name} is required. */
  public static class Builder extends ImmutableProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
