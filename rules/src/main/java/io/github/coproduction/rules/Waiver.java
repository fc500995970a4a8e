package io.github.coproduction.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision to accept a finding for a while, with a justification and an expiry date. A waived
 * finding stays in the assessment, marked as waived, and no longer counts towards the verdict.
 * After its expiry date a waiver suppresses nothing and is reported as expired; a waiver that
 * matches no finding is reported as unused, so fixed gaps can be dropped from the list.
 *
 * <pre>{@code
 * Waiver w = new Waiver.Builder().
 *     rule("no-champions").
 *     initiative("crisis-redesign").
 *     justification("Champions are recruited in the second phase").
 *     expires(java.time.LocalDate.parse("2027-03-31")).
 *     build();
 * w.isExpiredOn(java.time.LocalDate.parse("2027-04-01"));   // true
 * }</pre>
 */
@Value.Immutable
public abstract class Waiver {

  Waiver() {}

  /**
   * The id of the rule whose findings are waived.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * The initiative the waiver is for.
   *
   * @return the initiative id, or empty for every initiative
   */
  public abstract Optional<String> initiative();

  /**
   * Narrows the waiver to findings with evidence at or below this JSON Pointer, such as
   * {@code "/participants/3"}.
   *
   * @return the pointer, or empty for every finding of the rule
   */
  public abstract Optional<String> pointer();

  /**
   * Why the finding is accepted.
   *
   * @return the justification, not blank
   */
  public abstract String justification();

  /**
   * The last day the waiver applies, from 1900-01-01 to 2199-12-31
   * ({@link io.github.coproduction.core.Dates}).
   *
   * @return the expiry date
   */
  public abstract LocalDate expires();

  /**
   * Whether the waiver has expired on a date.
   *
   * @param date the date of the assessment
   * @return true if the date is after the expiry date
   */
  public final boolean isExpiredOn(LocalDate date) {
    return date.isAfter(expires());
  }

  /**
   * Whether the waiver matches a finding, expiry aside.
   *
   * @param initiativeId the id of the initiative assessed
   * @param finding the finding
   * @return true if rule, initiative and pointer match
   */
  public final boolean matches(String initiativeId, Finding finding) {
    if (!finding.rule().equals(rule())) {
      return false;
    }
    if (initiative().isPresent() && !initiative().get().equals(initiativeId)) {
      return false;
    }
    if (pointer().isEmpty()) {
      return true;
    }
    String p = pointer().get();
    return finding.evidence().stream().anyMatch(e -> e.pointer().equals(p)
        || e.pointer().startsWith(p.endsWith("/") ? p : p + "/"));
  }

  @Value.Check
  void check() {
    if (rule().isBlank()) {
      throw new IllegalArgumentException("a waiver must name a rule");
    }
    if (justification().isBlank()) {
      throw new RuleDefinitionException(rule(), "a waiver needs a justification");
    }
    if (!io.github.coproduction.core.Dates.isInRange(expires())) {
      throw new RuleDefinitionException(rule(), "a waiver's expiry date must be from "
          + io.github.coproduction.core.Dates.EARLIEST + " to "
          + io.github.coproduction.core.Dates.LATEST + ", but was " + expires());
    }
    if (pointer().isPresent() && !pointer().get().startsWith("/")) {
      throw new RuleDefinitionException(rule(), "a waiver's pointer must start with '/', but was"
          + " \"" + pointer().get() + "\"");
    }
  }

  /** Builds a {@link Waiver}; {@code rule}, {@code justification} and {@code expires} are
   * required. */
  public static class Builder extends ImmutableWaiver.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
