package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something that happened in the course of the work and got in its way: a harm or distress, a
 * delay, a late or missing payment, a conflict, a partner leaving, an approval refused. Dated when
 * the date is known (a published account often gives none), with who was affected, what caused
 * it, and the framework elements it bears on.
 *
 * <p>A recorded event is evidence, not a declaration: an initiative that checked its systems
 * (a {@code systemsReviewed} arrangement) and still had a delay caused by an institutional system
 * records both, and the rules weigh the event. The standard rules raise a gap on an element an
 * event bears on to at least major, and to critical where a person was harmed.
 *
 * <p>{@link #affected()} names participants by reference; a participant entry that stands for a
 * group ({@link Participant#members()}) names the group. {@link #description()} is free text that
 * may hold personal data: {@link Redaction} removes it.
 *
 * <pre>{@code
 * Event e = new Event.Builder().
 *     date(java.time.LocalDate.parse("2024-05-01")).
 *     until(java.time.LocalDate.parse("2024-11-01")).
 *     kind(EventKind.DELAY).
 *     addAffected("PR1").
 *     cause(Cause.of(CauseKind.INSTITUTIONAL_SYSTEM)).
 *     build();
 * e.bearsOn();   // [S1.2]
 * }</pre>
 */
@Value.Immutable
public abstract class Event {

  Event() {}

  /**
   * When it happened, or began.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> date();

  /**
   * When it ended, for something that lasted, such as a delay.
   *
   * @return the end date, not before {@link #date()}, or empty; only with a date
   */
  public abstract Optional<LocalDate> until();

  /**
   * What happened.
   *
   * @return the kind
   */
  public abstract EventKind kind();

  /**
   * Who was affected, by participant reference (a group's entry for a group).
   *
   * @return the references, in the order given; empty when not recorded
   */
  public abstract List<String> affected();

  /**
   * What caused it.
   *
   * @return the cause, or empty when not recorded
   */
  public abstract Optional<Cause> cause();

  /**
   * The framework conditions and changes the record says it bears on.
   *
   * @return element ids, in the order given; empty to use the usual ones ({@link #bearsOn()})
   */
  public abstract List<String> elements();

  /**
   * What happened, in words. Free text that may hold personal data: printed only when asked.
   *
   * @return the description, or empty
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * Whether a person was harmed: a harm or a distress.
   *
   * @return true if {@link EventKind#harmsPerson()}
   */
  public final boolean harmsPerson() {
    return kind().harmsPerson();
  }

  /**
   * The framework elements the event bears on: those recorded, or else the usual ones of its
   * kind ({@link EventKind#usualElements()}) and of its cause ({@link CauseKind#usualElements()}).
   *
   * @return element ids, without repeats
   */
  public final List<String> bearsOn() {
    if (!elements().isEmpty()) {
      return elements();
    }
    Set<String> ids = new LinkedHashSet<>(kind().usualElements());
    cause().ifPresent(c -> ids.addAll(c.kind().usualElements()));
    return ImmutableList.copyOf(ids);
  }

  /**
   * When and what, in plain words: "a delay from 2024-05-01 to 2024-11-01", "distress on
   * 2024-06-01". Free of the description and of who was affected.
   *
   * @return the words
   */
  public final String summary() {
    if (date().isEmpty()) {
      return kind().words() + " (date not recorded)";
    }
    if (until().isPresent() && !until().get().equals(date().get())) {
      return kind().words() + " from " + date().get() + " to " + until().get();
    }
    return kind().words() + " on " + date().get();
  }

  @Value.Check
  void check() {
    until().ifPresent(end -> {
      if (date().isEmpty()) {
        throw new io.github.coproduction.core.ValidationException("/until", "an event with an"
            + " end date needs its date too");
      }
      if (end.isBefore(date().get())) {
        throw new io.github.coproduction.core.ValidationException("/until", "an event cannot end"
            + " (" + end + ") before it began (" + date().get() + ")");
      }
    });
    for (int i = 0; i < affected().size(); i++) {
      References.checkReference("/affected/" + i, affected().get(i), "a participant reference");
    }
    for (int i = 0; i < elements().size(); i++) {
      References.checkElement("/elements/" + i, elements().get(i));
    }
    description().ifPresent(d -> References.checkText("/description", d,
        "an event's description"));
  }

  /** Builds an {@link Event}; {@code kind} is required. */
  public static class Builder extends ImmutableEvent.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
