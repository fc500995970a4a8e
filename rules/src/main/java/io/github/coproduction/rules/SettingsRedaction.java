package io.github.coproduction.rules;

import java.util.List;

/**
 * Removes free text from the settings that reach an assessment beside the initiative: a
 * {@link Profile}'s name and every {@link Waiver}'s justification, which may name people. Use it
 * with {@code Redaction.redact(initiative)} (the command-line tool's {@code --redact}), so that
 * no output made from the assessment holds them.
 *
 * <p>The redacted values are built from the fields that are kept, by name (a profile's disabled
 * rules, severities and thresholds; a waiver's rule, initiative, pointer and expiry), not copied
 * and then cleaned: a field added to {@code Profile} or {@code Waiver} later is left out of the
 * redacted value until it is added here on purpose.
 *
 * <pre>{@code
 * Waiver w = new Waiver.Builder().
 *     rule("no-champions").
 *     justification("Agreed with AB-1971 at the board").
 *     expires(java.time.LocalDate.parse("2027-03-31")).
 *     build();
 * SettingsRedaction.redact(w).justification();   // "[redacted]"
 * SettingsRedaction.redact(Profile.defaults()).name();   // "[redacted]"
 * }</pre>
 */
public final class SettingsRedaction {

  /** The text that stands where a name or justification was. */
  public static final String PLACEHOLDER = "[redacted]";

  private SettingsRedaction() {}

  /**
   * The profile with its name replaced; the rules it disables, the severities it sets and its
   * thresholds are kept, as they change the assessment.
   *
   * @param profile the profile
   * @return the redacted profile
   */
  public static Profile redact(Profile profile) {
    return new Profile.Builder()
        .name(PLACEHOLDER)
        .disabled(profile.disabled())
        .severities(profile.severities())
        .thresholds(profile.thresholds())
        .parityTolerance(profile.parityTolerance())
        .referenceData(profile.referenceData())
        .rateReference(profile.rateReference())
        .build();
  }

  /**
   * The waiver with its justification replaced; the rule, initiative, pointer and expiry are
   * kept, as they decide what it waives.
   *
   * @param waiver the waiver
   * @return the redacted waiver
   */
  public static Waiver redact(Waiver waiver) {
    return new Waiver.Builder()
        .rule(waiver.rule())
        .initiative(waiver.initiative())
        .pointer(waiver.pointer())
        .expires(waiver.expires())
        .justification(PLACEHOLDER)
        .build();
  }

  /**
   * Every waiver redacted, in order.
   *
   * @param waivers the waivers
   * @return the redacted waivers
   */
  public static List<Waiver> redact(List<Waiver> waivers) {
    return waivers.stream().map(SettingsRedaction::redact).toList();
  }
}
