package org.chengxin.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One parameter that differs between two resolved profiles (see {@link ProfileDiff}): its path, its value in
 * each (compact JSON text, empty where the parameter is absent) and its basis in each.
 *
 * <p>Example: between {@code cn-national} (A) and {@code zhashui-2021} (B), path
 * {@code objection.suspendMeasures}, valueA {@code false}, valueB {@code true}, basisB
 * {@code seed:zhashui-2021:五(三)5}.
 */
@Value.Immutable
public abstract class ProfileDifference {

  /**
   * The parameter's path: keys joined by dots, list items by their id or start date in brackets, e.g.
   * {@code categories.ADMINISTRATIVE_PENALTY.repairable}, {@code measures[zs-discipline-referral]},
   * {@code categories.ADMINISTRATIVE_PENALTY.eras[2023-05-01]}, {@code sources[zhashui-2021]}; the single
   * undated era of a category is {@code eras[*]}.
   */
  public abstract String path();

  /** The value in profile A as compact JSON (e.g. {@code true}, {@code "P5Y"}), empty if A lacks the parameter. */
  public abstract Optional<String> valueA();

  /** The value in profile B, as {@link #valueA()}. */
  public abstract Optional<String> valueB();

  /** The basis of the value in A, where it has one. */
  public abstract Optional<Basis> basisA();

  /** The basis of the value in B, where it has one. */
  public abstract Optional<Basis> basisB();

  /** Whether the values differ (false: the same value on a different basis). */
  public final boolean valueChanged() {
    return !valueA().equals(valueB());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProfileDifference}. */
  public static final class Builder extends ImmutableProfileDifference.Builder {
    Builder() {}
  }
}
