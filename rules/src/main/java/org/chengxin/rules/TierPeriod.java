package org.chengxin.rules;

import java.time.Period;
import org.immutables.value.Value;

/**
 * The disclosure of one tier in one era (R-DISC-3): whether the tier is publicly disclosed, and the minimum and
 * maximum active period counted from {@code decidedOn}.
 */
@Value.Immutable
public abstract class TierPeriod {

  /** Whether records of this tier are publicly disclosed (R-DISC-1 {@code TIER_NOT_DISCLOSED}). */
  @Value.Parameter
  public abstract boolean disclosed();

  /** The minimum period: {@code minimumLastDay = decidedOn + minimum}. */
  @Value.Parameter
  public abstract Period minimum();

  /** The maximum period: {@code lastDay = decidedOn + maximum}. */
  @Value.Parameter
  public abstract Period maximum();

  public static TierPeriod of(boolean disclosed, Period minimum, Period maximum) {
    return ImmutableTierPeriod.of(disclosed, minimum, maximum);
  }
}
