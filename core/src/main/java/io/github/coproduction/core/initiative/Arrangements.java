package io.github.coproduction.core.initiative;

import io.github.coproduction.core.ValidationException;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The arrangements the framework names for co-production to work: payment and parity with staff
 * time, expenses, welfare benefits advice, emotional and psychological support, timetable
 * flexibility, ground rules, facilitation or brokering, training and development, time for trust
 * at the outset, a senior sponsor, champions, staff concerns heard, a shared understanding,
 * systems that do not get in the way, a way to address challenge and tensions, evidence of impact
 * and the budget.
 *
 * <p>Every arrangement not set is not recorded. The provisions are keyed by {@link Arrangement},
 * the one list of them: {@link #provision(Arrangement)} reads any of them, and the named accessors
 * and builder methods are shorthands for the arrangements that have them. Immutable, thread-safe
 * and null-hostile; two arrangements are equal when every provision, the staff rate and the budget
 * are equal.
 *
 * <pre>{@code
 * Arrangements a = new Arrangements.Builder().
 *     paymentPolicy(Provision.present()).
 *     staffHourlyRate(Recorded.present(new java.math.BigDecimal("25.00"))).
 *     groundRules(Provision.present("Agreed at the first meeting")).
 *     emotionalSupport(Provision.absent()).
 *     build();
 * a.timeForTrust().fact();   // NOT_RECORDED
 * a.provision(Arrangement.GROUND_RULES).isPresent();   // true
 * }</pre>
 */
public final class Arrangements {

  private static final Arrangements NOT_RECORDED = new Builder().build();

  /** The recorded provisions only: an arrangement not in the map is not recorded. */
  private final Map<Arrangement, Provision> recorded;
  private final Recorded<BigDecimal> staffHourlyRate;
  private final Recorded<Budget> budget;
  private final SortedMap<String, BigDecimal> staffRates;
  private final Fact paidStaff;

  private Arrangements(Builder b) {
    EnumMap<Arrangement, Provision> copy = new EnumMap<>(Arrangement.class);
    b.provisions.forEach((key, p) -> {
      if (!p.isNotRecorded()) {
        copy.put(key, p);
      }
    });
    this.recorded = copy;
    this.staffHourlyRate = b.staffHourlyRate;
    this.budget = b.budget;
    this.staffRates = Collections.unmodifiableSortedMap(new TreeMap<>(b.staffRates));
    this.paidStaff = b.paidStaff;
    staffRates.forEach((grade, rate) -> {
      References.checkReference("/staffRates", grade, "a staff grade or role");
      if (rate.signum() < 0) {
        throw new ValidationException("/staffRates/" + grade, "a staff hourly rate must be zero"
            + " or more, but was " + rate.toPlainString());
      }
    });
    if (staffHourlyRate.value().map(r -> r.signum() < 0).orElse(false)) {
      throw new ValidationException("/staffHourlyRate", "a staff hourly rate must be zero or"
          + " more, but was " + staffHourlyRate.get().toPlainString());
    }
  }

  /**
   * What the record says about one arrangement.
   *
   * @param arrangement the arrangement
   * @return the provision, not recorded unless set
   */
  public Provision provision(Arrangement arrangement) {
    requireNonNull(arrangement, "arrangement");
    return recorded.getOrDefault(arrangement, Provision.notRecorded());
  }

  /**
   * Every provision, by arrangement, in declaration order, those not recorded included.
   *
   * @return an unmodifiable map with one entry for each {@link Arrangement}
   */
  public Map<Arrangement, Provision> provisions() {
    EnumMap<Arrangement, Provision> all = new EnumMap<>(Arrangement.class);
    for (Arrangement a : Arrangement.values()) {
      all.put(a, provision(a));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * A payment policy for people with lived experience, agreed before involvement starts (condition S2.6).
   * The same as {@code provision(Arrangement.PAYMENT_POLICY)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision paymentPolicy() {
    return provision(Arrangement.PAYMENT_POLICY);
  }

  /**
   * Out-of-pocket expenses refunded (condition S2.6).
   * The same as {@code provision(Arrangement.EXPENSES)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision expenses() {
    return provision(Arrangement.EXPENSES);
  }

  /**
   * Independent welfare benefits advice for anyone offered payment (condition S2.6).
   * The same as {@code provision(Arrangement.WELFARE_BENEFITS_ADVICE)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision welfareBenefitsAdvice() {
    return provision(Arrangement.WELFARE_BENEFITS_ADVICE);
  }

  /**
   * Access to emotional and psychological support during the process (action C4.4).
   * The same as {@code provision(Arrangement.EMOTIONAL_SUPPORT)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision emotionalSupport() {
    return provision(Arrangement.EMOTIONAL_SUPPORT);
  }

  /**
   * Flexibility in the timetable for people's fluctuating mental health (action C4.3).
   * The same as {@code provision(Arrangement.TIMETABLE_FLEXIBILITY)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision timetableFlexibility() {
    return provision(Arrangement.TIMETABLE_FLEXIBILITY);
  }

  /**
   * Ground rules for group working (condition S2.3).
   * The same as {@code provision(Arrangement.GROUND_RULES)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision groundRules() {
    return provision(Arrangement.GROUND_RULES);
  }

  /**
   * Process and participant facilitation or brokering (condition S2.5).
   * The same as {@code provision(Arrangement.FACILITATION)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision facilitation() {
    return provision(Arrangement.FACILITATION);
  }

  /**
   * Training and development in co-production, including facilitation skills (actions C5.2, C5.3).
   * The same as {@code provision(Arrangement.TRAINING_AND_DEVELOPMENT)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision trainingAndDevelopment() {
    return provision(Arrangement.TRAINING_AND_DEVELOPMENT);
  }

  /**
   * Time set aside at the outset to build trust, confidence and mutual respect (action C2.5).
   * The same as {@code provision(Arrangement.TIME_FOR_TRUST)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision timeForTrust() {
    return provision(Arrangement.TIME_FOR_TRUST);
  }

  /**
   * A senior leader who sponsors the work (condition S1.3).
   * The same as {@code provision(Arrangement.SENIOR_SPONSOR)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision seniorSponsor() {
    return provision(Arrangement.SENIOR_SPONSOR);
  }

  /**
   * Co-production champions, supported to promote it (action C3.4).
   * The same as {@code provision(Arrangement.CHAMPIONS)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision champions() {
    return provision(Arrangement.CHAMPIONS);
  }

  /**
   * Staff asked about their experiences, fears and concerns about co-production (action C3.1).
   * The same as {@code provision(Arrangement.STAFF_CONCERNS_HEARD)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision staffConcernsHeard() {
    return provision(Arrangement.STAFF_CONCERNS_HEARD);
  }

  /**
   * Everyone brought together to develop a shared understanding of the context, aims, values and language (action C5.1).
   * The same as {@code provision(Arrangement.SHARED_UNDERSTANDING)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision sharedUnderstanding() {
    return provision(Arrangement.SHARED_UNDERSTANDING);
  }

  /**
   * Systems and processes checked so that they do not get in the way of people becoming co-producers (action C4.2).
   * The same as {@code provision(Arrangement.SYSTEMS_REVIEWED)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision systemsReviewed() {
    return provision(Arrangement.SYSTEMS_REVIEWED);
  }

  /**
   * An agreed way to raise and address challenge and tensions (condition S3.8).
   * The same as {@code provision(Arrangement.CHALLENGE_PROCESS)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision challengeProcess() {
    return provision(Arrangement.CHALLENGE_PROCESS);
  }

  /**
   * Evidence of the impact of co-production gathered and shared (action C2.4).
   * The same as {@code provision(Arrangement.IMPACT_EVIDENCE)}.
   *
   * @return the provision, not recorded by default
   */
  public Provision impactEvidence() {
    return provision(Arrangement.IMPACT_EVIDENCE);
  }

  /**
   * The hourly rate of staff for the same time, in pounds sterling: the measure of parity for
   * paying people with lived experience.
   *
   * @return the recorded rate, not recorded by default
   */
  public Recorded<BigDecimal> staffHourlyRate() {
    return staffHourlyRate;
  }

  /**
   * The hourly rates of staff by grade or role (such as {@code "band-6"} or
   * {@code "peer-support-worker"}), in pounds sterling: what a participant's payment is compared
   * with when it names the grade whose time it matches ({@link Payment#grade()}).
   *
   * @return the rates by grade, sorted by grade; empty when none are recorded
   */
  public SortedMap<String, BigDecimal> staffRates() {
    return staffRates;
  }

  /**
   * Whether paid staff take part in the work beside the participants with lived experience. An
   * all-volunteer, peer-led group records this as absent.
   *
   * @return the fact, not recorded by default
   */
  public Fact paidStaff() {
    return paidStaff;
  }

  /**
   * The budget for the co-produced work and who holds it.
   *
   * @return the recorded budget, not recorded by default
   */
  public Recorded<Budget> budget() {
    return budget;
  }

  /**
   * Arrangements with nothing recorded.
   *
   * @return the arrangements
   */
  public static Arrangements notRecorded() {
    return NOT_RECORDED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Arrangements a && a.recorded.equals(recorded)
        && a.staffHourlyRate.equals(staffHourlyRate) && a.budget.equals(budget)
        && a.staffRates.equals(staffRates) && a.paidStaff == paidStaff;
  }

  @Override
  public int hashCode() {
    return Objects.hash(recorded, staffHourlyRate, budget, staffRates, paidStaff);
  }

  /** Prints every arrangement's state; notes stay out, as {@link Provision#toString()} says. */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "Arrangements{", "}");
    provisions().forEach((a, p) -> j.add(a.documentName() + "=" + p));
    j.add("staffHourlyRate=" + staffHourlyRate);
    j.add("budget=" + budget);
    j.add("staffRates=" + staffRates);
    j.add("paidStaff=" + paidStaff);
    return j.toString();
  }

  /**
   * Builds {@link Arrangements}; every attribute is optional, and a later value for the same
   * attribute replaces an earlier one. Not thread-safe.
   */
  public static final class Builder {
    private final EnumMap<Arrangement, Provision> provisions = new EnumMap<>(Arrangement.class);
    private Recorded<BigDecimal> staffHourlyRate = Recorded.notRecorded();
    private Recorded<Budget> budget = Recorded.notRecorded();
    private final TreeMap<String, BigDecimal> staffRates = new TreeMap<>();
    private Fact paidStaff = Fact.NOT_RECORDED;

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Copies every attribute of the given arrangements into this builder.
     *
     * @param arrangements the arrangements to copy
     * @return this builder
     */
    public Builder from(Arrangements arrangements) {
      requireNonNull(arrangements, "arrangements");
      provisions.putAll(arrangements.recorded);
      staffHourlyRate = arrangements.staffHourlyRate;
      budget = arrangements.budget;
      staffRates.clear();
      staffRates.putAll(arrangements.staffRates);
      paidStaff = arrangements.paidStaff;
      return this;
    }

    /**
     * Records the hourly rate of staff of one grade or role.
     *
     * @param grade the grade or role, a code such as {@code "band-6"}
     * @param rate the rate per hour in pounds sterling, zero or more
     * @return this builder
     */
    public Builder putStaffRates(String grade, BigDecimal rate) {
      staffRates.put(requireNonNull(grade, "grade"), requireNonNull(rate, "rate"));
      return this;
    }

    /**
     * Records the hourly rates of staff by grade or role, replacing any recorded before.
     *
     * @param rates the rates by grade
     * @return this builder
     */
    public Builder staffRates(Map<String, BigDecimal> rates) {
      requireNonNull(rates, "rates");
      staffRates.clear();
      rates.forEach(this::putStaffRates);
      return this;
    }

    /**
     * Records whether paid staff take part.
     *
     * @param fact what the record says
     * @return this builder
     */
    public Builder paidStaff(Fact fact) {
      paidStaff = requireNonNull(fact, "paidStaff");
      return this;
    }

    /**
     * Records one arrangement.
     *
     * @param arrangement the arrangement
     * @param provision what the record says about it
     * @return this builder
     */
    public Builder provision(Arrangement arrangement, Provision provision) {
      requireNonNull(arrangement, "arrangement");
      requireNonNull(provision, arrangement.documentName());
      provisions.put(arrangement, provision);
      return this;
    }

    /**
     * Records {@link Arrangement#PAYMENT_POLICY}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder paymentPolicy(Provision provision) {
      return provision(Arrangement.PAYMENT_POLICY, provision);
    }

    /**
     * Records {@link Arrangement#EXPENSES}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder expenses(Provision provision) {
      return provision(Arrangement.EXPENSES, provision);
    }

    /**
     * Records {@link Arrangement#WELFARE_BENEFITS_ADVICE}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder welfareBenefitsAdvice(Provision provision) {
      return provision(Arrangement.WELFARE_BENEFITS_ADVICE, provision);
    }

    /**
     * Records {@link Arrangement#EMOTIONAL_SUPPORT}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder emotionalSupport(Provision provision) {
      return provision(Arrangement.EMOTIONAL_SUPPORT, provision);
    }

    /**
     * Records {@link Arrangement#TIMETABLE_FLEXIBILITY}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder timetableFlexibility(Provision provision) {
      return provision(Arrangement.TIMETABLE_FLEXIBILITY, provision);
    }

    /**
     * Records {@link Arrangement#GROUND_RULES}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder groundRules(Provision provision) {
      return provision(Arrangement.GROUND_RULES, provision);
    }

    /**
     * Records {@link Arrangement#FACILITATION}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder facilitation(Provision provision) {
      return provision(Arrangement.FACILITATION, provision);
    }

    /**
     * Records {@link Arrangement#TRAINING_AND_DEVELOPMENT}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder trainingAndDevelopment(Provision provision) {
      return provision(Arrangement.TRAINING_AND_DEVELOPMENT, provision);
    }

    /**
     * Records {@link Arrangement#TIME_FOR_TRUST}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder timeForTrust(Provision provision) {
      return provision(Arrangement.TIME_FOR_TRUST, provision);
    }

    /**
     * Records {@link Arrangement#SENIOR_SPONSOR}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder seniorSponsor(Provision provision) {
      return provision(Arrangement.SENIOR_SPONSOR, provision);
    }

    /**
     * Records {@link Arrangement#CHAMPIONS}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder champions(Provision provision) {
      return provision(Arrangement.CHAMPIONS, provision);
    }

    /**
     * Records {@link Arrangement#STAFF_CONCERNS_HEARD}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder staffConcernsHeard(Provision provision) {
      return provision(Arrangement.STAFF_CONCERNS_HEARD, provision);
    }

    /**
     * Records {@link Arrangement#SHARED_UNDERSTANDING}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder sharedUnderstanding(Provision provision) {
      return provision(Arrangement.SHARED_UNDERSTANDING, provision);
    }

    /**
     * Records {@link Arrangement#SYSTEMS_REVIEWED}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder systemsReviewed(Provision provision) {
      return provision(Arrangement.SYSTEMS_REVIEWED, provision);
    }

    /**
     * Records {@link Arrangement#CHALLENGE_PROCESS}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder challengeProcess(Provision provision) {
      return provision(Arrangement.CHALLENGE_PROCESS, provision);
    }

    /**
     * Records {@link Arrangement#IMPACT_EVIDENCE}.
     *
     * @param provision what the record says
     * @return this builder
     */
    public Builder impactEvidence(Provision provision) {
      return provision(Arrangement.IMPACT_EVIDENCE, provision);
    }

    /**
     * Records the staff hourly rate.
     *
     * @param staffHourlyRate the rate in pounds sterling, zero or more
     * @return this builder
     */
    public Builder staffHourlyRate(Recorded<BigDecimal> staffHourlyRate) {
      this.staffHourlyRate = requireNonNull(staffHourlyRate, "staffHourlyRate");
      return this;
    }

    /**
     * Records the budget.
     *
     * @param budget the budget
     * @return this builder
     */
    public Builder budget(Recorded<Budget> budget) {
      this.budget = requireNonNull(budget, "budget");
      return this;
    }

    /**
     * Builds the arrangements.
     *
     * @return the arrangements
     * @throws ValidationException if the staff hourly rate is negative
     */
    public Arrangements build() {
      return new Arrangements(this);
    }
  }
}
