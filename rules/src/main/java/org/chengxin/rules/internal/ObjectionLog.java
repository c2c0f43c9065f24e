package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.ObjectionOutcome;

/** The objections of a record (R-OBJ), in filing order; at most one is open at a time (§3.6). */
final class ObjectionLog {

  private final List<LocalDate> filed = new ArrayList<>(2);
  private final List<LocalDate> resolved = new ArrayList<>(2);
  private final List<ObjectionOutcome> outcomes = new ArrayList<>(2);

  void file(LocalDate on) {
    filed.add(on);
    resolved.add(null);
    outcomes.add(null);
  }

  /** Resolves the latest objection if it is open (an unmatched resolution is ignored). */
  void resolve(LocalDate on, ObjectionOutcome outcome) {
    int last = filed.size() - 1;
    if (last >= 0 && resolved.get(last) == null) {
      resolved.set(last, on);
      outcomes.set(last, outcome);
    }
  }

  boolean isEmpty() {
    return filed.isEmpty();
  }

  /** Pending on a day: filedOn ≤ day &lt; resolution (R-OBJ-1, R-DISC-5). */
  boolean pendingOn(LocalDate day) {
    for (int i = 0, n = filed.size(); i < n; i++) {
      LocalDate r = resolved.get(i);
      if (!filed.get(i).isAfter(day) && (r == null || day.isBefore(r))) {
        return true;
      }
    }
    return false;
  }

  LocalDate lastFiled() {
    return filed.get(filed.size() - 1);
  }

  /** The latest objection's outcome, null while it is open. */
  ObjectionOutcome lastOutcome() {
    return outcomes.get(outcomes.size() - 1);
  }

  /** The latest resolution date of any objection, or null. */
  LocalDate lastResolved() {
    LocalDate latest = null;
    for (LocalDate r : resolved) {
      if (r != null && (latest == null || r.isAfter(latest))) {
        latest = r;
      }
    }
    return latest;
  }
}
