package io.github.coproduction.rules;

import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.Fact;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing the record must show for an initiative to stand on a rung of the engagement ladder,
 * and whether it does: met ({@code PRESENT}), shown not met ({@code ABSENT}) or not recorded.
 *
 * <pre>{@code
 * RungCriterion c = new RungCriterion.Builder().
 *     rung(io.github.coproduction.core.framework.LadderRung.ENGAGEMENT).
 *     met(io.github.coproduction.core.initiative.Fact.ABSENT).
 *     reason("No recorded decision was made with partners.").
 *     build();
 * c.met();   // ABSENT
 * }</pre>
 */
@Value.Immutable
public abstract class RungCriterion {

  RungCriterion() {}

  /**
   * The rung this criterion is needed for.
   *
   * @return the rung
   */
  public abstract LadderRung rung();

  /**
   * Whether the record shows the criterion met.
   *
   * @return the fact
   */
  public abstract Fact met();

  /**
   * What the record shows, in a sentence; names no person, only references.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * The reason as a message, so that a report can show it in its own locale; empty for a
   * criterion built with a reason only, such as one read back from a stored assessment, whose
   * reason is shown as it was stored. Not part of equality: a criterion equals its stored copy.
   *
   * @return the reason as a message, if known
   */
  @Value.Auxiliary
  public abstract Optional<Message> reasonMessage();

  /**
   * The reason in a locale: the {@linkplain #reasonMessage() message} rendered in it, or the
   * stored {@link #reason()} when there is no message.
   *
   * @param locale the locale
   * @return the reason
   */
  public final String reason(Locale locale) {
    return reasonMessage().map(m -> m.render(locale)).orElse(reason());
  }

  /**
   * Where in the initiative the evidence is.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidence();

  /** Builds a {@link RungCriterion}; {@code rung}, {@code met} and {@code reason} are required. */
  public static class Builder extends ImmutableRungCriterion.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
