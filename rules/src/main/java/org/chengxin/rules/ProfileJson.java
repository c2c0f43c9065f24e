package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import org.chengxin.rules.internal.JsonFormat;
import org.chengxin.rules.internal.ProfileTree;

/**
 * Writes a resolved profile as a profile document (the format of {@code docs/profiles.md}) — what
 * {@code chengxin profiles show ID} prints. Everything inherited is written out and {@code extends} is left out,
 * so the text loads on its own as an equal profile. Deterministic: fixed key order, categories and tiers in code
 * order, measure rules in profile order, {@code \n} line ends.
 *
 * <pre>{@code
 * String json = ProfileJson.write(ProfileRegistry.load().get("zhashui-2021"));
 * // {"id": "zhashui-2021", "version": "1", …, "objection": {…, "suspendMeasures": {"value": true,
 * //   "basis": "seed:zhashui-2021:五(三)5", "verified": true}, …}, …}
 * }</pre>
 */
public final class ProfileJson {

  private ProfileJson() {}

  /** The profile as an indented JSON document ending with a line feed. */
  public static String write(Profile profile) {
    return JsonFormat.write(ProfileTree.of(requireNonNull(profile, "profile")));
  }

  /**
   * A diff as JSON ({@code chengxin profiles diff A B --format json}), differences in path order:
   *
   * <pre>{@code
   * {"a": "cn-national", "b": "zhashui-2021", "differences": [
   *   {"path": "objection.suspendMeasures",
   *    "a": {"value": false, "basis": "[default] …", "verified": true},
   *    "b": {"value": true, "basis": "seed:zhashui-2021:五(三)5", "verified": true}}, …]}
   * }</pre>
   *
   * A side is {@code null} where the profile lacks the parameter; {@code basis} and {@code verified} are left out
   * where the parameter has no basis (names, jurisdiction, sources); {@code note} is written where given.
   */
  public static String write(ProfileDiff diff) {
    return JsonFormat.write(ProfileTree.of(requireNonNull(diff, "diff")));
  }
}
