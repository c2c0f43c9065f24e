package org.chengxin.rules;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * 政务诚信评价 weights and warning thresholds of a profile (SPEC §7), each a {@link Param} with its basis. Points are
 * deducted from 100 per counted item; see {@link Evaluator}. The profile key of each is the method name under
 * {@code evaluation} (e.g. {@code evaluation.recordActiveSerious}).
 *
 * <p>[default] values: a record active in the period MINOR 1, GENERAL 3, SERIOUS 10, a DISHONEST_JUDGMENT_DEBTOR
 * record 10 more; publication LATE or OVERDUE 1; rectification overdue 2; commitment broken 2; complaint late 0.5,
 * substantiated 1; litigation loss rate × 10; judgment unperformed 5; RED below 60, YELLOW below 80.
 */
@Value.Immutable
public abstract class EvaluationRules {

  /** Points per MINOR record active in the period. */
  public abstract Param<BigDecimal> recordActiveMinor();

  /** Points per GENERAL record active in the period. */
  public abstract Param<BigDecimal> recordActiveGeneral();

  /** Points per SERIOUS record active in the period. */
  public abstract Param<BigDecimal> recordActiveSerious();

  /** Further points per DISHONEST_JUDGMENT_DEBTOR record active in the period. */
  public abstract Param<BigDecimal> dishonestJudgmentDebtorExtra();

  /** Points per record whose publishBy is in the period and whose publication is LATE or OVERDUE. */
  public abstract Param<BigDecimal> publicationLateOrOverdue();

  /** Points per record whose rectificationDueOn is in the period, not rectified by it. */
  public abstract Param<BigDecimal> rectificationOverdue();

  /** Points per commitment broken in the period or due in it and not fulfilled by its due date. */
  public abstract Param<BigDecimal> commitmentBroken();

  /** Points per complaint due in the period and closed late or still open. */
  public abstract Param<BigDecimal> complaintLate();

  /** Points per complaint closed in the period as substantiated. */
  public abstract Param<BigDecimal> complaintSubstantiated();

  /** Multiplier of the litigation loss rate (LOST ÷ all cases concluded in the period). */
  public abstract Param<BigDecimal> litigationLossRate();

  /** Points per LOST case concluded in the period whose judgment was not performed by the period's end. */
  public abstract Param<BigDecimal> litigationJudgmentUnperformed();

  /** A score below this is RED. */
  public abstract Param<BigDecimal> redBelow();

  /** A score below this (and not RED) is YELLOW. */
  public abstract Param<BigDecimal> yellowBelow();

  /** The warning level of a (rounded) score. */
  public final WarningLevel warning(BigDecimal score) {
    if (score.compareTo(redBelow().value()) < 0) {
      return WarningLevel.RED;
    }
    return score.compareTo(yellowBelow().value()) < 0 ? WarningLevel.YELLOW : WarningLevel.GREEN;
  }

  /** A builder (profiles are loaded, not built, outside tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvaluationRules}. */
  public static final class Builder extends ImmutableEvaluationRules.Builder {
    Builder() {}
  }
}
