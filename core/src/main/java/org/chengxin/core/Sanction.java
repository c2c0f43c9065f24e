package org.chengxin.core;

import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/** A sanction of an official (SPEC §3.5.1): 政务处分, 党纪处分 or 问责. */
@Value.Immutable
public abstract class Sanction {

  /** The system; must equal {@code type().system()}. */
  public abstract SanctionSystem system();

  /** The sanction. */
  public abstract SanctionType type();

  /** The combined period in months (政务处分法 Art. 15) or PARTY_PROBATION's 12 or 24. */
  public abstract Optional<Integer> periodMonths();

  /** {@code periodMonths} where given, else the standard period; empty where there is none. */
  public final Optional<Period> period() {
    return periodMonths().or(() -> type().standardMonths()).map(Period::ofMonths);
  }

  public static Sanction of(SanctionSystem system, SanctionType type) {
    return builder().system(system).type(type).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sanction}. */
  public static final class Builder extends ImmutableSanction.Builder {
    Builder() {}
  }
}
