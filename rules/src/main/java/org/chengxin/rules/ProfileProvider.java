package org.chengxin.rules;

import java.net.URL;
import java.util.List;

/**
 * Service-provider interface: supplies profile documents. Chengxin's own provider supplies {@code cn-national}
 * and the five seed profiles; a platform adds its own profile as a resource plus a provider registered in
 * {@code META-INF/services/org.chengxin.rules.ProfileProvider}, without any other code.
 */
public interface ProfileProvider {

  /** The profile documents (UTF-8 JSON, the format of {@code docs/profiles.md}), one profile each. */
  List<URL> profiles();
}
