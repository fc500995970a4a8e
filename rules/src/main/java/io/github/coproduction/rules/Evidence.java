package io.github.coproduction.rules;

import org.immutables.value.Value;

/**
 * A fact that triggered a finding: where it is in the initiative, as a JSON Pointer into the
 * initiative's JSON form, and the value found there.
 *
 * <p>Values are codes and states ({@code "absent"}, {@code "not recorded"}, {@code "VOUCHER"},
 * {@code "12.00"}), never free-text notes.
 *
 * <pre>{@code
 * Evidence e = Evidence.of("/arrangements/groundRules", "absent");
 * e.pointer();   // "/arrangements/groundRules"
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Evidence {

  Evidence() {}

  /**
   * Where the fact is: a JSON Pointer (RFC 6901) into the initiative, such as
   * {@code "/participants/2/payment"}.
   *
   * @return the pointer, starting with '/'
   */
  @Value.Parameter
  public abstract String pointer();

  /**
   * The value found there, as text.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Evidence at a pointer.
   *
   * @param pointer the JSON Pointer, starting with '/'
   * @param value the value found there
   * @return the evidence
   */
  public static Evidence of(String pointer, String value) {
    return ImmutableEvidence.of(pointer, value);
  }

  @Value.Check
  void check() {
    if (!pointer().startsWith("/")) {
      throw new IllegalArgumentException("an evidence pointer must start with '/', but was \""
          + pointer() + "\"");
    }
  }

  @Override
  public String toString() {
    return pointer() + " = " + value();
  }
}
