package org.chengxin.cli;

import java.util.Optional;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;

/** The profiles the CLI knows: every provider on the class path, loaded once. */
final class Profiles {
  private Profiles() {}

  private static volatile ProfileRegistry registry;

  /**
   * The registry, loaded on first use. Not in a static initialiser: a broken profile document must reach the
   * CLI as a {@code ProfileException} (one line, exit 2), not as an {@code ExceptionInInitializerError}.
   */
  static ProfileRegistry registry() {
    ProfileRegistry loaded = registry;
    if (loaded == null) {
      loaded = ProfileRegistry.load();
      registry = loaded;
    }
    return loaded;
  }

  /** The profile with this id; an unknown id is a usage error listing the known ids. */
  static Profile get(ProfileRegistry registry, String id) {
    Optional<Profile> profile = registry.find(id);
    if (profile.isEmpty()) {
      throw CliException.usage(
          "未知的配置 '" + id + "'；已知配置：" + String.join("、", registry.ids()),
          "unknown profile '" + id + "'; known profiles: " + String.join(", ", registry.ids()));
    }
    return profile.get();
  }
}
