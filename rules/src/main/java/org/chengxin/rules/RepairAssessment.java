package org.chengxin.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** 信用修复 — the repair part of an {@link Assessment} (R-REP-1..4). */
@ResultStyle
@Value.Immutable
public abstract class RepairAssessment {

  /** R-REP-3. */
  @Value.Parameter
  public abstract RepairStatus status();

  /** R-REP-1: eligible at asOf (no blockers). */
  @Value.Parameter
  public abstract boolean eligible();

  /** R-REP-1: the first day of eligibility; empty while a blocker other than the minimum period remains. */
  @Value.Parameter
  public abstract Optional<LocalDate> eligibleFrom();

  /** R-REP-1: every unmet condition, sorted by name. */
  @Value.Parameter
  public abstract List<RepairBlocker> blockers();

  /** R-REP-2 / R-REP-4: the deadline to push the result to the provincial platform. */
  @Value.Parameter
  public abstract Optional<LocalDate> pushBy();

  /** A builder (used by the engine and by tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairAssessment}. */
  public static final class Builder extends ImmutableRepairAssessment.Builder {
    Builder() {}
  }
}
