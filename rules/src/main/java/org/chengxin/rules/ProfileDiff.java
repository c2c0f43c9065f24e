package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.chengxin.rules.internal.ProfileTree;

/**
 * The parameter-level differences between two resolved profiles — what {@code chengxin profiles diff A B} shows.
 * Every parameter is compared on its value and its basis; differences are sorted by path (deterministic).
 *
 * <pre>{@code
 * ProfileRegistry profiles = ProfileRegistry.load();
 * ProfileDiff diff = ProfileDiff.between(profiles.get("cn-national"), profiles.get("zhashui-2021"));
 * diff.find("objection.suspendMeasures");   // false → true, basis seed:zhashui-2021:五(三)5
 * diff.find("measures[zs-discipline-referral]"); // absent in A, present in B
 * }</pre>
 */
public final class ProfileDiff {

  private final String idA;
  private final String idB;
  private final List<ProfileDifference> differences;

  private ProfileDiff(String idA, String idB, List<ProfileDifference> differences) {
    this.idA = idA;
    this.idB = idB;
    this.differences = List.copyOf(differences);
  }

  /** The differences from {@code a} to {@code b}. The profiles' own ids are not compared. */
  public static ProfileDiff between(Profile a, Profile b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    Map<String, ProfileTree.Leaf> left = ProfileTree.leaves(a);
    Map<String, ProfileTree.Leaf> right = ProfileTree.leaves(b);
    TreeSet<String> paths = new TreeSet<>(left.keySet());
    paths.addAll(right.keySet());
    paths.remove("id");
    List<ProfileDifference> differences = new ArrayList<>();
    for (String path : paths) {
      Optional<ProfileTree.Leaf> inA = Optional.ofNullable(left.get(path));
      Optional<ProfileTree.Leaf> inB = Optional.ofNullable(right.get(path));
      if (!Objects.equals(inA, inB)) {
        differences.add(ProfileDifference.builder()
            .path(path)
            .valueA(inA.map(ProfileTree.Leaf::value))
            .valueB(inB.map(ProfileTree.Leaf::value))
            .basisA(inA.flatMap(ProfileTree.Leaf::basis))
            .basisB(inB.flatMap(ProfileTree.Leaf::basis))
            .build());
      }
    }
    return new ProfileDiff(a.id(), b.id(), differences);
  }

  /** The id of profile A. */
  public String idA() {
    return idA;
  }

  /** The id of profile B. */
  public String idB() {
    return idB;
  }

  /** Every difference, sorted by path. */
  public List<ProfileDifference> differences() {
    return differences;
  }

  /** The difference at {@code path}, if the profiles differ there. */
  public Optional<ProfileDifference> find(String path) {
    return differences.stream().filter(d -> d.path().equals(path)).findFirst();
  }

  /** Whether the profiles are equal in every parameter and basis (ids aside). */
  public boolean isEmpty() {
    return differences.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(idA + " → " + idB + ":");
    for (ProfileDifference d : differences) {
      text.append("\n  ").append(d.path()).append(": ")
          .append(d.valueA().orElse("(absent)")).append(" → ").append(d.valueB().orElse("(absent)"));
    }
    return text.toString();
  }
}
