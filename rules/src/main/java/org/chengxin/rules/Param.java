package org.chengxin.rules;

import org.immutables.value.Value;

/**
 * A profile parameter: a value and its {@link Basis}.
 *
 * @param <T> the value type
 */
@Value.Immutable
public abstract class Param<T> {

  @Value.Parameter
  public abstract T value();

  @Value.Parameter
  public abstract Basis basis();

  public static <T> Param<T> of(T value, Basis basis) {
    return ImmutableParam.of(value, basis);
  }
}
