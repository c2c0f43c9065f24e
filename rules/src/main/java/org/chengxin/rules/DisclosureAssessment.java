package org.chengxin.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 公示 — the disclosure part of an {@link Assessment} (R-DISC-1..5). */
@Value.Immutable
public abstract class DisclosureAssessment {

  /** R-DISC-1. */
  @Value.Parameter
  public abstract boolean disclosable();

  /** R-DISC-1: why not disclosable; empty when disclosable. */
  @Value.Parameter
  public abstract Optional<NotDisclosedReason> reason();

  /** R-DISC-2: the publication deadline; empty when publication is NOT_REQUIRED. */
  @Value.Parameter
  public abstract Optional<LocalDate> publishBy();

  /** The record's {@code publishedOn}, empty when absent or after asOf (R-ASOF). */
  @Value.Parameter
  public abstract Optional<LocalDate> publishedOn();

  /** R-DISC-2. */
  @Value.Parameter
  public abstract PublicationStatus publication();

  /** R-DISC-3: decidedOn + the tier's minimum period. */
  @Value.Parameter
  public abstract LocalDate minimumLastDay();

  /** R-DISC-3: decidedOn + the tier's maximum period (the scheduled last day). */
  @Value.Parameter
  public abstract LocalDate lastDay();

  /** R-DISC-4. */
  @Value.Parameter
  public abstract boolean visible();

  /** R-DISC-5: an objection is pending on asOf. */
  @Value.Parameter
  public abstract boolean underObjection();

  /** R-DISC-4: the first day the record is no longer active; empty while active. */
  @Value.Parameter
  public abstract Optional<LocalDate> endedOn();

  /** R-DISC-4: why the active period ended; empty while active. */
  @Value.Parameter
  public abstract Optional<EndReason> endReason();

  /** A builder (used by the engine and by tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureAssessment}. */
  public static final class Builder extends ImmutableDisclosureAssessment.Builder {
    Builder() {}
  }
}
