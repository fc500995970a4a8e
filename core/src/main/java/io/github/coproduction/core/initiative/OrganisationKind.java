package io.github.coproduction.core.initiative;

/**
 * The kinds of organisation that take part in co-production.
 *
 * <pre>{@code
 * OrganisationKind.USER_LED.name();   // "USER_LED"
 * }</pre>
 */
public enum OrganisationKind {
  /** A statutory body: an NHS trust, an integrated care board, a local authority. */
  STATUTORY,
  /** A voluntary or community sector organisation. */
  VOLUNTARY,
  /** An organisation led by service users or carers. */
  USER_LED,
  /** An independent peer support group. */
  PEER_SUPPORT_GROUP,
  /** A community group. */
  COMMUNITY,
  /** A private or independent provider. */
  PRIVATE;
}
