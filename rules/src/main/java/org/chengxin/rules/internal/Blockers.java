package org.chengxin.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chengxin.rules.RepairBlocker;

/** A set of {@link RepairBlocker}s as a bit set (allocation-free while computing), listed sorted by name. */
final class Blockers {

  private Blockers() {}

  static int bit(RepairBlocker b) {
    return 1 << b.ordinal();
  }

  private static final RepairBlocker[] BLOCKERS_BY_NAME = sortedBlockers();

  private static RepairBlocker[] sortedBlockers() {
    RepairBlocker[] all = RepairBlocker.values();
    Arrays.sort(all, (a, b) -> a.name().compareTo(b.name()));
    return all;
  }

  /** Blockers sorted by name as ASCII strings (§4.10). */
  static List<RepairBlocker> sortedList(int set) {
    if (set == 0) {
      return List.of();
    }
    List<RepairBlocker> list = new ArrayList<>(Integer.bitCount(set));
    for (RepairBlocker b : BLOCKERS_BY_NAME) {
      if ((set & bit(b)) != 0) {
        list.add(b);
      }
    }
    return list;
  }

  static String names(int set) {
    StringBuilder s = new StringBuilder();
    for (RepairBlocker b : sortedList(set)) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(b.name());
    }
    return s.toString();
  }
}
