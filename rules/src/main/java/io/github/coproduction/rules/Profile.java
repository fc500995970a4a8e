package io.github.coproduction.rules;

import io.github.coproduction.core.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
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
   * How far below the staff rate for the same time a participant's rate may be before
   * {@code payment-below-parity} reports a gap, as a fraction of the staff rate. The default,
   * {@value #DEFAULT_PARITY_TOLERANCE} (one per cent), lets rounding pass (£31.99 against £32.00)
   * and catches a real difference (£31.50 against £32.00).
   *
   * @return the tolerance, from 0 (none) to less than 1
   */
  @Value.Default
  public BigDecimal parityTolerance() {
    return new BigDecimal(DEFAULT_PARITY_TOLERANCE);
  }

  /** The default {@link #parityTolerance()}: one per cent of the staff rate. */
  public static final String DEFAULT_PARITY_TOLERANCE = "0.01";

  /**
   * The dated reference data the payment and benefit rules read: the standard data shipped with
   * the library, or an organisation's own figures laid over it
   * ({@link ReferenceData#overriddenBy}).
   *
   * @return the reference data; {@link ReferenceData#standard()} by default
   */
  @Value.Default
  public ReferenceData referenceData() {
    return ReferenceData.standard();
  }

  /**
   * The id of the reference figure this profile takes as its rate reference for paying people
   * (such as {@code "nihr-involvement-hourly-rate"} for research): payment is compared with it
   * when no staff rate is recorded.
   *
   * @return the figure id, or empty when the profile names none
   */
  public abstract Optional<String> rateReference();

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
    if (parityTolerance().signum() < 0 || parityTolerance().compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("a profile's parity tolerance is a fraction from 0 to"
          + " less than 1, but was " + parityTolerance().toPlainString());
    }
  }

  /** Builds a {@link Profile}; {@code name} is required. */
  public static class Builder extends ImmutableProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
