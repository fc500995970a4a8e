package io.github.coproduction.rules;

import io.github.coproduction.core.reference.ReferenceData;
import java.math.BigDecimal;
import io.github.coproduction.core.initiative.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A way of weighing the rules: which to disable, which do not apply in the profile's context, and
 * which severities to override, without touching the rules themselves.
 *
 * <p>Two profiles ship with the library, selectable by name ({@link #named(String)}): the
 * default, for the design, commissioning and delivery of services, and {@linkplain #research()
 * research}, for research studies and standing research involvement groups. The profile in force
 * is named in every assessment and report.
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
 * Profile.named("research").scopes();   // [RESEARCH]
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
   * The rules that do not apply in this profile's context, with the reason, by rule id. Unlike a
   * disabled rule, a rule not applicable is reported as such, with the reason, and its elements
   * are not applicable rather than not assessed.
   *
   * @return the reasons by rule id
   */
  public abstract Map<String, String> notApplicable();

  /**
   * The scopes of work the profile is written for; see {@link Scope}.
   *
   * @return the scopes, empty for any
   */
  public abstract Set<Scope> scopes();

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
   * Why a rule does not apply under this profile.
   *
   * @param ruleId the rule id
   * @return the reason, or empty when the rule applies
   */
  public final Optional<String> notApplicableReason(String ruleId) {
    return Optional.ofNullable(notApplicable().get(ruleId));
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
   * The id of the reference figure for NIHR's involvement payment guidance, the research
   * profile's rate reference ({@link #rateReference()}).
   */
  public static final String NIHR_PAYMENT_GUIDANCE = "nihr-involvement-hourly-rate";

  private static final String NOT_A_LOCAL_VISION = "Research serves no local mental health vision"
      + " and strategy: the local-vision rules of change C1 do not apply under the research"
      + " profile.";

  private static final Profile DEFAULT = new Builder().name("default").build();

  private static final Profile RESEARCH = new Builder()
      .name("research")
      .addScopes(Scope.RESEARCH)
      .putNotApplicable("vision-not-co-produced", NOT_A_LOCAL_VISION)
      .putNotApplicable("vision-not-informed-by-lived-experience", NOT_A_LOCAL_VISION)
      .rateReference(NIHR_PAYMENT_GUIDANCE)
      .build();

  /**
   * The profile that changes nothing: the service profile, for the design, commissioning and
   * delivery of services.
   *
   * @return the default profile, named "default"
   */
  public static Profile defaults() {
    return DEFAULT;
  }

  /**
   * The research profile, for research studies, programmes and standing research involvement
   * groups: scope {@code RESEARCH}; the local-vision rules of change C1
   * ({@code vision-not-co-produced}, {@code vision-not-informed-by-lived-experience}) not
   * applicable, since research serves no local vision and strategy; NIHR's payment guidance named
   * as the payment reference. Peer researchers and public co-applicants are partner roles under
   * every profile ({@link io.github.coproduction.core.initiative.Role#isLivedExperiencePartner()}).
   *
   * @return the research profile, named "research"
   */
  public static Profile research() {
    return RESEARCH;
  }

  /**
   * The names of the profiles shipped with the library.
   *
   * @return {@code [default, research]}
   */
  public static List<String> shippedNames() {
    return List.of(DEFAULT.name(), RESEARCH.name());
  }

  /**
   * A profile shipped with the library, by name.
   *
   * @param name {@code "default"} (also {@code "service"}) or {@code "research"}
   * @return the profile
   * @throws IllegalArgumentException naming the shipped profiles, if none has that name
   */
  public static Profile named(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no profile named \""
        + name + "\" ships with the library; shipped: " + String.join(", ", shippedNames())
        + " (\"service\" is the default)"));
  }

  /**
   * A profile shipped with the library, by name, if there is one.
   *
   * @param name a name such as {@code "research"}
   * @return the profile, or empty
   */
  public static Optional<Profile> find(String name) {
    return switch (name) {
      case "default", "service" -> Optional.of(DEFAULT);
      case "research" -> Optional.of(RESEARCH);
      default -> Optional.empty();
    };
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
    notApplicable().forEach((rule, reason) -> {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("profile '" + name() + "' makes rule " + rule
            + " not applicable without a reason");
      }
      if (disabled().contains(rule)) {
        throw new IllegalArgumentException("profile '" + name() + "' both disables rule " + rule
            + " and makes it not applicable; choose one");
      }
    });
    rateReference().ifPresent(r -> {
      if (r.isBlank()) {
        throw new IllegalArgumentException("profile '" + name() + "' names a blank rate"
            + " reference");
      }
    });
  }

  /** Builds a {@link Profile}; {@code name} is required. */
  public static class Builder extends ImmutableProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
