package org.chengxin.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 投诉举报 — a complaint about a unit (政务失信投诉举报, seed:fujian-2017:三(三)), an input of the evaluation
 * (SPEC §7): handled late when closed after {@code dueOn} or still open; {@code substantiated} when the complaint
 * was found true.
 */
@Value.Immutable
public abstract class Complaint {

  /** Unique within a file; 1–64 characters of {@code [A-Za-z0-9._:-]}. */
  public abstract String id();

  /** The unit complained about. */
  public abstract UnifiedSocialCreditCode unit();

  /** How the complaint came in. */
  public abstract ComplaintChannel channel();

  /** The day the complaint was received. */
  public abstract LocalDate receivedOn();

  /** The handling deadline (≥ receivedOn). */
  public abstract LocalDate dueOn();

  /** The day the complaint was closed (≥ receivedOn). */
  public abstract Optional<LocalDate> closedOn();

  /** Whether the complaint was found true (属实); absent while unknown. */
  public abstract Optional<Boolean> substantiated();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Complaint}. */
  public static final class Builder extends ImmutableComplaint.Builder {
    Builder() {}
  }
}
