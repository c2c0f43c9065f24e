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
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.rules.internal.ProfileLoader;

/**
 * The loaded, resolved jurisdiction profiles (SPEC §5), by id. Immutable and thread-safe.
 *
 * <p>{@link #load()} finds every {@link ProfileProvider} registered in
 * {@code META-INF/services/org.chengxin.rules.ProfileProvider} (Chengxin's own provider ships {@code cn-national}
 * and the five seed profiles; a platform adds its own the same way), reads their documents and checks their
 * inheritance; it applies inheritance to a profile and validates it fully when the profile is first asked for
 * (so that a tool which needs one profile does not pay for all of them). {@link #of(List)} does all of it at
 * once. A broken document stops loading (or the first use of its profile) with a {@link ProfileException}
 * naming the file and the key.
 *
 * <pre>{@code
 * ProfileRegistry profiles = ProfileRegistry.load();
 * Profile zhashui = profiles.get("zhashui-2021");   // extends cn-national, resolved
 * zhashui.suspendMeasuresDuringObjection().value(); // true (seed:zhashui-2021:五(三)5)
 * }</pre>
 */
public final class ProfileRegistry {

  /** The resolved profiles by id, when loaded at once; else {@code null}. */
  private final Map<String, Profile> profiles;
  /** The documents, when profiles are resolved on first use; else {@code null}. */
  private final ProfileLoader lazy;
  private final List<String> ids;

  private ProfileRegistry(List<Profile> profiles) {
    Map<String, Profile> byId = new TreeMap<>();
    for (Profile profile : profiles) {
      byId.put(profile.id(), profile);
    }
    this.profiles = Collections.unmodifiableMap(byId);
    this.lazy = null;
    this.ids = List.copyOf(byId.keySet());
  }

  private ProfileRegistry(ProfileLoader lazy) {
    this.profiles = null;
    this.lazy = lazy;
    this.ids = List.copyOf(lazy.ids());
  }

  /**
   * The profiles of every provider visible to this class's class loader, each resolved and fully validated now
   * (SPEC §5: unknown keys, dangling ids, cycles, … fail the load).
   *
   * @throws ProfileException if any document is broken
   */
  public static ProfileRegistry load() {
    return load(ProfileRegistry.class.getClassLoader());
  }

  /**
   * The profiles of every provider visible to {@code classLoader}, each resolved and fully validated now (SPEC §5).
   *
   * @throws ProfileException if any document is broken: not a JSON object with an id, version, name and
   *     jurisdiction, an unknown key, a wrong value, two documents sharing an id, broken inheritance (an unknown
   *     parent, a cycle), …
   */
  public static ProfileRegistry load(ClassLoader classLoader) {
    ProfileRegistry registry = loadOnDemand(classLoader);
    registry.all(); // resolves and validates every profile: a broken one fails the load, as SPEC §5 asks
    return registry;
  }

  /**
   * As {@link #load(ClassLoader)}, but each profile is resolved and validated when first asked for ({@link #get},
   * {@link #find}, {@link #all}, {@link #byJurisdiction}): for a short-lived process that needs one profile. Only
   * what the index needs is checked now; a broken profile that is never asked for never fails, and one that is
   * fails on first use with the same {@link ProfileException} as {@link #load(ClassLoader)}.
   *
   * @throws ProfileException if a document is not a JSON object with an id, version, name and jurisdiction, two
   *     documents share an id, or inheritance is broken (an unknown parent, a cycle)
   */
  public static ProfileRegistry loadOnDemand(ClassLoader classLoader) {
    requireNonNull(classLoader, "classLoader");
    List<URL> urls = new ArrayList<>();
    for (ProfileProvider provider : ServiceLoader.load(ProfileProvider.class, classLoader)) {
      urls.addAll(provider.profiles());
    }
    return new ProfileRegistry(ProfileLoader.index(urls));
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
   * @throws ProfileException if the profile is resolved now and its document (or a parent's) is broken
   */
  public Profile get(String id) {
    requireNonNull(id, "id");
    Profile profile = profile(id);
    if (profile == null) {
      throw new UnknownProfileException(id, ids());
    }
    return profile;
  }

  /**
   * The profile with this id, if known.
   *
   * @throws ProfileException if the profile is resolved now and its document (or a parent's) is broken
   */
  public Optional<Profile> find(String id) {
    return Optional.ofNullable(profile(requireNonNull(id, "id")));
  }

  private Profile profile(String id) {
    return lazy == null ? profiles.get(id) : lazy.profile(id);
  }

  /**
   * Every profile, sorted by id.
   *
   * @throws ProfileException if a profile is resolved now and its document is broken
   */
  public List<Profile> all() {
    List<Profile> all = new ArrayList<>(ids.size());
    for (String id : ids) {
      all.add(profile(id));
    }
    return Collections.unmodifiableList(all);
  }

  /** Every profile id, sorted. */
  public List<String> ids() {
    return ids;
  }

  /**
   * The profiles whose jurisdiction code is {@code code} (e.g. {@code 611026}, {@code SHENFU}), sorted by id.
   *
   * @throws ProfileException if a profile is resolved now and its document is broken
   */
  public List<Profile> byJurisdiction(String code) {
    requireNonNull(code, "code");
    List<Profile> found = new ArrayList<>();
    for (String id : ids) {
      if (jurisdiction(id).code().equals(code)) {
        found.add(profile(id));
      }
    }
    return Collections.unmodifiableList(found);
  }

  private Jurisdiction jurisdiction(String id) {
    return lazy == null ? profiles.get(id).jurisdiction() : lazy.jurisdiction(id);
  }

  /**
   * Core's standard non-standard units ({@code CN}, {@code SHENFU}) extended with the non-standard unit of every
   * profile whose jurisdiction is not a division code (SPEC §3.1: profiles may extend the registry). Where the
   * standard registry already knows a code, its entry is kept; among profiles, the first by id wins.
   */
  public JurisdictionUnits jurisdictionUnits() {
    JurisdictionUnits units = JurisdictionUnits.standard();
    for (String id : ids) {
      Jurisdiction j = jurisdiction(id);
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
