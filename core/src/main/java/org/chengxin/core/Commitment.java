package org.chengxin.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 政务承诺 — a public commitment of a unit (守信践诺, seed:zhashui-2021:五(一)3), an input of the evaluation
 * (SPEC §7). A commitment is kept when {@code fulfilledOn ≤ dueOn}; it is broken on {@code brokenOn} or when its
 * due date passes unfulfilled.
 *
 * <pre>{@code
 * Commitment c = Commitment.builder().id("C-1").unit(UnifiedSocialCreditCode.parse("11230500001755309F"))
 *     .type(CommitmentType.DEADLINE).madeOn(LocalDate.parse("2024-01-02")).dueOn(LocalDate.parse("2024-03-31"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Commitment {

  /** Unique within a file; 1–64 characters of {@code [A-Za-z0-9._:-]}. */
  public abstract String id();

  /** The unit that made the commitment. */
  public abstract UnifiedSocialCreditCode unit();

  /** What was promised. */
  public abstract CommitmentType type();

  /** The day the commitment was made public. */
  public abstract LocalDate madeOn();

  /** The last day to fulfil it (≥ madeOn). */
  public abstract LocalDate dueOn();

  /** The day it was fulfilled (≥ madeOn). */
  public abstract Optional<LocalDate> fulfilledOn();

  /** The day it was found broken (≥ madeOn). */
  public abstract Optional<LocalDate> brokenOn();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Commitment}. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
