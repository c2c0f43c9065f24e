package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5: {@link ProfileRegistry#loadOnDemand(ClassLoader)} resolves a profile when first asked for; what it
 * answers is what the eager {@link ProfileRegistry#of(List)} answers for the same documents; {@link
 * ProfileRegistry#load(ClassLoader)} validates every profile at load.
 */
class ProfileRegistryLazyTest {

  /** Every document of every provider on the test class path (the built-in six and the test samples). */
  private static final ProfileRegistry EAGER = ProfileRegistry.of(allDocuments());

  private static List<URL> allDocuments() {
    List<URL> urls = new java.util.ArrayList<>();
    for (ProfileProvider provider : java.util.ServiceLoader.load(ProfileProvider.class)) {
      urls.addAll(provider.profiles());
    }
    return urls;
  }

  @Test
  void eachProfileOnItsOwnIsTheEagerlyLoadedProfile() {
    for (String id : EAGER.ids()) {
      ProfileRegistry lazy = ProfileRegistry.loadOnDemand(ProfileRegistry.class.getClassLoader());
      assertThat(lazy.ids()).isEqualTo(EAGER.ids());
      assertThat(lazy.get(id)).as(id).isEqualTo(EAGER.get(id));
      assertThat(lazy.find(id)).as(id).contains(EAGER.get(id));
    }
  }

  @Test
  void allUnitsAndJurisdictionLookupsAnswerAsTheEagerRegistry() {
    ProfileRegistry lazy = ProfileRegistry.loadOnDemand(ProfileRegistry.class.getClassLoader());
    assertThat(lazy.jurisdictionUnits().units()).isEqualTo(EAGER.jurisdictionUnits().units());
    // SHENFU (shenfu-2022), 611026 (zhashui-2021), CN (cn-national) and a code no profile has
    for (String code : List.of("SHENFU", "611026", "CN", "999999")) {
      assertThat(lazy.byJurisdiction(code)).as(code).isEqualTo(EAGER.byJurisdiction(code));
    }
    assertThat(lazy.byJurisdiction("SHENFU")).extracting(Profile::id).containsExactly("shenfu-2022");
    assertThat(lazy.all()).isEqualTo(EAGER.all());
    assertThat(lazy.find("zhashui")).isEmpty();
  }

  @Test
  void aBrokenProfileFailsTheLoadButOnDemandOnlyWhenItIsFirstUsed(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Path profiles = dir.resolve("p");
    Files.createDirectories(profiles);
    // a child of cn-national with an unknown key: only its own resolution fails
    Files.writeString(profiles.resolve("broken.json"), "{\"id\": \"broken-1\", \"version\": \"1\", "
        + "\"name\": {\"zh\": \"坏\", \"en\": \"broken\"}, \"extends\": \"cn-national\", "
        + "\"jurisdiction\": {\"code\": \"BROKEN\", \"name\": {\"zh\": \"坏\", \"en\": \"broken\"}}, "
        + "\"colour\": \"red\"}", StandardCharsets.UTF_8);
    Files.writeString(services.resolve(ProfileProvider.class.getName()), Provider.class.getName(),
        StandardCharsets.UTF_8);
    Provider.url = profiles.resolve("broken.json").toUri().toURL();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      // load validates every profile now (SPEC §5: loading validates a profile fully)
      ProfileException atLoad = catchThrowableOfType(ProfileException.class, () -> ProfileRegistry.load(loader));
      assertThat(atLoad).hasMessageContaining("unknown key 'colour'");
      ProfileRegistry registry = ProfileRegistry.loadOnDemand(loader);
      assertThat(registry.ids()).contains("broken-1", "zhashui-2021");
      assertThat(registry.get("zhashui-2021")).isEqualTo(EAGER.get("zhashui-2021"));
      ProfileException e = catchThrowableOfType(ProfileException.class, () -> registry.get("broken-1"));
      assertThat(e).hasMessageContaining("unknown key 'colour'");
      assertThat(registry.jurisdictionUnits().unit("BROKEN")).isPresent();
    }
  }

  /** A provider of one extra document (see the test above). */
  public static final class Provider implements ProfileProvider {
    static URL url;

    @Override
    public List<URL> profiles() {
      return List.of(url);
    }
  }
}
