package org.chengxin.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** 异议 — the objection part of an {@link Assessment} (R-OBJ): the latest objection. */
@Value.Immutable
public abstract class ObjectionAssessment {

  @Value.Parameter
  public abstract ObjectionStatus status();

  /** The latest objection's decision deadline (also after it was resolved); empty for NONE. */
  @Value.Parameter
  public abstract Optional<LocalDate> decideBy();

  /** Pending and asOf is after {@link #decideBy()}. */
  @Value.Parameter
  public abstract boolean overdue();

  /** An objection part; {@code decideBy} may be null (status NONE). */
  public static ObjectionAssessment of(ObjectionStatus status, LocalDate decideBy, boolean overdue) {
    return ImmutableObjectionAssessment.of(status, Optional.ofNullable(decideBy), overdue);
  }
}
