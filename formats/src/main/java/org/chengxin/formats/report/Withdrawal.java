package org.chengxin.formats.report;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 撤回 — a record a push batch tells the receiver to take down: it was visible on the batch's {@code since} and is
 * not visible on its {@code asOf} (SPEC §6).
 */
@Value.Immutable
public abstract class Withdrawal {

  /** The reason given for {@link #OBJECTION_HIDDEN}: hidden while an objection is pending (R-DISC-5). */
  public static final String OBJECTION_HIDDEN = "OBJECTION_HIDDEN";

  /** The reason given when the retention period ran out while the record was still active (R-RET). */
  public static final String PURGE_DUE = "PURGE_DUE";

  /** The record to take down. */
  public abstract String recordId();

  /**
   * Why: an {@code EndReason} name ({@code EXPIRED}, {@code REPAIRED}, {@code PERFORMED}, {@code REVOKED},
   * {@code OBJECTION_UPHELD}), {@link #OBJECTION_HIDDEN} or {@link #PURGE_DUE}.
   */
  public abstract String reason();

  /** The first day the record was no longer visible. */
  public abstract LocalDate effectiveOn();

  /** R-REV: the deadline to withdraw a revoked record; empty unless revoked. */
  public abstract Optional<LocalDate> withdrawBy();

  static Withdrawal of(String recordId, String reason, LocalDate effectiveOn, Optional<LocalDate> withdrawBy) {
    return ImmutableWithdrawal.builder().recordId(recordId).reason(reason).effectiveOn(effectiveOn)
        .withdrawBy(withdrawBy).build();
  }
}
