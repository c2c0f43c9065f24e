package org.chengxin.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.chengxin.rules.RepairBlocker;

/**
 * A set of {@link RepairBlocker}s as a bit set (allocation-free while computing), listed sorted by name. Every
 * set's list and names are computed once.
 */
final class Blockers {

  private Blockers() {}

  static int bit(RepairBlocker b) {
    return 1 << b.ordinal();
  }

  /**
   * By bit set: the blockers sorted by name (unmodifiable), and their names joined by ", ". An array, not a list of
   * lists: the lookup is on every assessed record's path.
   */
  private static final List<?>[] LISTS;
  private static final String[] NAMES;

  static {
    RepairBlocker[] byName = RepairBlocker.values();
    // insertion sort by name (ASCII)
    for (int i = 1; i < byName.length; i++) {
      RepairBlocker b = byName[i];
      int j = i;
      while (j > 0 && byName[j - 1].name().compareTo(b.name()) > 0) {
        byName[j] = byName[j - 1];
        j--;
      }
      byName[j] = b;
    }
    int sets = 1 << byName.length;
    LISTS = new List<?>[sets];
    NAMES = new String[sets];
    for (int set = 0; set < sets; set++) {
      List<RepairBlocker> list = new ArrayList<>(Integer.bitCount(set));
      StringBuilder names = new StringBuilder();
      for (RepairBlocker b : byName) {
        if ((set & bit(b)) != 0) {
          list.add(b);
          if (names.length() > 0) {
            names.append(", ");
          }
          names.append(b.name());
        }
      }
      LISTS[set] = List.copyOf(list); // immutable: the results keep it as is
      NAMES[set] = names.toString();
    }
  }

  /** Blockers sorted by name as ASCII strings (§4.10); unmodifiable. */
  @SuppressWarnings("unchecked") // every slot holds a List<RepairBlocker>
  static List<RepairBlocker> sortedList(int set) {
    return (List<RepairBlocker>) LISTS[set];
  }

  /** The names sorted, joined by ", ", e.g. {@code MINIMUM_PERIOD_NOT_ELAPSED, NOT_ACTIVE}. */
  static String names(int set) {
    return NAMES[set];
  }
}
