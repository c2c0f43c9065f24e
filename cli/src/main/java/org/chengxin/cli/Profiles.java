package org.chengxin.cli;

import java.util.Optional;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;

/** The profiles the CLI knows: every provider on the class path, loaded once. */
final class Profiles {
  private Profiles() {}

  private static volatile ProfileRegistry registry;
  private static volatile ProfileRegistry onDemand;

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

  /**
   * The registry for a command that uses one profile ({@code assess}), loaded on first use: every document is read
   * and its inheritance checked now (a broken document, a duplicate id, an unknown parent or a cycle still fails
   * the run), and the profile the run asks for is resolved and validated fully, with its parents, when it is asked
   * for (SPEC §5: loading a profile validates it fully); a profile the run does not use is not resolved — start-up
   * time of every run (issue 6's gate). The answers are those of {@link #registry()}.
   */
  static ProfileRegistry registryForOneProfile() {
    ProfileRegistry loaded = onDemand;
    if (loaded == null) {
      loaded = ProfileRegistry.loadOnDemand(ProfileRegistry.class.getClassLoader());
      onDemand = loaded;
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
