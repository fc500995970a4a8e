package io.github.coproduction.core.initiative;

import static java.util.Objects.requireNonNull;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A fact that carries a value when present: recorded as present with its value, recorded as
 * absent, or not recorded.
 *
 * <p>Immutable and thread-safe when its value is. Equality is by state and value.
 *
 * <pre>{@code
 * Recorded<java.math.BigDecimal> rate = Recorded.present(new java.math.BigDecimal("25.00"));
 * rate.fact();                    // PRESENT
 * rate.value();                   // Optional[25.00]
 * Recorded.absent().fact();       // ABSENT
 * Recorded.notRecorded().fact();  // NOT_RECORDED
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Recorded<T> {

  private static final Recorded<?> ABSENT = new Recorded<>(Fact.ABSENT, null);
  private static final Recorded<?> NOT_RECORDED = new Recorded<>(Fact.NOT_RECORDED, null);

  private final Fact fact;
  private final T value;

  private Recorded(Fact fact, T value) {
    this.fact = fact;
    this.value = value;
  }

  /**
   * A fact recorded as present, with its value.
   *
   * @param value the value, never null
   * @param <T> the type of the value
   * @return the recorded fact
   */
  public static <T> Recorded<T> present(T value) {
    return new Recorded<>(Fact.PRESENT, requireNonNull(value, "value"));
  }

  /**
   * A fact recorded as absent.
   *
   * @param <T> the type of the value it would carry
   * @return the shared instance
   */
  @SuppressWarnings("unchecked")
  public static <T> Recorded<T> absent() {
    return (Recorded<T>) ABSENT;
  }

  /**
   * A fact not recorded.
   *
   * @param <T> the type of the value it would carry
   * @return the shared instance
   */
  @SuppressWarnings("unchecked")
  public static <T> Recorded<T> notRecorded() {
    return (Recorded<T>) NOT_RECORDED;
  }

  /**
   * What the record says.
   *
   * @return present, absent or not recorded
   */
  public Fact fact() {
    return fact;
  }

  /**
   * The value, when recorded as present.
   *
   * @return the value, or empty when absent or not recorded
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The value of a fact recorded as present.
   *
   * @return the value
   * @throws NoSuchElementException if the fact is absent or not recorded
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException("no value: the fact is " + fact);
    }
    return value;
  }

  /**
   * Whether the fact is recorded as present.
   *
   * @return true if present
   */
  public boolean isPresent() {
    return fact == Fact.PRESENT;
  }

  /**
   * Whether the fact is recorded as absent.
   *
   * @return true if absent
   */
  public boolean isAbsent() {
    return fact == Fact.ABSENT;
  }

  /**
   * Whether the fact is not recorded.
   *
   * @return true if not recorded
   */
  public boolean isNotRecorded() {
    return fact == Fact.NOT_RECORDED;
  }

  /**
   * Applies a function to the value of a present fact; absent and not recorded stay as they are.
   *
   * @param mapper the function, which must not return null
   * @param <R> the type of the new value
   * @return the mapped fact
   */
  public <R> Recorded<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    if (value == null) {
      @SuppressWarnings("unchecked")
      Recorded<R> same = (Recorded<R>) this;
      return same;
    }
    return present(mapper.apply(value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recorded<?> r && r.fact == fact && Objects.equals(r.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, value);
  }

  @Override
  public String toString() {
    return value == null ? fact.toString() : "PRESENT(" + value + ")";
  }
}
