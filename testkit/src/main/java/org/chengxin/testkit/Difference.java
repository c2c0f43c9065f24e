package org.chengxin.testkit;

import org.immutables.value.Value;

/**
 * One field-level difference between an expected and an actual JSON document.
 *
 * <p>{@code path} is a JSON Pointer into the expected document (e.g. {@code /0/measures/3/state});
 * {@code expected} and {@code actual} are compact JSON texts, or {@code <absent>} when the field is missing on that
 * side. Example: {@code /0/disclosure/publishBy: expected "2024-01-17", actual "2024-01-18"}.
 */
@Value.Immutable
public abstract class Difference {

  /** The text used for a field that is missing on one side. */
  public static final String ABSENT = "<absent>";

  /** A JSON Pointer to the differing value. */
  @Value.Parameter
  public abstract String path();

  /** The expected value as compact JSON, or {@link #ABSENT}. */
  @Value.Parameter
  public abstract String expected();

  /** The actual value as compact JSON, or {@link #ABSENT}. */
  @Value.Parameter
  public abstract String actual();

  /** A difference at {@code path}. */
  public static Difference of(String path, String expected, String actual) {
    return ImmutableDifference.of(path, expected, actual);
  }

  @Override
  public String toString() {
    return (path().isEmpty() ? "(root)" : path()) + ": expected " + expected() + ", actual " + actual();
  }
}
