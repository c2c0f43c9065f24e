package org.chengxin.rules;

import java.util.List;
import org.chengxin.core.Problem;
import org.immutables.value.Value;

/**
 * 政务诚信评价结果 — the outcome of {@link Evaluator#evaluate}: every unit, listed by rank then unit code, and the
 * problems of the records that could not be assessed (never silently dropped).
 */
@Value.Immutable
public abstract class EvaluationResult {

  /** The profile whose weights were used. */
  public abstract ProfileRef profile();

  /** The evaluated period. */
  public abstract EvaluationPeriod period();

  /** Every unit of any input, by rank, then unit code. */
  public abstract List<UnitEvaluation> units();

  /**
   * Why records were left out: refusals of the {@link Assessor} ({@code CATEGORY_NOT_IN_PROFILE},
   * {@code CALENDAR_RANGE}, …) and records without a unit ({@code REQUIRED}), each naming its record; sorted by
   * record id, then code, then path.
   */
  public abstract List<Problem> problems();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationResult}. */
  public static final class Builder extends ImmutableEvaluationResult.Builder {
    Builder() {}
  }
}
