package org.chengxin.rules;

import org.immutables.value.Value;

/**
 * One step of an assessment's derivation trace (推导过程): the rule applied, the profile parameter's citation
 * and the arithmetic, e.g. {@code R-DISC-3}, {@code 发改办财金〔2019〕527号}, {@code 2024-01-08 + P1Y = 2025-01-08}.
 */
@Value.Immutable
public abstract class TraceEntry {

  /** The SPEC rule, e.g. {@code R-DISC-2}. */
  @Value.Parameter
  public abstract String rule();

  /** The citation of the profile parameter used ({@link Basis#citation()}), or {@code ""} for none. */
  @Value.Parameter
  public abstract String basis();

  /** The arithmetic, e.g. {@code 7th working day after 2024-01-08 = 2024-01-17}. */
  @Value.Parameter
  public abstract String detail();

  /** A trace entry, e.g. {@code of("R-DISC-3", "NDRC Order 58", "2024-01-08 + P1Y = 2025-01-08")}. */
  public static TraceEntry of(String rule, String basis, String detail) {
    return ImmutableTraceEntry.of(rule, basis, detail);
  }
}
