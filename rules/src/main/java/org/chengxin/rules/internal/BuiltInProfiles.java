package org.chengxin.rules.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.rules.ProfileProvider;

/**
 * Chengxin's own profiles: {@code cn-national} and the five seed profiles, shipped as resources under
 * {@code org/chengxin/rules/profiles/}. Registered in {@code META-INF/services/org.chengxin.rules.ProfileProvider}.
 */
public final class BuiltInProfiles implements ProfileProvider {

  /** The ids of the built-in profiles, in file order. */
  public static final List<String> IDS = List.of(
      "cn-national",
      "hainan-2017",
      "fujian-2017",
      "zhashui-2021",
      "qinhuangdao-transport-2021",
      "shenfu-2022");

  /** Used by {@link java.util.ServiceLoader}. */
  public BuiltInProfiles() {}

  @Override
  public List<URL> profiles() {
    List<URL> urls = new ArrayList<>();
    for (String id : IDS) {
      String resource = "/org/chengxin/rules/profiles/" + id + ".json";
      URL url = BuiltInProfiles.class.getResource(resource);
      if (url == null) {
        throw new IllegalStateException("built-in profile resource missing: " + resource);
      }
      urls.add(url);
    }
    return urls;
  }
}
