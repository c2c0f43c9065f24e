package org.chengxin.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event in a record's history (SPEC §3.6). Which optional fields an event has depends on its
 * {@link #type()}: {@code by} (OBJECTION_FILED), {@code outcome} (OBJECTION_RESOLVED), {@code decision} and
 * {@code grounds} (MITIGATION_DECIDED), {@code approved} (REPAIR_DECIDED), {@code reason} (DECISION_REVOKED).
 */
@Value.Immutable
public abstract class Event {

  public abstract EventType type();

  /** The day of the event. */
  public abstract LocalDate on();

  /** Who filed an objection. */
  public abstract Optional<String> by();

  /** The outcome of an objection. */
  public abstract Optional<ObjectionOutcome> outcome();

  /** The mitigation decision. */
  public abstract Optional<MitigationDecision> decision();

  /** The grounds for mitigation (at least one for MITIGATION_DECIDED). */
  public abstract List<MitigationGround> grounds();

  /** Whether a repair was approved. */
  public abstract Optional<Boolean> approved();

  /** Why the decision was revoked. */
  public abstract Optional<String> reason();

  /** An event with only a type and a day. */
  public static Event of(EventType type, LocalDate on) {
    return builder().type(type).on(on).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
