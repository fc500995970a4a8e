package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What happened, in a recorded {@link Event}: a harm or distress, a delay, a late or missing
 * payment, a conflict, a partner leaving, an approval refused.
 *
 * <p>Each kind names the framework conditions it bears on when the record names none
 * ({@link #usualElements()}); a person harmed or distressed is what makes a related gap critical.
 *
 * <pre>{@code
 * EventKind.DISTRESS.harmsPerson();     // true
 * EventKind.LATE_PAYMENT.usualElements();   // [S2.6]
 * EventKind.PARTNER_LEFT.words();           // "a partner leaving"
 * }</pre>
 */
public enum EventKind {
  /** A person was harmed. */
  HARM(List.of("S3.5")),
  /** A person was distressed. */
  DISTRESS(List.of("S3.5")),
  /** The work, or someone's part in it, was held up. */
  DELAY(List.of("S1.2")),
  /** A payment was made late. */
  LATE_PAYMENT(List.of("S2.6")),
  /** A payment that was due was not made. */
  MISSING_PAYMENT(List.of("S2.6")),
  /** A conflict between people taking part. */
  CONFLICT(List.of("S3.8")),
  /** A partner left the work. */
  PARTNER_LEFT(List.of("S3.7")),
  /** An approval someone needed was refused. */
  APPROVAL_REFUSED(List.of("S1.2"));

  private final ImmutableList<String> usualElements;

  EventKind(List<String> usualElements) {
    this.usualElements = ImmutableList.copyOf(usualElements);
  }

  /**
   * The kind in a few plain words, for a sentence: "a delay", "distress", "a partner leaving".
   *
   * @return the words
   */
  public String words() {
    return switch (this) {
      case HARM -> "harm to a person";
      case DISTRESS -> "distress";
      case DELAY -> "a delay";
      case LATE_PAYMENT -> "a late payment";
      case MISSING_PAYMENT -> "a missing payment";
      case CONFLICT -> "a conflict";
      case PARTNER_LEFT -> "a partner leaving";
      case APPROVAL_REFUSED -> "an approval refused";
    };
  }

  /**
   * Whether an event of this kind means a person was harmed: harm and distress.
   *
   * @return true for {@link #HARM} and {@link #DISTRESS}
   */
  public boolean harmsPerson() {
    return this == HARM || this == DISTRESS;
  }

  /**
   * The framework conditions an event of this kind bears on when the record names none.
   *
   * @return condition ids, such as {@code [S2.6]} for a late payment
   */
  public List<String> usualElements() {
    return usualElements;
  }
}
