package org.chengxin.rules;

import java.time.LocalDate;
import org.immutables.value.Value;

/** 保存期限 — the retention part of an {@link Assessment} (R-RET). */
@Value.Immutable
public abstract class RetentionAssessment {

  /** base + the retention period (always, also for a revoked record). */
  @Value.Parameter
  public abstract LocalDate lastDay();

  /** asOf is after {@link #lastDay()}, or the record was revoked on or before asOf. */
  @Value.Parameter
  public abstract boolean purgeDue();

  /** The retention part: its last day and whether the record is purge-due at asOf. */
  public static RetentionAssessment of(LocalDate lastDay, boolean purgeDue) {
    return ImmutableRetentionAssessment.of(lastDay, purgeDue);
  }
}
