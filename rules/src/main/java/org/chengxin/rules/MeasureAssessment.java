package org.chengxin.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 惩戒措施 — one measure of an {@link Assessment} (R-MEAS): one per (code, target), with its scheduled period
 * and its state at asOf. Example: {@code RECTIFICATION UNIT RESTRICTION from 2024-01-08, lastDay 2024-02-19
 * (the day before rectification was completed), ENDED}.
 */
@ResultStyle
@Value.Immutable
public abstract class MeasureAssessment {

  @Value.Parameter
  public abstract MeasureCode code();

  @Value.Parameter
  public abstract Target target();

  @Value.Parameter
  public abstract MeasureKind kind();

  @Value.Parameter
  public abstract boolean statutory();

  /** Always {@code decision.effectiveOn}. */
  @Value.Parameter
  public abstract LocalDate from();

  /** The scheduled last day; empty for ONCE, PERMANENT and an open UNTIL_RECTIFIED. */
  @Value.Parameter
  public abstract Optional<LocalDate> lastDay();

  @Value.Parameter
  public abstract MeasureState state();

  /** The citations of the rules that yield the measure, deduplicated, in profile order. */
  @Value.Parameter
  public abstract List<String> basis();

  /** A builder (used by the engine and by tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureAssessment}. */
  public static final class Builder extends ImmutableMeasureAssessment.Builder {
    Builder() {}
  }
}
