package io.github.coproduction.core.initiative;

import io.github.coproduction.core.framework.PeopleGroup;
import java.util.Optional;

/**
 * The role a participant plays in an initiative, drawn from the people the framework names.
 * Lived experience is recorded separately: staff may bring it too.
 *
 * <pre>{@code
 * Role.COMMISSIONER.isStaff();   // true
 * Role.CARER.group();            // Optional[CARERS]
 * }</pre>
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
}
