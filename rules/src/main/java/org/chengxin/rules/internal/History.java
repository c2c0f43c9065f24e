package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.util.List;
import org.chengxin.core.Event;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.RepairStatus;

/**
 * A record's history as of a day (R-ASOF, §3.6): the events on or before asOf folded in array order into the few
 * dates the rules need. Single-use and single-threaded, like {@link Evaluation}.
 */
final class History {

  /** R-DISC-4 same-day ranks: revocation first, then repair/performance, then expiry. */
  static final int REVOCATION_RANK = 0;
  static final int END_RANK = 1;
  static final int EXPIRY_RANK = 2;

  private final LocalDate asOf;
  private final boolean endsOnRectification;

  LocalDate rectifiedOn;
  LocalDate mitigatedOn;
  MitigationDecision mitigation;
  LocalDate revokedOn;
  EndReason revokeReason;
  LocalDate repairedOn;
  LocalDate performedOn;
  RepairStatus repairStatus = RepairStatus.NOT_APPLIED;
  LocalDate endedOn;
  EndReason endReason;
  private int endRank = Integer.MAX_VALUE;
  ObjectionLog objections;

  History(LocalDate asOf, boolean endsOnRectification) {
    this.asOf = asOf;
    this.endsOnRectification = endsOnRectification;
  }

  /** Whether an objection is pending on a day ≤ asOf. */
  boolean objectionPendingOn(LocalDate day) {
    return objections != null && objections.pendingOn(day);
  }


  /**
   * Folds the events in array order, ignoring those after asOf (R-ASOF), up to the first revocation; a repair
   * approval is first checked by {@link Evaluation#checkEligibleOnApproval} (R-REP-2 REPAIR_NOT_ELIGIBLE).
   */
  void fold(List<Event> events, Evaluation check) {
    for (int i = 0, n = events.size(); i < n; i++) {
      Event e = events.get(i);
      LocalDate on = e.on();
      if (on.isAfter(asOf)) {
        continue; // R-ASOF
      }
      switch (e.type()) {
        case OBJECTION_FILED:
          if (objections == null) {
            objections = new ObjectionLog();
          }
          objections.file(on);
          break;
        case OBJECTION_RESOLVED:
          // SPEC-CHOICE(R-OBJ-2): a resolution without an open objection (EVENT_INCONSISTENT) changes no objection,
          // but an UPHELD_WITHDRAWN still revokes: the authority's act is what counts.
          ObjectionOutcome outcome = e.outcome().orElse(ObjectionOutcome.REJECTED);
          if (objections != null) {
            objections.resolve(on, outcome);
          }
          if (outcome == ObjectionOutcome.UPHELD_WITHDRAWN) {
            revoke(on, EndReason.OBJECTION_UPHELD);
            return;
          }
          break;
        case RECTIFICATION_COMPLETED:
          if (rectifiedOn == null) {
            rectifiedOn = on;
            // SPEC-CHOICE(R-REP-4): performance ends the listing, lifts restrictions and sets pushBy whenever it
            // happens (also after an expiry: then endedOn stays EXPIRED); it does not change repair.status, which
            // follows applications and decisions only.
            if (endsOnRectification) {
              // R-REP-4: performance ends the listing on P, with the effects of an approved repair.
              performedOn = on;
              endBy(on, EndReason.PERFORMED, END_RANK);
            }
          }
          break;
        case MITIGATION_DECIDED:
          if (mitigatedOn == null && e.decision().isPresent()) {
            mitigatedOn = on;
            mitigation = e.decision().get();
          }
          break;
        case REPAIR_APPLIED:
          repairStatus = RepairStatus.PENDING;
          break;
        case REPAIR_DECIDED:
          boolean approved = e.approved().orElse(false);
          repairStatus = approved ? RepairStatus.APPROVED : RepairStatus.REJECTED;
          // SPEC-CHOICE(R-REP-2): REPAIR_NOT_ELIGIBLE is reported for an approval only (the act that takes
          // effect), never for an application or a rejection; a repair approved after the active period ended still
          // lifts the restrictions whose lastDay ≥ A and sets pushBy (R-REP-3 "whenever a repair was approved").
          if (approved && repairedOn == null) {
            check.checkEligibleOnApproval(i, on);
            repairedOn = on;
            endBy(on, EndReason.REPAIRED, END_RANK);
          }
          break;
        case DECISION_REVOKED:
          revoke(on, EndReason.REVOKED);
          // SPEC-CHOICE(R-REV): nothing may follow a revocation (§3.6 EVENT_INCONSISTENT); the fold stops here, so
          // the first revocation in array order wins (R-DISC-4 "the earlier in the events array").
          return;
        default:
          break;
      }
    }
  }

  private void revoke(LocalDate on, EndReason reason) {
    revokedOn = on;
    revokeReason = reason;
    endBy(on, reason, REVOCATION_RANK);
  }

  /**
   * R-DISC-4: the earliest cause wins; on the same day REVOKED/OBJECTION_UPHELD (rank 0), then REPAIRED/PERFORMED
   * (rank 1), then EXPIRED (rank 2); between equals, the earlier in the events array (the first one seen).
   */
  void endBy(LocalDate on, EndReason reason, int rank) {
    if (endedOn == null || on.isBefore(endedOn) || (on.isEqual(endedOn) && rank < endRank)) {
      endedOn = on;
      endReason = reason;
      endRank = rank;
    }
  }
}
