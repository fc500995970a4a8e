package io.github.coproduction.core.initiative;

import org.immutables.value.Value;

/**
 * The local vision and strategy for mental health that an initiative serves (change C1): whether
 * it was co-produced, and whether it is informed by front line staff, service user and carer
 * realities and lived experiences.
 *
 * <pre>{@code
 * Vision v = new Vision.Builder().
 *     coProduced(Fact.PRESENT).informedByLivedExperience(Fact.PRESENT).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Vision {

  Vision() {}

  /**
   * Whether the vision and strategy were co-produced with service users, carers, their
   * organisations and staff (action C1.1).
   *
   * @return the fact, not recorded by default
   */
  @Value.Default
  public Fact coProduced() {
    return Fact.NOT_RECORDED;
  }

  /**
   * Whether the vision and plans are informed by front line staff, service user and carer
   * realities and lived experiences (action C1.2).
   *
   * @return the fact, not recorded by default
   */
  @Value.Default
  public Fact informedByLivedExperience() {
    return Fact.NOT_RECORDED;
  }

  /** Builds a {@link Vision}; every attribute is optional. */
  public static class Builder extends ImmutableVision.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
