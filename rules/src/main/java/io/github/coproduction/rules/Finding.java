package io.github.coproduction.rules;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A gap, or a fact not recorded, that a rule found in an initiative: which rule, how severe,
 * which framework elements it breaks, the facts that triggered it and what to do.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(new io.github.coproduction.core.initiative.Initiative
 *     .Builder().id("x").title("X").stage(io.github.coproduction.core.initiative.Stage.PLANNING)
 *     .build());
 * Finding f = a.findings().get(0);
 * f.rule(); f.severity(); f.status(); f.message(); f.evidence(); f.remedyActions();
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * The id of the rule that found it.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * The severity, after any profile override.
   *
   * @return the effective severity
   */
  public abstract Severity severity();

  /**
   * A gap the record proves, or a fact not recorded.
   *
   * @return the status
   */
  public abstract FindingStatus status();

  /**
   * What was found; the first sentence names the subject.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The ids of the framework elements the finding evidences.
   *
   * @return element ids
   */
  public abstract List<String> elements();

  /**
   * The facts that triggered the finding, as JSON Pointers into the initiative with the values
   * found. Evidence about participants or checklist responses comes in the order of their
   * references and item ids, not of their places in the record, so that reordering a record
   * changes only the positions its pointers name.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  /**
   * What to do.
   *
   * @return the remedy, from the rule's descriptor
   */
  public abstract String remedy();

  /**
   * The ids of the framework actions that fix the gap.
   *
   * @return action ids
   */
  public abstract List<String> remedyActions();

  /**
   * The recorded events that bear on this gap's elements, as JSON Pointers such as
   * {@code /events/1}: what happened raised the gap to at least major, or critical where a person
   * was harmed, and ranks it first among gaps of its severity. Not part of {@link #key()}.
   *
   * @return the pointers, in event order; empty when no recorded event bears on it
   */
  public abstract List<String> raisedBy();

  /**
   * Whether recorded events raised this finding; see {@link #raisedBy()}.
   *
   * @return true when {@link #raisedBy()} is not empty
   */
  public final boolean isRaisedByEvents() {
    return !raisedBy().isEmpty();
  }

  /**
   * The waiver that suppresses this finding.
   *
   * @return the live waiver, or empty if the finding counts
   */
  public abstract Optional<Waiver> waiver();

  /**
   * Whether a live waiver suppresses this finding.
   *
   * @return true if waived
   */
  public final boolean isWaived() {
    return waiver().isPresent();
  }

  /**
   * Whether this finding counts: a gap the record proves that is not waived.
   *
   * @return true for an unwaived gap
   */
  public final boolean isOpenGap() {
    return status() == FindingStatus.GAP && !isWaived();
  }

  /**
   * A key that identifies the same finding across two assessments of one initiative: rule,
   * status and the sorted JSON Pointers of its evidence, joined by {@code |}. The message is no
   * part of it, so rewording a message, or a message that names a value that changed, keeps the
   * finding's identity. {@link io.github.coproduction.rules.progress.Progress} pairs findings by
   * it.
   *
   * <pre>{@code
   * new Finding.Builder().rule("no-ground-rules").severity(Severity.MAJOR).
   *     status(FindingStatus.GAP).message("No ground rules.").addElements("S2.3").
   *     addEvidence(Evidence.of("/arrangements/groundRules", "absent")).
   *     remedy("Agree ground rules.").build().
   *     key();   // "no-ground-rules|GAP|/arrangements/groundRules"
   * }</pre>
   *
   * @return the key
   */
  public final String key() {
    StringBuilder key = new StringBuilder(rule()).append('|').append(status());
    evidence().stream().map(Evidence::pointer).sorted()
        .forEach(pointer -> key.append('|').append(pointer));
    return key.toString();
  }
  /**
   * The finding's identity against the record it was found in: as {@link #key()}, with each
   * pointer into the participants or the checklist answers naming the participant's reference
   * or the answer's item id instead of a position ({@code /participants/[P01]/payment}). Two
   * assessments of the same record listed in another order give their findings the same
   * identities; {@link io.github.coproduction.rules.progress.Progress} pairs findings by it.
   *
   * <pre>{@code
   * // finding.key(initiative);   // "unpaid-participant|GAP|/participants/[P01]/payment"
   * }</pre>
   *
   * @param initiative the initiative the finding was found in
   * @return the identity
   */
  public final String key(io.github.coproduction.core.initiative.Initiative initiative) {
    java.util.Objects.requireNonNull(initiative, "initiative");
    StringBuilder key = new StringBuilder(rule()).append('|').append(status());
    evidence().stream().map(e -> EvidenceOrder.stable(e.pointer(), initiative)).sorted()
        .forEach(pointer -> key.append('|').append(pointer));
    return key.toString();
  }


  /** Builds a {@link Finding}; all but {@code raisedBy} and {@code waiver} are required. */
  public static class Builder extends ImmutableFinding.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
