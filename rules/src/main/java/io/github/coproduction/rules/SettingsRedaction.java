package io.github.coproduction.rules;

import java.util.List;

/**
 * Removes free text from the settings that reach an assessment beside the initiative: a
 * {@link Profile}'s name and every {@link Waiver}'s justification, which may name people. Use it
 * with {@code Redaction.redact(initiative)} (the command-line tool's {@code --redact}), so that
 * no output made from the assessment holds them.
 *
 * <p>The redacted values are built from the fields that are kept, by name (a profile's disabled
 * rules, severities, thresholds, scopes, payment reference and the rules it makes not applicable;
 * a waiver's rule, initiative, pointer and expiry), not copied
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
 * SettingsRedaction.redact(new Profile.Builder().name("AB-1971 pilot").build()).
 *     name();                                 // "[redacted]"
 * SettingsRedaction.redact(Profile.research()).name();   // "research": shipped, kept
 * }</pre>
 */
public final class SettingsRedaction {

  /** The text that stands where a name or justification was. */
  public static final String PLACEHOLDER = "[redacted]";

  private SettingsRedaction() {}

  /**
   * The profile with its name and its reasons for rules not applying replaced; the rules it
   * disables or makes not applicable, the severities it sets, its thresholds, scopes and payment
   * reference are kept, as they change the assessment or name public guidance. A profile shipped
   * with the library ({@link Profile#find(String)}) names no one and is kept whole, so that the
   * profile in force is still named in redacted reports.
   *
   * @param profile the profile
   * @return the redacted profile
   */
  public static Profile redact(Profile profile) {
    if (Profile.find(profile.name()).filter(profile::equals).isPresent()) {
      return profile;
    }
    Profile.Builder b = new Profile.Builder()
        .name(PLACEHOLDER)
        .disabled(profile.disabled())
        .severities(profile.severities())
        .thresholds(profile.thresholds())
        .parityTolerance(profile.parityTolerance())
        .referenceData(profile.referenceData())
        .rateReference(profile.rateReference())
        .scopes(profile.scopes());
    profile.notApplicable().keySet().forEach(rule -> b.putNotApplicable(rule, PLACEHOLDER));
    return b.build();
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
