package org.chengxin.rules;

import java.net.URL;
import java.util.List;

/**
 * A platform's own profile, added without code beyond this provider: registered in the test resources'
 * {@code META-INF/services/org.chengxin.rules.ProfileProvider}, so {@link ProfileRegistry#load()} finds it beside
 * the built-in ones.
 */
public final class SamplePlatformProfiles implements ProfileProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public SamplePlatformProfiles() {}

  @Override
  public List<URL> profiles() {
    return List.of(SamplePlatformProfiles.class.getResource("platform/sample-zone-2024.json"));
  }
}
