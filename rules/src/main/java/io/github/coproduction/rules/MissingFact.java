package io.github.coproduction.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One fact the record does not give, said once however many rules and participants need it: the
 * rules it keeps from judging, the framework elements they judge, and how much it matters (the
 * most severe finding that waits on it).
 *
 * <p>A fact is named by the JSON Pointer at which it is missing, with list positions replaced by
 * {@code *}: {@code /participants/0/payment} and {@code /participants/3/payment} are one fact,
 * {@code /participants/*}{@code /payment}, missing for two participants. A fact missing at a
 * pointer inside another missing fact (a payment's method when the payment itself is not
 * recorded) counts as the outer fact. A "not recorded" finding that names no missing pointer
 * stands for a fact of its own, named {@code rule:} and the rule's id.
 *
 * <p>Missing information is not a proven gap: {@link #severity()} says which missing facts could
 * hide a serious gap, not that one exists.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build());
 * MissingFact first = a.missingFacts().get(0);
 * first.fact();        // such as "/participants"
 * first.rules();       // every rule that waits on it
 * first.severity();    // the most severe of them
 * }</pre>
 */
@Value.Immutable
public abstract class MissingFact {

  MissingFact() {}

  /**
   * The fact: the JSON Pointer at which it is missing with list positions replaced by {@code *},
   * or {@code rule:} and a rule id for a finding that names no missing pointer.
   *
   * @return the fact's name
   */
  public abstract String fact();

  /**
   * The fact in plain words, taken from the message of a finding that waits on it alone, or
   * made from its pointer.
   *
   * @return a sentence
   */
  public abstract String description();

  /**
   * The fact in plain words in a locale: when the {@link #description()} was made from the
   * fact's pointer, the same sentence in that locale (the pointer's own words stay as they are);
   * when it is a finding's message, that message as it is, in the locale of the assessor that
   * wrote it.
   *
   * @param locale the locale
   * @return a sentence
   */
  public final String description(Locale locale) {
    requireNonNull(locale, "locale");
    String english = MissingFacts.fromPointer(fact(), participants(), Messages.english());
    return description().equals(english)
        ? MissingFacts.fromPointer(fact(), participants(), Messages.forLocale(locale))
        : description();
  }

  /**
   * How much the fact matters: the severity of the most severe finding that waits on it, the
   * worst gap it could hide.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Every pointer at which the fact is missing, in the order the findings give them; empty for a
   * fact named by a rule.
   *
   * @return JSON Pointers into the initiative
   */
  public abstract List<String> pointers();

  /**
   * How many participants the fact is missing for.
   *
   * @return the count; 0 when the fact is not a participant's
   */
  public abstract int participants();

  /**
   * The rules that need the fact, in the order of the assessment's findings.
   *
   * @return rule ids
   */
  public abstract List<String> rules();

  /**
   * The framework conditions and changes those rules judge, in framework order.
   *
   * @return element ids
   */
  public abstract List<String> elements();

  /**
   * Whether the fact could hide a critical or major gap.
   *
   * @return true if its severity is at least major
   */
  public final boolean mattersMost() {
    return severity().isAtLeast(Severity.MAJOR);
  }

  /** Builds a {@link MissingFact}; used by {@link Assessment} and by readers of stored
   * assessments. Every attribute is required. */
  public static class Builder extends ImmutableMissingFact.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
