package org.chengxin.rules;

import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The duration of a measure (R-MEAS): {@code FIXED} needs a period; {@code SANCTION_PERIOD} takes the sanction's
 * period plus an optional extra period (PARTY_PROBATION → periodMonths + 24M); the others take none.
 */
@Value.Immutable
public abstract class Duration {

  @Value.Parameter
  public abstract DurationType type();

  /** FIXED: the period; SANCTION_PERIOD: the extra period added to the sanction's. */
  @Value.Parameter
  public abstract Optional<Period> period();

  @Value.Check
  protected void check() {
    if (type() == DurationType.FIXED && period().isEmpty()) {
      throw new IllegalStateException("a FIXED duration needs a period");
    }
    if (period().isPresent() && type() != DurationType.FIXED && type() != DurationType.SANCTION_PERIOD) {
      throw new IllegalStateException("a " + type() + " duration takes no period");
    }
  }

  public static Duration of(DurationType type) {
    return ImmutableDuration.of(type, Optional.empty());
  }

  public static Duration of(DurationType type, Period period) {
    return ImmutableDuration.of(type, Optional.of(period));
  }
}
