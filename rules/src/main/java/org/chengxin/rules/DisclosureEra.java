package org.chengxin.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.chengxin.core.Tier;
import org.immutables.value.Value;

/**
 * A rule era (R-ERA): the disclosure periods in force from a date. Eras exist only for ADMINISTRATIVE_PENALTY;
 * every other category has a single era without a {@code from} date (the assessment's {@code era} is then null).
 */
@Value.Immutable
public abstract class DisclosureEra {

  /** The first day of the era; empty for the single era of a category without eras. */
  public abstract Optional<LocalDate> from();

  /** The periods of every tier (all three tiers present). */
  public abstract Map<Tier, TierPeriod> tiers();

  public abstract Basis basis();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureEra}. */
  public static final class Builder extends ImmutableDisclosureEra.Builder {
    Builder() {}
  }
}
