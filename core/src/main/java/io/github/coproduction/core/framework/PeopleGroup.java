package io.github.coproduction.core.framework;

/**
 * The groups of people the framework names, in the words it uses for them.
 *
 * <pre>{@code
 * PeopleGroup.INDEPENDENT_PEER_SUPPORT_GROUPS.title();   // "independent peer support groups"
 * PeopleGroup.FRONT_LINE_STAFF.isStaff();                // true
 * }</pre>
 */
public enum PeopleGroup {
  /** Service users. */
  SERVICE_USERS("service users", false),
  /** Carers. */
  CARERS("carers", false),
  /** Service users' and carers' own groups and organisations. */
  SERVICE_USER_AND_CARER_ORGANISATIONS("their groups and organisations", false),
  /** Independent peer support groups. */
  INDEPENDENT_PEER_SUPPORT_GROUPS("independent peer support groups", false),
  /** Senior managers (the framework: "senior and middle managers"). */
  SENIOR_MANAGERS("senior managers", true),
  /** Middle managers (the framework: "senior and middle managers"). */
  MIDDLE_MANAGERS("middle managers", true),
  /** Front line staff. */
  FRONT_LINE_STAFF("front line staff", true),
  /** Strategic leads, the framework's first audience. */
  STRATEGIC_LEADS("strategic leads", true),
  /** Commissioners, the framework's second audience. */
  COMMISSIONERS("commissioners", true),
  /** Communities. */
  COMMUNITIES("communities", false);

  private final String title;
  private final boolean staff;

  PeopleGroup(String title, boolean staff) {
    this.title = title;
    this.staff = staff;
  }

  /**
   * The framework's words for this group.
   *
   * @return the words, in lower case as the framework prints them
   */
  public String title() {
    return title;
  }

  /**
   * Whether the group is made of staff of the organisations that run or buy services.
   *
   * @return true for managers, front line staff, strategic leads and commissioners
   */
  public boolean isStaff() {
    return staff;
  }
}
