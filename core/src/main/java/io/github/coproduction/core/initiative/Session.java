package io.github.coproduction.core.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated meeting, workshop, board or other session of the initiative: who took part, when the
 * papers were sent, and which decisions were taken there. Involvement recorded as dated activity
 * is the evidence from which continuity and the partners' presence where decisions are made are
 * derived.
 *
 * <p>Attendees are participant references; {@link #bodies()} names bodies by id when a body met as
 * a whole. {@link #decisions()} names decisions of {@link Power#decisions()} by their id, or by
 * their index (0 for the first) when they have none. An empty attendee list together with no
 * bodies means who took part is not recorded.
 *
 * <pre>{@code
 * Session s = new Session.Builder().
 *     date(java.time.LocalDate.parse("2026-03-04")).
 *     kind(SessionKind.WORKSHOP).
 *     addAttendees("P01", "S01").
 *     papersSent(java.time.LocalDate.parse("2026-02-25")).
 *     addDecisions("0").
 *     build();
 * s.papersNoticeDays();   // Optional[7]
 * }</pre>
 */
@Value.Immutable
public abstract class Session {

  Session() {}

  /**
   * When the session took place.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * What kind of session it was.
   *
   * @return the kind
   */
  public abstract SessionKind kind();

  /**
   * The participants who took part, by reference.
   *
   * @return the references, in the order given; empty when recorded only by body, or not recorded
   */
  public abstract List<String> attendees();

  /**
   * The bodies that met as a whole, by id.
   *
   * @return the body ids, in the order given
   */
  public abstract List<String> bodies();

  /**
   * When the papers for the session were sent.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> papersSent();

  /**
   * The decisions taken at the session: a decision's id, or its index in the decisions list.
   *
   * @return the decision references, in the order given
   */
  public abstract List<String> decisions();

  /**
   * Whether who took part is recorded at all.
   *
   * @return true if attendees or bodies are named
   */
  public final boolean attendanceRecorded() {
    return !attendees().isEmpty() || !bodies().isEmpty();
  }

  /**
   * How many days before the session the papers were sent.
   *
   * @return the days (negative when sent after the session), or empty when not recorded
   */
  public final Optional<Integer> papersNoticeDays() {
    return papersSent().map(sent -> (int) (date().toEpochDay() - sent.toEpochDay()));
  }

  @Value.Check
  void check() {
    for (int i = 0; i < attendees().size(); i++) {
      References.checkReference("/attendees/" + i, attendees().get(i), "a participant reference");
    }
    for (int i = 0; i < bodies().size(); i++) {
      References.checkReference("/bodies/" + i, bodies().get(i), "a body id");
    }
    for (int i = 0; i < decisions().size(); i++) {
      References.checkReference("/decisions/" + i, decisions().get(i),
          "a decision id or index");
    }
  }

  /** Builds a {@link Session}; {@code date} and {@code kind} are required. */
  public static class Builder extends ImmutableSession.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
