package org.chengxin.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 单位评价结果 — one unit's line of an {@link EvaluationResult}: its score, rank, warning level and deductions.
 */
@Value.Immutable
public abstract class UnitEvaluation {

  /** The unit's unified social credit code. */
  public abstract String unit();

  /** The unit's name from its latest record; empty when the unit appears only in other inputs. */
  public abstract Optional<String> name();

  /** max(0, 100 − total), rounded to 2 decimals HALF_UP (scale 2). */
  public abstract BigDecimal score();

  /** Standard competition rank by score, descending (1, 2, 2, 4). */
  public abstract int rank();

  /** From the rounded score and the profile thresholds. */
  public abstract WarningLevel warning();

  /** The deductions with a count above zero, in {@link Indicator} order. */
  public abstract List<Deduction> deductions();

  /** The exact sum of the deductions' points. */
  public final BigDecimal total() {
    return deductions().stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitEvaluation}. */
  public static final class Builder extends ImmutableUnitEvaluation.Builder {
    Builder() {}
  }
}
