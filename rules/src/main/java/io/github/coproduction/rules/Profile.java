package io.github.coproduction.rules;

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
   * The name of the reference the profile pays by: the dated payment guidance against which
   * involvement rates are judged, such as {@value #NIHR_PAYMENT_GUIDANCE}. A name only, until
   * dated payment reference data ships with the library; the rules do not yet read it.
   *
   * @return the reference's name, or empty for the initiative's own staff rate
   */
  public abstract Optional<String> paymentReference();

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

  /** The name of NIHR's payment guidance as a payment reference. */
  public static final String NIHR_PAYMENT_GUIDANCE = "nihr-payment-guidance";

  private static final String NOT_A_LOCAL_VISION = "Research serves no local mental health vision"
      + " and strategy: the local-vision rules of change C1 do not apply under the research"
      + " profile.";

  private static final Profile DEFAULT = new Builder().name("default").build();

  private static final Profile RESEARCH = new Builder()
      .name("research")
      .addScopes(Scope.RESEARCH)
      .putNotApplicable("vision-not-co-produced", NOT_A_LOCAL_VISION)
      .putNotApplicable("vision-not-informed-by-lived-experience", NOT_A_LOCAL_VISION)
      .paymentReference(NIHR_PAYMENT_GUIDANCE)
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
    paymentReference().ifPresent(r -> {
      if (r.isBlank()) {
        throw new IllegalArgumentException("profile '" + name() + "' names a blank payment"
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
