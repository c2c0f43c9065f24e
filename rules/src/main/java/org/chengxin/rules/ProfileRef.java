package org.chengxin.rules;

import org.immutables.value.Value;

/** The profile an assessment was made under: its id and version. */
@Value.Immutable
public abstract class ProfileRef {

  /** e.g. {@code zhashui-2021}. */
  @Value.Parameter
  public abstract String id();

  /** e.g. {@code 1}. */
  @Value.Parameter
  public abstract String version();

  /** A reference by id and version. */
  public static ProfileRef of(String id, String version) {
    return ImmutableProfileRef.of(id, version);
  }

  /** The reference to a profile. */
  public static ProfileRef of(Profile profile) {
    return of(profile.id(), profile.version());
  }
}
