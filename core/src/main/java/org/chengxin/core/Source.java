package org.chengxin.core;

import java.time.OffsetDateTime;
import org.immutables.value.Value;

/** 数据来源单位 — the unit that submitted the record, and when. */
@Value.Immutable
public abstract class Source {

  /** The submitting unit's name. */
  public abstract String unit();

  /** The submitting unit's USCC. */
  public abstract UnifiedSocialCreditCode unitUscc();

  /** When it was submitted, with its offset. */
  public abstract OffsetDateTime submittedAt();

  public static Source of(String unit, UnifiedSocialCreditCode unitUscc, OffsetDateTime submittedAt) {
    return builder().unit(unit).unitUscc(unitUscc).submittedAt(submittedAt).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
