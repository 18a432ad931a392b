package dev.typewire.runtime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A request property that is optional and may be null, in its three states: absent (the key is not
 * sent), null (sent as {@code null}, which in a PATCH usually means "clear this field") or a value.
 * Generated request records use it only where the description allows all three; builders start
 * absent, and their setter turns {@code null} into the null state.
 *
 * @param <T> the value's type
 */
@JsonSerialize(using = OptionalNullableSerializer.class)
@JsonDeserialize(using = OptionalNullableDeserializer.class)
public final class OptionalNullable<T> {

  private static final OptionalNullable<?> ABSENT = new OptionalNullable<>(false, null);
  private static final OptionalNullable<?> NULL = new OptionalNullable<>(true, null);

  private final boolean present;
  private final T value;

  private OptionalNullable(boolean present, T value) {
    this.present = present;
    this.value = value;
  }

  /**
   * Returns the absent state: the key is not sent.
   *
   * @param <T> the value's type
   * @return the absent state
   */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> OptionalNullable<T> absent() {
    return (OptionalNullable<T>) ABSENT;
  }

  /**
   * Returns the null state: the key is sent with {@code null}.
   *
   * @param <T> the value's type
   * @return the null state
   */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> OptionalNullable<T> ofNull() {
    return (OptionalNullable<T>) NULL;
  }

  /**
   * Returns a value, or the null state for {@code null}.
   *
   * @param value the value, or null to send {@code null}
   * @param <T> the value's type
   * @return the value's state
   */
  public static <T> OptionalNullable<T> of(T value) {
    return value == null ? ofNull() : new OptionalNullable<>(true, value);
  }

  /**
   * Whether the key is left out.
   *
   * @return true when absent
   */
  public boolean isAbsent() {
    return !present;
  }

  /**
   * Whether the key is sent as {@code null}.
   *
   * @return true in the null state
   */
  public boolean isNull() {
    return present && value == null;
  }

  /**
   * Whether there is a non-null value.
   *
   * @return true when a value is held
   */
  public boolean isPresent() {
    return value != null;
  }

  /**
   * Returns the value.
   *
   * @return the value
   * @throws NoSuchElementException when absent or null
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException(present ? "null" : "absent");
    }
    return value;
  }

  /**
   * Returns the value, or null when absent or null.
   *
   * @return the value or null
   */
  public T orElseNull() {
    return value;
  }

  /**
   * Returns the value as an {@link Optional}, empty when absent or null.
   *
   * @return the value, if any
   */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OptionalNullable<?> that
        && present == that.present
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return present ? 31 + Objects.hashCode(value) : 0;
  }

  @Override
  public String toString() {
    if (!present) {
      return "absent";
    }
    return String.valueOf(value);
  }
}
