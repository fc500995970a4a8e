package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.coproduction.core.ValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * p.partnership();                                  // PRESENT
 *
 * Participant leap = new Participant.Builder().   // a group: one entry, no invented references
 *     ref("LEAP").
 *     role(Role.SERVICE_USER).
 *     livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).
 *     members(12).
 *     putRoleMix(Role.SERVICE_USER, 9).
 *     putRoleMix(Role.CARER, 3).
 *     build();
 * leap.isGroup();                                   // true
 * }</pre>
 *
 * <p>An entry with {@link #members()} stands for a group (a lived experience advisory panel, a
 * working group, a wider network) without inventing a reference for each member; its
 * {@link #role()} is the role in which the group takes part and {@link #roleMix()} says, when
 * known, how many members take part in which role. The rules treat a group as one participant.
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
   * The welfare benefits with an earnings rule that the participant receives: sensitive, optional,
   * never required, and removed by {@link Redaction}. Recorded as absent when the participant
   * receives none of them. Left out of {@code toString()}.
   *
   * @return the recorded benefits, not recorded by default
   */
  @Value.Default
  @Value.Redacted
  public Recorded<Set<Benefit>> benefits() {
    return Recorded.notRecorded();
  }

  /**
   * Whether the participant is offered payment: a recorded payment is an offer, whatever the
   * participant did with it.
   *
   * @return {@code PRESENT} when a payment is recorded, {@code ABSENT} when it is recorded as
   *     absent, {@code NOT_RECORDED} otherwise
   */
  public final Fact paymentOffered() {
    return payment().fact();
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
   * How many people the entry stands for, when it stands for a group.
   *
   * @return the number of members, at least 2, or empty for one person
   */
  public abstract Optional<Integer> members();

  /**
   * How many members of a group take part in which role, when known.
   *
   * @return the counts by role, in role order; empty when not recorded or for one person
   */
  public abstract Map<Role, Integer> roleMix();

  /**
   * Whether the entry stands for a group rather than one person.
   *
   * @return true when {@link #members()} is recorded
   */
  public final boolean isGroup() {
    return members().isPresent();
  }

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

  /**
   * Whether the participant takes part as a lived-experience partner: the one definition every
   * standard rule uses when it asks whether lived experience is involved, paid, deciding or
   * reflecting.
   *
   * <p>A participant in a {@linkplain Role#isLivedExperiencePartner() partner role} is a partner.
   * Staff, facilitators and those in no partner role are not, whatever lived experience they
   * bring: staff with lived experience are valued, but they are not a substitute for partners
   * (the framework asks for service users, carers, their organisations and independent peer
   * support groups as equals, C4.1). A community member or a participant in another role counts
   * as a partner when their lived experience is recorded, and is unknown when it is not recorded.
   *
   * @return {@code PRESENT} for a partner, {@code ABSENT} for someone who is not, and
   *     {@code NOT_RECORDED} when the record cannot tell
   */
  public final Fact partnership() {
    Role role = role();
    if (role.isLivedExperiencePartner()) {
      return Fact.PRESENT;
    }
    if (role != Role.COMMUNITY_MEMBER && role != Role.OTHER) {
      return Fact.ABSENT;
    }
    Recorded<LivedExperience> recorded = livedExperience();
    if (recorded.isNotRecorded()) {
      return Fact.NOT_RECORDED;
    }
    return Fact.of(recorded.isPresent() && recorded.get().isLived());
  }

  /**
   * Whether the participant takes part as a lived-experience partner; see {@link #partnership()}.
   *
   * @return true only when {@link #partnership()} is {@code PRESENT}
   */
  public final boolean isLivedExperiencePartner() {
    return partnership() == Fact.PRESENT;
  }

  /**
   * Whether the participant is staff who also bring personal lived experience: valued and shown,
   * never counted as partnership.
   *
   * @return true for a staff role with lived experience recorded
   */
  public final boolean isStaffWithLivedExperience() {
    return role().isStaff() && hasLivedExperience();
  }

  @Value.Check
  Participant check() {
    if (benefits().isPresent() && benefits().get().isEmpty()) {
      throw new ValidationException("/benefits", "a participant who"
          + " receives no benefit with an earnings rule has benefits recorded as absent, not as"
          + " an empty list");
    }
    References.checkReference("/ref", ref(), "a participant reference");
    organisation().ifPresent(o -> References.checkReference("/organisation", o,
        "an organisation id"));
    if (members().isPresent() && (members().get() < 2 || members().get() > 1_000_000)) {
      throw new ValidationException("/members", "a group has from 2 to 1,000,000 members, but"
          + " this one has " + members().get() + "; record one person without members");
    }
    if (roleMix().isEmpty()) {
      return this;
    }
    if (members().isEmpty()) {
      throw new ValidationException("/roleMix", "a role mix describes a group: record its"
          + " members too");
    }
    long total = 0;
    for (Map.Entry<Role, Integer> e : roleMix().entrySet()) {
      if (e.getValue() < 1) {
        throw new ValidationException("/roleMix/" + e.getKey().name(), "a role mix counts at"
            + " least 1 member in each role it names, but was " + e.getValue());
      }
      total += e.getValue();
    }
    if (total > members().get()) {
      throw new ValidationException("/roleMix", "the role mix counts " + total + " members, more"
          + " than the group's " + members().get());
    }
    ImmutableMap<Role, Integer> ordered = Maps.immutableEnumMap(roleMix());
    if (com.google.common.collect.Iterables.elementsEqual(ordered.keySet(),
        roleMix().keySet())) {
      return this;
    }
    return ImmutableParticipant.copyOf(this).withRoleMix(ordered);
  }

  /** Builds a {@link Participant}; {@code ref} and {@code role} are required. */
  public static class Builder extends ImmutableParticipant.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
