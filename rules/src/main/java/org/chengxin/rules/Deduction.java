package org.chengxin.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * 扣分项 — one line of a unit's evaluation (SPEC §7): an indicator, how many items counted, the exact points
 * deducted and the basis of the weight. Example: 2 complaints handled late at 0.5 → {@code COMPLAINT_LATE, 2, 1.0}.
 */
@Value.Immutable
public abstract class Deduction {

  /** What the deduction is for. */
  public abstract Indicator indicator();

  /** The number of items counted (for {@link Indicator#LITIGATION_LOSS_RATE}: the lost cases). */
  public abstract int count();

  /** The exact points deducted (count × weight; for the loss rate, ratio at scale 10 × weight). */
  public abstract BigDecimal points();

  /** The basis of the weight. */
  public abstract Basis basis();

  /** The points as printed in reports: 2 decimals, HALF_UP. */
  public final BigDecimal printedPoints() {
    return points().setScale(2, RoundingMode.HALF_UP);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deduction}. */
  public static final class Builder extends ImmutableDeduction.Builder {
    Builder() {}
  }
}
