package org.chengxin.formats.internal;

import org.chengxin.core.EventType;
import org.chengxin.core.ObjectionOutcome;

/**
 * The state of a record's history while its events are read in order (SPEC §3.6): which events are
 * consistent with the ones before. One per record; not thread-safe.
 */
final class History {
  private boolean objectionPending;
  private boolean repairPending;
  private boolean repairApproved;
  private boolean rectified;
  private boolean mitigated;
  private String endedBy;

  /**
   * Takes the next event.
   *
   * @return null when it is consistent, else why not as {zh, en} (the state then ignores the event, except
   *     that a second objection or rectification or mitigation still counts as one)
   */
  String[] next(EventType type, ObjectionOutcome outcome, Boolean approved) {
    if (endedBy != null) {
      return new String[] {"在 " + endedBy + " 之后不能再有事件", "no event may follow " + endedBy};
    }
    switch (type) {
      case OBJECTION_FILED:
        if (objectionPending) {
          return new String[] {"已有未处理的异议", "an objection is already pending"};
        }
        objectionPending = true;
        return null;
      case OBJECTION_RESOLVED:
        if (!objectionPending) {
          return new String[] {"没有待处理的异议", "no objection is pending"};
        }
        objectionPending = false;
        if (outcome == ObjectionOutcome.UPHELD_WITHDRAWN) {
          endedBy = "OBJECTION_RESOLVED UPHELD_WITHDRAWN";
        }
        return null;
      case RECTIFICATION_COMPLETED:
        if (rectified) {
          return new String[] {"整改完成只能记录一次", "rectification can be completed only once"};
        }
        rectified = true;
        return null;
      case MITIGATION_DECIDED:
        if (mitigated) {
          return new String[] {"从轻或免于惩戒只能决定一次", "mitigation can be decided only once"};
        }
        mitigated = true;
        return null;
      case REPAIR_APPLIED:
        if (repairPending) {
          return new String[] {"已有待决定的修复申请", "a repair application is already pending"};
        }
        if (repairApproved) {
          return new String[] {"信用修复已获批准", "a repair has already been approved"};
        }
        repairPending = true;
        return null;
      case REPAIR_DECIDED:
        if (!repairPending) {
          return new String[] {"没有待决定的修复申请", "no repair application is pending"};
        }
        repairPending = false;
        repairApproved = Boolean.TRUE.equals(approved);
        return null;
      case DECISION_REVOKED:
        endedBy = "DECISION_REVOKED";
        return null;
      default:
        return null;
    }
  }
}
