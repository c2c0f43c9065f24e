package org.chengxin.rules;

import java.util.Optional;
import org.immutables.value.Value;

/** The jurisdiction a profile is for: a division code or a non-standard unit with its parent division. */
@Value.Immutable
public abstract class Jurisdiction {

  /** A 6-digit division code or a non-standard unit code such as {@code SHENFU}. */
  public abstract String code();

  public abstract String nameZh();

  public abstract String nameEn();

  /** For a non-standard unit: the GB/T 2260 division it lies in. */
  public abstract Optional<String> parentDivision();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Jurisdiction}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }
}
