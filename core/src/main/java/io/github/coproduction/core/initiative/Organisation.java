package io.github.coproduction.core.initiative;

import org.immutables.value.Value;

/**
 * An organisation involved in an initiative: statutory, voluntary, user-led, a peer support
 * group, a community group or a private provider.
 *
 * <pre>{@code
 * Organisation trust = new Organisation.Builder().
 *     id("trust").name("Riverside NHS Foundation Trust").kind(OrganisationKind.STATUTORY).
 *     build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {

  Organisation() {}

  /**
   * The organisation's reference within the initiative, such as {@code "trust"}.
   *
   * @return a code of letters, digits, '.', '_' or '-'
   */
  public abstract String id();

  /**
   * The organisation's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What kind of organisation it is.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  @Value.Check
  void check() {
    References.checkReference("/id", id(), "an organisation id");
    References.checkText("/name", name(), "an organisation's name");
  }

  /** Builds an {@link Organisation}; {@code id}, {@code name} and {@code kind} are required. */
  public static class Builder extends ImmutableOrganisation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
