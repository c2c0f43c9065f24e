package org.chengxin.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** The impact of the dishonest act; used by evaluation and reports. */
@Value.Immutable
public abstract class Impact {

  /** Economic loss in yuan (元). */
  public abstract Optional<BigDecimal> economicLoss();

  /** The social impact. */
  public abstract Optional<SocialImpact> socialImpact();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Impact}. */
  public static final class Builder extends ImmutableImpact.Builder {
    Builder() {}
  }
}
