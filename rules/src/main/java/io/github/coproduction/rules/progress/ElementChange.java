package io.github.coproduction.rules.progress;

import io.github.coproduction.rules.ElementStatus;
import org.immutables.value.Value;

/**
 * A framework condition or change whose status differs between two assessments.
 *
 * <pre>{@code
 * // see Progress.between
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ElementChange {

  ElementChange() {}

  /**
   * The element's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String element();

  /**
   * Its status in the earlier assessment.
   *
   * @return the earlier status
   */
  @Value.Parameter
  public abstract ElementStatus before();

  /**
   * Its status in the later assessment.
   *
   * @return the later status
   */
  @Value.Parameter
  public abstract ElementStatus after();
}
