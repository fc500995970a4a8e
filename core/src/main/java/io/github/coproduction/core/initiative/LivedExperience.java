package io.github.coproduction.core.initiative;

/**
 * The lived experience a participant brings.
 *
 * <pre>{@code
 * LivedExperience.CARER.isLived();   // true
 * LivedExperience.NONE.isLived();    // false
 * }</pre>
 */
public enum LivedExperience {
  /** Lived experience as a user of mental health services. */
  SERVICE_USER,
  /** Lived experience as a carer. */
  CARER,
  /** Lived experience both as a service user and as a carer. */
  SERVICE_USER_AND_CARER,
  /** No lived experience brought to this work. */
  NONE;

  /**
   * Whether this is lived experience of any kind.
   *
   * @return false only for {@link #NONE}
   */
  public boolean isLived() {
    return this != NONE;
  }
}
