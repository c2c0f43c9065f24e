package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.rules.internal.ProfileLoader;

/**
 * The loaded, resolved jurisdiction profiles (SPEC §5), by id. Immutable and thread-safe.
 *
 * <p>{@link #load()} finds every {@link ProfileProvider} registered in
 * {@code META-INF/services/org.chengxin.rules.ProfileProvider} (Chengxin's own provider ships {@code cn-national}
 * and the five seed profiles; a platform adds its own the same way), reads their documents, applies inheritance
 * and validates every profile fully. A broken document stops loading with a {@link ProfileException} naming the
 * file and the key.
 *
 * <pre>{@code
 * ProfileRegistry profiles = ProfileRegistry.load();
 * Profile zhashui = profiles.get("zhashui-2021");   // extends cn-national, resolved
 * zhashui.suspendMeasuresDuringObjection().value(); // true (seed:zhashui-2021:五(三)5)
 * }</pre>
 */
public final class ProfileRegistry {

  private final Map<String, Profile> profiles;

  private ProfileRegistry(List<Profile> profiles) {
    Map<String, Profile> byId = new TreeMap<>();
    for (Profile profile : profiles) {
      byId.put(profile.id(), profile);
    }
    this.profiles = Collections.unmodifiableMap(byId);
  }

  /** The profiles of every provider visible to this class's class loader. */
  public static ProfileRegistry load() {
    return load(ProfileRegistry.class.getClassLoader());
  }

  /**
   * The profiles of every provider visible to {@code classLoader}.
   *
   * @throws ProfileException if a document is broken, two documents share an id, or inheritance is broken
   */
  public static ProfileRegistry load(ClassLoader classLoader) {
    requireNonNull(classLoader, "classLoader");
    List<URL> urls = new ArrayList<>();
    for (ProfileProvider provider : ServiceLoader.load(ProfileProvider.class, classLoader)) {
      urls.addAll(provider.profiles());
    }
    return of(urls);
  }

  /**
   * The profiles of exactly these documents (a child's parent must be among them).
   *
   * @throws ProfileException if a document is broken, two documents share an id, or inheritance is broken
   */
  public static ProfileRegistry of(List<URL> documents) {
    requireNonNull(documents, "documents");
    return new ProfileRegistry(ProfileLoader.load(documents));
  }

  /**
   * The profile with this id.
   *
   * @throws UnknownProfileException naming the id and every known id
   */
  public Profile get(String id) {
    requireNonNull(id, "id");
    Profile profile = profiles.get(id);
    if (profile == null) {
      throw new UnknownProfileException(id, ids());
    }
    return profile;
  }

  /** The profile with this id, if known. */
  public Optional<Profile> find(String id) {
    return Optional.ofNullable(profiles.get(requireNonNull(id, "id")));
  }

  /** Every profile, sorted by id. */
  public List<Profile> all() {
    return List.copyOf(profiles.values());
  }

  /** Every profile id, sorted. */
  public List<String> ids() {
    return List.copyOf(profiles.keySet());
  }

  /** The profiles whose jurisdiction code is {@code code} (e.g. {@code 611026}, {@code SHENFU}), sorted by id. */
  public List<Profile> byJurisdiction(String code) {
    requireNonNull(code, "code");
    return profiles.values().stream()
        .filter(p -> p.jurisdiction().code().equals(code))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Core's standard non-standard units ({@code CN}, {@code SHENFU}) extended with the non-standard unit of every
   * profile whose jurisdiction is not a division code (SPEC §3.1: profiles may extend the registry). Where the
   * standard registry already knows a code, its entry is kept; among profiles, the first by id wins.
   */
  public JurisdictionUnits jurisdictionUnits() {
    JurisdictionUnits units = JurisdictionUnits.standard();
    for (Profile profile : profiles.values()) {
      Jurisdiction j = profile.jurisdiction();
      if (JurisdictionUnits.UNIT_CODE.matcher(j.code()).matches() && units.unit(j.code()).isEmpty()) {
        units = units.with(j.code(), j.nameZh(), j.nameEn(), j.parentDivision().orElse(null));
      }
    }
    return units;
  }

  @Override
  public String toString() {
    return "ProfileRegistry" + ids();
  }
}
