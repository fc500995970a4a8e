package io.github.coproduction.core.initiative;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk named in an initiative, and who carries it.
 *
 * <pre>{@code
 * Risk r = new Risk.Builder().
 *     kind(RiskKind.WELFARE_BENEFITS).carriedBy(RiskCarrier.SHARED).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Risk {

  Risk() {}

  /**
   * What the risk threatens.
   *
   * @return the kind
   */
  public abstract RiskKind kind();

  /**
   * Who carries the risk.
   *
   * @return the carrier
   */
  public abstract RiskCarrier carriedBy();

  /**
   * A description of the risk. Free text: printed only when asked.
   *
   * @return the description, or empty
   */
  @Value.Redacted
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    description().ifPresent(d -> References.checkText("/description", d, "a risk's description"));
  }

  /** Builds a {@link Risk}; {@code kind} and {@code carriedBy} are required. */
  public static class Builder extends ImmutableRisk.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
