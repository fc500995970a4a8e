package io.github.coproduction.core.initiative;

import io.github.coproduction.core.ValidationException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The arrangements the framework names for co-production to work: payment and parity with staff
 * time, expenses, welfare benefits advice, emotional and psychological support, timetable
 * flexibility, ground rules, facilitation or brokering, training and development, time for trust
 * at the outset, a senior sponsor, champions, staff concerns heard, a shared understanding,
 * systems that do not get in the way, a way to address challenge and tensions, evidence of impact
 * and the budget.
 *
 * <p>Every arrangement not set is not recorded.
 *
 * <pre>{@code
 * Arrangements a = new Arrangements.Builder().
 *     paymentPolicy(Provision.present()).
 *     staffHourlyRate(Recorded.present(new java.math.BigDecimal("25.00"))).
 *     groundRules(Provision.present("Agreed at the first meeting")).
 *     emotionalSupport(Provision.absent()).
 *     build();
 * a.timeForTrust().fact();   // NOT_RECORDED
 * }</pre>
 */
@Value.Immutable
public abstract class Arrangements {

  Arrangements() {}

  /**
   * A payment policy for people with lived experience, agreed before involvement starts (condition S2.6).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision paymentPolicy() {
    return Provision.notRecorded();
  }

  /**
   * Out-of-pocket expenses refunded (condition S2.6).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision expenses() {
    return Provision.notRecorded();
  }

  /**
   * Independent welfare benefits advice for anyone offered payment (condition S2.6).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision welfareBenefitsAdvice() {
    return Provision.notRecorded();
  }

  /**
   * Access to emotional and psychological support during the process (action C4.4).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision emotionalSupport() {
    return Provision.notRecorded();
  }

  /**
   * Flexibility in the timetable for people's fluctuating mental health (action C4.3).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision timetableFlexibility() {
    return Provision.notRecorded();
  }

  /**
   * Ground rules for group working (condition S2.3).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision groundRules() {
    return Provision.notRecorded();
  }

  /**
   * Process and participant facilitation or brokering (condition S2.5).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision facilitation() {
    return Provision.notRecorded();
  }

  /**
   * Training and development in co-production, including facilitation skills (actions C5.2, C5.3).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision trainingAndDevelopment() {
    return Provision.notRecorded();
  }

  /**
   * Time set aside at the outset to build trust, confidence and mutual respect (action C2.5).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision timeForTrust() {
    return Provision.notRecorded();
  }

  /**
   * A senior leader who sponsors the work (condition S1.3).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision seniorSponsor() {
    return Provision.notRecorded();
  }

  /**
   * Co-production champions, supported to promote it (action C3.4).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision champions() {
    return Provision.notRecorded();
  }

  /**
   * Staff asked about their experiences, fears and concerns about co-production (action C3.1).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision staffConcernsHeard() {
    return Provision.notRecorded();
  }

  /**
   * Everyone brought together to develop a shared understanding of the context, aims, values and language (action C5.1).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision sharedUnderstanding() {
    return Provision.notRecorded();
  }

  /**
   * Systems and processes checked so that they do not get in the way of people becoming co-producers (action C4.2).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision systemsReviewed() {
    return Provision.notRecorded();
  }

  /**
   * An agreed way to raise and address challenge and tensions (condition S3.8).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision challengeProcess() {
    return Provision.notRecorded();
  }

  /**
   * Evidence of the impact of co-production gathered and shared (action C2.4).
   *
   * @return the provision, not recorded by default
   */
  @Value.Default
  public Provision impactEvidence() {
    return Provision.notRecorded();
  }

  /**
   * The hourly rate of staff for the same time, in pounds sterling: the measure of parity for
   * paying people with lived experience.
   *
   * @return the recorded rate, not recorded by default
   */
  @Value.Default
  public Recorded<BigDecimal> staffHourlyRate() {
    return Recorded.notRecorded();
  }

  /**
   * The budget for the co-produced work and who holds it.
   *
   * @return the recorded budget, not recorded by default
   */
  @Value.Default
  public Recorded<Budget> budget() {
    return Recorded.notRecorded();
  }

  @Value.Check
  void check() {
    if (staffHourlyRate().value().map(r -> r.signum() < 0).orElse(false)) {
      throw new ValidationException("/staffHourlyRate", "a staff hourly rate must be zero or"
          + " more, but was " + staffHourlyRate().get().toPlainString());
    }
  }

  /**
   * Arrangements with nothing recorded.
   *
   * @return the arrangements
   */
  public static Arrangements notRecorded() {
    return new Builder().build();
  }

  /** Builds {@link Arrangements}; every attribute is optional. */
  public static class Builder extends ImmutableArrangements.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
