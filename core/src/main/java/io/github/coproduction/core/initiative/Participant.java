package io.github.coproduction.core.initiative;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or group taking part in an initiative, known by a pseudonymous reference, never by
 * name: what is recorded here is health-related personal data.
 *
 * <pre>{@code
 * Participant p = new Participant.Builder().
 *     ref("P01").
 *     role(Role.SERVICE_USER).
 *     livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).
 *     payment(Recorded.absent()).                 // recorded as unpaid
 *     decisionMaker(Fact.PRESENT).
 *     build();
 * p.hasLivedExperience();                           // true
 * }</pre>
 */
@Value.Immutable
public abstract class Participant {

  Participant() {}

  /**
   * The participant's pseudonymous reference, unique within the initiative.
   *
   * @return a code such as {@code "P01"}: letters, digits, '.', '_' or '-', no spaces
   */
  public abstract String ref();

  /**
   * The role the participant plays.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * The lived experience the participant brings.
   *
   * @return the recorded lived experience, not recorded by default
   */
  @Value.Default
  public Recorded<LivedExperience> livedExperience() {
    return Recorded.notRecorded();
  }

  /**
   * How the participant is paid; absent means recorded as not paid.
   *
   * @return the recorded payment, not recorded by default
   */
  @Value.Default
  public Recorded<Payment> payment() {
    return Recorded.notRecorded();
  }

  /**
   * Whether the participant sits where decisions are made.
   *
   * @return the fact, not recorded by default
   */
  @Value.Default
  public Fact decisionMaker() {
    return Fact.NOT_RECORDED;
  }

  /**
   * The organisation the participant comes from or represents, by its id in the initiative.
   *
   * @return the organisation id, or empty
   */
  public abstract Optional<String> organisation();

  /**
   * Whether the participant is recorded as bringing lived experience.
   *
   * @return true if lived experience of any kind is recorded
   */
  public final boolean hasLivedExperience() {
    // Read for every participant by several rules per assessment: no Optional on the way.
    Recorded<LivedExperience> recorded = livedExperience();
    return recorded.isPresent() && recorded.get().isLived();
  }

  @Value.Check
  void check() {
    References.checkReference("/ref", ref(), "a participant reference");
    organisation().ifPresent(o -> References.checkReference("/organisation", o,
        "an organisation id"));
  }

  /** Builds a {@link Participant}; {@code ref} and {@code role} are required. */
  public static class Builder extends ImmutableParticipant.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
