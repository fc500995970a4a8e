package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How a report is rendered: whether participant references are redacted, which references those
 * are, how many findings to show at most, and whether the report is at the detail level for
 * developers ({@link #withDetail(boolean)}) or, by default, the short report for practitioners.
 *
 * <p><strong>Redaction.</strong> Participants are pseudonymous references such as {@code "P03"},
 * but even pseudonyms are health-related personal data once a report leaves the team. When
 * redaction is on, every participant reference in the report's text (messages, evidence values,
 * waiver justifications, rule error details, the title) is replaced with a neutral token:
 * {@code "participant #3"} for the third participant listed, or {@code "#3"} straight after the
 * word "participant" ("Participant P03 is unpaid" becomes "Participant #3 is unpaid"). References
 * are matched as whole codes, ignoring case. Redaction needs to know the references: give them with
 * {@link #withParticipantsOf(Initiative)} or {@link #withParticipants(Collection)}; rendering
 * with redaction on and no references given fails rather than leak.
 *
 * <p>Immutable and thread-safe; every {@code with} method returns a new instance and rejects null.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING).addParticipants(
 *     new Participant.Builder().ref("P01").role(Role.SERVICE_USER).build()).build();
 * ReportOptions o = ReportOptions.redacting(i);
 * o.redact("Participant P01 is unpaid.");   // "Participant #1 is unpaid."
 * ReportOptions.defaults().withFindingLimit(10).findingLimit();   // OptionalInt[10]
 * ReportOptions.defaults().withDetail(true).detail();   // true
 * }</pre>
 */
public final class ReportOptions {

  private static final ReportOptions DEFAULTS =
      new ReportOptions(false, Optional.empty(), OptionalInt.empty(), false, Locale.ENGLISH);

  private final boolean redaction;
  private final Optional<ImmutableList<String>> participants;
  private final OptionalInt findingLimit;
  private final boolean detail;
  private final Locale locale;
  private final Redactor redactor;

  private ReportOptions(boolean redaction, Optional<ImmutableList<String>> participants,
      OptionalInt findingLimit, boolean detail, Locale locale) {
    this.locale = locale;
    this.redaction = redaction;
    this.participants = participants;
    this.findingLimit = findingLimit;
    this.detail = detail;
    this.redactor = redaction && participants.isPresent()
        ? new Redactor(participants.get()) : null;
  }

  /**
   * The options that change nothing: no redaction, every finding shown.
   *
   * @return the shared default options
   */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options that redact the participant references of an initiative, numbering them in the order
   * the initiative lists them.
   *
   * @param initiative the initiative assessed
   * @return redacting options
   */
  public static ReportOptions redacting(Initiative initiative) {
    return DEFAULTS.withParticipantsOf(initiative).withRedaction(true);
  }

  /**
   * Turns redaction of participant references on or off.
   *
   * @param redact true to redact
   * @return new options
   */
  public ReportOptions withRedaction(boolean redact) {
    return new ReportOptions(redact, participants, findingLimit, detail, locale);
  }

  /**
   * Sets the participant references to redact, numbered from 1 in the order given.
   *
   * @param refs the references, none blank, no duplicates; may be empty for an initiative with
   *     no participants
   * @return new options
   * @throws IllegalArgumentException if a reference is blank or repeated
   */
  public ReportOptions withParticipants(Collection<String> refs) {
    requireNonNull(refs, "refs");
    Set<String> seen = new HashSet<>();
    for (String ref : refs) {
      requireNonNull(ref, "a participant reference");
      if (ref.isBlank()) {
        throw new IllegalArgumentException("a participant reference to redact must not be blank");
      }
      if (!seen.add(ref)) {
        throw new IllegalArgumentException("participant reference \"" + ref
            + "\" is given twice");
      }
    }
    return new ReportOptions(redaction, Optional.of(ImmutableList.copyOf(refs)), findingLimit,
        detail, locale);
  }

  /**
   * Sets the participant references to redact to those of an initiative, numbered from 1 in the
   * order the initiative lists its participants (so participant #1 is at
   * {@code /participants/0}).
   *
   * @param initiative the initiative assessed
   * @return new options
   */
  public ReportOptions withParticipantsOf(Initiative initiative) {
    requireNonNull(initiative, "initiative");
    return withParticipants(initiative.participants().stream().map(Participant::ref).toList());
  }

  /**
   * Shows at most this many findings: the first ones in assessment order, that is the most severe;
   * the report says how many it left out. Counts and element statuses still cover every finding.
   *
   * @param limit the most findings to show, at least 1
   * @return new options
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public ReportOptions withFindingLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a finding limit must be at least 1, but was " + limit);
    }
    return new ReportOptions(redaction, participants, OptionalInt.of(limit), detail, locale);
  }

  /**
   * Shows every finding.
   *
   * @return new options with no finding limit
   */
  public ReportOptions withoutFindingLimit() {
    return new ReportOptions(redaction, participants, OptionalInt.empty(), detail, locale);
  }

  /**
   * Chooses the level of the human-readable reports. The default level is for practitioners:
   * what needs attention first, the gaps by framework step in plain words with the framework
   * actions that fix them, and each fact that is not recorded said once. The detail level, for
   * developers, adds rule ids, element codes and the JSON Pointers of the evidence, and the
   * complete sections: every element's status, the ladder, every finding, waiver notices and
   * what each rule did. JSON, YAML and CSV outputs are always complete and ignore this.
   *
   * @param detail true for the detail level
   * @return new options
   */
  public ReportOptions withDetail(boolean detail) {
    return new ReportOptions(redaction, participants, findingLimit, detail, locale);
  }

  /**
   * Sets the locale of the report's own words: headings, labels, statuses, severities and the
   * rules' names. English by default; see {@link io.github.coproduction.rules.Messages} for the
   * locales with translations. Findings' messages are in the locale their
   * {@link io.github.coproduction.rules.Assessor} was built with, and the framework's text stays
   * in NDTi's English.
   *
   * <pre>{@code
   * ReportOptions.defaults().withLocale(java.util.Locale.forLanguageTag("cy"));
   * }</pre>
   *
   * @param locale the locale
   * @return new options
   */
  public ReportOptions withLocale(Locale locale) {
    return new ReportOptions(redaction, participants, findingLimit, detail,
        requireNonNull(locale, "locale"));
  }

  /**
   * The locale of the report's own words.
   *
   * @return the locale, English by default
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the reports are at the detail level for developers.
   *
   * @return true at the detail level, false (the default) for the practitioners' level
   */
  public boolean detail() {
    return detail;
  }

  /**
   * Whether participant references are redacted.
   *
   * @return true if redacting
   */
  public boolean redaction() {
    return redaction;
  }

  /**
   * The participant references to redact, in numbering order.
   *
   * @return the references, or empty if none were given
   */
  public Optional<List<String>> participants() {
    return participants.map(l -> l);
  }

  /**
   * The most findings a report shows.
   *
   * @return the limit, or empty for no limit
   */
  public OptionalInt findingLimit() {
    return findingLimit;
  }

  /**
   * Applies these options' redaction to a text, as the reports do to every text they print. Useful
   * for other output formats (CSV, JSON) that must redact the same way.
   *
   * @param text the text
   * @return the text with participant references replaced, or the text itself when not redacting
   * @throws IllegalStateException if redaction is on and no participant references were given
   */
  public String redact(String text) {
    requireNonNull(text, "text");
    if (!redaction) {
      return text;
    }
    return redactor().apply(text);
  }

  /** Fails fast, before anything is rendered, when redaction cannot be done. */
  void checkUsable() {
    if (redaction) {
      redactor();
    }
  }

  private Redactor redactor() {
    if (redactor == null) {
      throw new IllegalStateException("redaction is on but the participant references to redact"
          + " are not known; use withParticipantsOf(initiative) or withParticipants(refs)");
    }
    return redactor;
  }

  @Override
  public String toString() {
    return "ReportOptions[redaction=" + redaction + ", participants="
        + participants.map(l -> l.size() + " refs").orElse("not given") + ", findingLimit="
        + (findingLimit.isPresent() ? String.valueOf(findingLimit.getAsInt()) : "none")
        + ", detail=" + detail + ", locale=" + locale.toLanguageTag() + "]";
  }
}
