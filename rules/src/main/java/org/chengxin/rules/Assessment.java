package org.chengxin.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.Tier;
import org.immutables.value.Value;

/**
 * 评估结果 — what a record means on a day under a profile (SPEC §4.10, the conformance contract). Produced by
 * {@link Assessor}; written as JSON by {@code org.chengxin.formats.AssessmentJson} in exactly this field order.
 *
 * <p>Example: a GENERAL administrative penalty decided 2024-01-08, published 2024-01-12, assessed on
 * 2024-03-01 under {@code zhashui-2021}: era 2023-05-01, publishBy 2024-01-17 (ON_TIME), minimumLastDay
 * 2024-04-08, lastDay 2025-01-08, retention 2029-01-08, state ACTIVE.
 *
 * <p>Its lists, and those of the results it holds, are unmodifiable {@code List.copyOf} lists: like
 * {@code List.of}, they hold no nulls and a query for null ({@code contains(null)}) throws
 * {@code NullPointerException}.
 */
@ResultStyle
@Value.Immutable
public abstract class Assessment {

  @Value.Parameter
  public abstract String recordId();

  @Value.Parameter
  public abstract LocalDate asOf();

  @Value.Parameter
  public abstract ProfileRef profile();

  /** R-ERA: the first day of the era used; empty for categories without eras. */
  @Value.Parameter
  public abstract Optional<LocalDate> era();

  /** R-STATE. */
  @Value.Parameter
  public abstract RecordState state();

  @Value.Parameter
  public abstract Tier tier();

  @Value.Parameter
  public abstract DisclosureAssessment disclosure();

  @Value.Parameter
  public abstract RetentionAssessment retention();

  @Value.Parameter
  public abstract ObjectionAssessment objection();

  @Value.Parameter
  public abstract RepairAssessment repair();

  /** Sorted by code name, then target name (ASCII). */
  @Value.Parameter
  public abstract List<MeasureAssessment> measures();

  /** R-REV: sorted by name. */
  @Value.Parameter
  public abstract List<Remedy> remedies();

  /** R-REV: the deadline to withdraw a revoked record that was visible. */
  @Value.Parameter
  public abstract Optional<LocalDate> withdrawBy();

  /** Assessment-time problems only (e.g. WARNING {@code REPAIR_NOT_ELIGIBLE}). */
  @Value.Parameter
  public abstract List<Problem> problems();

  /** How every date was derived; not compared by conformance. */
  @Value.Parameter
  public abstract List<TraceEntry> trace();

  /** A builder (used by the engine and by tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
