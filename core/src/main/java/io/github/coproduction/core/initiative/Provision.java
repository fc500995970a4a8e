package io.github.coproduction.core.initiative;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * An arrangement the framework asks for, such as ground rules or emotional support: recorded as in
 * place, recorded as not in place, or not recorded, with an optional note (what it is, or why
 * not).
 *
 * <p>Notes are free text and may hold personal data: reports print them only when asked.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Provision p = Provision.present("Peer support worker after each session");
 * p.fact();                          // PRESENT
 * p.note();                          // Optional[Peer support worker after each session]
 * Provision.absent().isAbsent();     // true
 * Provision.notRecorded().fact();    // NOT_RECORDED
 * }</pre>
 */
public final class Provision {

  private static final Provision PRESENT = new Provision(Fact.PRESENT, null);
  private static final Provision ABSENT = new Provision(Fact.ABSENT, null);
  private static final Provision NOT_RECORDED = new Provision(Fact.NOT_RECORDED, null);

  private final Fact fact;
  private final String note;

  private Provision(Fact fact, String note) {
    this.fact = fact;
    this.note = note;
  }

  /**
   * An arrangement recorded as in place.
   *
   * @return the shared instance
   */
  public static Provision present() {
    return PRESENT;
  }

  /**
   * An arrangement recorded as in place, with a note saying what it is.
   *
   * @param note what is in place; not blank
   * @return the provision
   * @throws IllegalArgumentException if the note is blank
   */
  public static Provision present(String note) {
    return new Provision(Fact.PRESENT, checkNote(note));
  }

  /**
   * An arrangement recorded as not in place.
   *
   * @return the shared instance
   */
  public static Provision absent() {
    return ABSENT;
  }

  /**
   * An arrangement recorded as not in place, with a note saying why not.
   *
   * @param note why it is not in place; not blank
   * @return the provision
   * @throws IllegalArgumentException if the note is blank
   */
  public static Provision absent(String note) {
    return new Provision(Fact.ABSENT, checkNote(note));
  }

  /**
   * An arrangement about which nothing is recorded.
   *
   * @return the shared instance
   */
  public static Provision notRecorded() {
    return NOT_RECORDED;
  }

  /**
   * A provision with the given state and note.
   *
   * @param fact present, absent or not recorded
   * @param note the note, or empty; a note needs a recorded fact
   * @return the provision
   * @throws IllegalArgumentException if a note is given for a fact not recorded, or is blank
   */
  public static Provision of(Fact fact, Optional<String> note) {
    requireNonNull(fact, "fact");
    requireNonNull(note, "note");
    if (note.isEmpty()) {
      return switch (fact) {
        case PRESENT -> PRESENT;
        case ABSENT -> ABSENT;
        case NOT_RECORDED -> NOT_RECORDED;
      };
    }
    if (fact == Fact.NOT_RECORDED) {
      throw new IllegalArgumentException("a note needs a recorded fact: the provision is not"
          + " recorded");
    }
    return new Provision(fact, checkNote(note.get()));
  }

  private static String checkNote(String note) {
    requireNonNull(note, "note");
    if (note.isBlank()) {
      throw new IllegalArgumentException("a note must not be blank");
    }
    return note;
  }

  /**
   * What the record says.
   *
   * @return present, absent or not recorded
   */
  public Fact fact() {
    return fact;
  }

  /**
   * The note: what is in place, or why not.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Whether the arrangement is recorded as in place.
   *
   * @return true if present
   */
  public boolean isPresent() {
    return fact == Fact.PRESENT;
  }

  /**
   * Whether the arrangement is recorded as not in place.
   *
   * @return true if absent
   */
  public boolean isAbsent() {
    return fact == Fact.ABSENT;
  }

  /**
   * Whether nothing is recorded about the arrangement.
   *
   * @return true if not recorded
   */
  public boolean isNotRecorded() {
    return fact == Fact.NOT_RECORDED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Provision p && p.fact == fact && Objects.equals(p.note, note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, note);
  }

  /** Prints the state only: notes may hold personal data. */
  @Override
  public String toString() {
    return note == null ? fact.toString() : fact + "(with note)";
  }
}
