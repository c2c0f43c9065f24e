package org.chengxin.formats.report;

import java.time.LocalDate;
import java.util.Map;
import org.chengxin.core.Category;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.ProfileRef;
import org.immutables.value.Value;

/**
 * 进展情况报告 — the periodic progress report of SPEC §6 for one period of a profile's schedule, assessed at the
 * period's last day. Made by {@link ProgressReports#compute}; the exact meaning of every count is in
 * {@code docs/reports.md}. Every map holds every constant of its enum, in declaration order (zeros included).
 */
@Value.Immutable
public abstract class ProgressReport {

  /** The profile the records were assessed under. */
  public abstract ProfileRef profile();

  /** The schedule period, e.g. {@code 2024-Q1}. */
  public abstract ReportPeriod period();

  /** The due date (a plain calendar date). */
  public abstract LocalDate dueOn();

  /** Who receives the report, e.g. 省信用办. */
  public abstract String recipient();

  /** The day of the assessment: the period's last day. */
  public final LocalDate asOf() {
    return period().to();
  }

  /** Records decided in the period. */
  public abstract long newRecords();

  /** {@link #newRecords()} by category. */
  public abstract Map<Category, Long> newByCategory();

  /** {@link #newRecords()} by tier. */
  public abstract Map<Tier, Long> newByTier();

  /** {@link #newRecords()} by subject kind. */
  public abstract Map<SubjectKind, Long> newBySubjectKind();

  /** Records whose publishBy (R-DISC-2) is in the period. */
  public abstract long publicationDue();

  /** … of which published on or before publishBy. */
  public abstract long publishedOnTime();

  /** … published after publishBy (by the period's end). */
  public abstract long publishedLate();

  /** … not published by the period's end, publishBy before it. */
  public abstract long publicationOverdue();

  /** … not published, publishBy being the period's last day itself. */
  public abstract long publicationPending();

  /** OBJECTION_FILED events in the period. */
  public abstract long objectionsFiled();

  /** OBJECTION_RESOLVED events in the period. */
  public abstract long objectionsResolved();

  /** Objections that became overdue in the period (decideBy + 1 in it, not resolved on or before decideBy). */
  public abstract long objectionsOverdue();

  /** REPAIR_APPLIED events in the period. */
  public abstract long repairsApplied();

  /** REPAIR_DECIDED events with approved true in the period. */
  public abstract long repairsApproved();

  /** Records whose active period ended EXPIRED with endedOn in the period. */
  public abstract long expired();

  /** Records whose active period ended REVOKED or OBJECTION_UPHELD with endedOn in the period. */
  public abstract long revoked();

  /** Measures in state ACTIVE on the period's last day, by code. */
  public abstract Map<MeasureCode, Long> activeMeasures();

  /** Records whose rectificationDueOn is in the period without a RECTIFICATION_COMPLETED on or before it. */
  public abstract long rectificationsOverdue();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }
}
