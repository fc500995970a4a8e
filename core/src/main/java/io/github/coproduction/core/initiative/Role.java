package io.github.coproduction.core.initiative;

import io.github.coproduction.core.framework.PeopleGroup;
import java.util.Optional;

/**
 * The role a participant plays in an initiative, drawn from the people the framework names.
 * Lived experience is recorded separately: staff may bring it too.
 *
 * <pre>{@code
 * Role.COMMISSIONER.isStaff();                   // true
 * Role.CARER.group();                            // Optional[CARERS]
 * Role.PEER_WORKER.isLivedExperiencePartner();   // true
 * Role.SENIOR_MANAGER.isLivedExperiencePartner(); // false
 * }</pre>
 *
 * <p>The partner roles are those in which a person takes part <em>as</em> a service user, a
 * carer, a peer worker or researcher, or a member of a user-led organisation or an independent
 * peer support group: the people the framework asks to work with staff as equals (C4.1). Staff
 * roles are never partner roles, whatever lived experience the person also brings.
 */
public enum Role {
  /** A service user. */
  SERVICE_USER(PeopleGroup.SERVICE_USERS),
  /** A carer. */
  CARER(PeopleGroup.CARERS),
  /** A representative of a service user or carer group or organisation. */
  USER_LED_ORGANISATION(PeopleGroup.SERVICE_USER_AND_CARER_ORGANISATIONS),
  /** A member of an independent peer support group. */
  PEER_SUPPORT_GROUP(PeopleGroup.INDEPENDENT_PEER_SUPPORT_GROUPS),
  /** A peer worker: employed or engaged to draw on their own lived experience. */
  PEER_WORKER(null),
  /** A peer researcher: a researcher who draws on their own lived experience. */
  PEER_RESEARCHER(null),
  /** A member of the public named as a co-applicant on a research project. */
  PUBLIC_CO_APPLICANT(null),
  /** A senior manager. */
  SENIOR_MANAGER(PeopleGroup.SENIOR_MANAGERS),
  /** A middle manager. */
  MIDDLE_MANAGER(PeopleGroup.MIDDLE_MANAGERS),
  /** Front line staff. */
  FRONT_LINE_STAFF(PeopleGroup.FRONT_LINE_STAFF),
  /** A strategic lead. */
  STRATEGIC_LEAD(PeopleGroup.STRATEGIC_LEADS),
  /** A commissioner. */
  COMMISSIONER(PeopleGroup.COMMISSIONERS),
  /** A member of the community. */
  COMMUNITY_MEMBER(PeopleGroup.COMMUNITIES),
  /** An independent facilitator or broker. */
  FACILITATOR(null),
  /** Any other role. */
  OTHER(null);

  private final PeopleGroup group;

  Role(PeopleGroup group) {
    this.group = group;
  }

  /**
   * The group of people the framework names that this role belongs to.
   *
   * @return the group, or empty for a facilitator or another role
   */
  public Optional<PeopleGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Whether this is a staff role of the organisations that run or buy services.
   *
   * @return true for managers, front line staff, strategic leads and commissioners
   */
  public boolean isStaff() {
    return group != null && group.isStaff();
  }

  /**
   * Whether a person in this role takes part as a lived-experience partner: a service user, a
   * carer, a peer worker, a peer researcher, a public co-applicant, or a member of a user-led
   * organisation or an independent peer support group.
   *
   * @return true for the partner roles; false for staff, community members, facilitators and
   *     other roles
   */
  public boolean isLivedExperiencePartner() {
    return switch (this) {
      case SERVICE_USER, CARER, USER_LED_ORGANISATION, PEER_SUPPORT_GROUP, PEER_WORKER,
          PEER_RESEARCHER, PUBLIC_CO_APPLICANT -> true;
      default -> false;
    };
  }
}
