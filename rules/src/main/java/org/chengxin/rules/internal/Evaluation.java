package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.CalendarRangeException;
import org.chengxin.rules.CategoryRules;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.DisclosureEra;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.RetentionBase;
import org.chengxin.rules.TierPeriod;
import org.chengxin.rules.TraceEntry;
import org.chengxin.rules.WorkingDayCalendar;

/**
 * One assessment (SPEC §4): a single-use, single-threaded computation object created by
 * {@link org.chengxin.rules.Assessor}. It folds the events once, then derives every part of the assessment.
 *
 * <p>The choices where the SPEC leaves room are marked {@code SPEC-CHOICE(R-…)} below.
 */
public final class Evaluation {

  private final Record record;
  private final Profile profile;
  private final WorkingDayCalendar calendar;
  private final LocalDate asOf;
  private final List<TraceEntry> trace = new ArrayList<>(16);
  private final List<Problem> problems = new ArrayList<>(2);

  private CategoryRules rules;
  private LocalDate decidedOn;
  private LocalDate effectiveOn;
  private LocalDate minimumLastDay;
  private LocalDate lastDay;
  private LocalDate retentionLastDay;
  private List<MeasureDraft> drafts;

  private History h;
  private LocalDate publishedOn;

  /** One assessment of a record on asOf; call {@link #run()} once. */
  public Evaluation(Record record, Profile profile, WorkingDayCalendar calendar, LocalDate asOf) {
    this.record = record;
    this.profile = profile;
    this.calendar = calendar;
    this.asOf = asOf;
  }

  /** Runs the assessment; never throws for a record that is structurally complete. */
  public AssessmentResult run() {
    decidedOn = record.decision().decidedOn();
    List<Problem> refusal = null;
    Optional<CategoryRules> category = profile.category(record.category());
    if (category.isEmpty()) {
      refusal = new ArrayList<>(2);
      refusal.add(Problem.of(ProblemCode.CATEGORY_NOT_IN_PROFILE, "/category", record.category().name(),
          profile.id(), profile.id()).forRecord(record.recordId()));
    }
    if (asOf.isBefore(decidedOn)) {
      if (refusal == null) {
        refusal = new ArrayList<>(1);
      }
      // SPEC-CHOICE(R-STATE): the problem points at /decision/decidedOn; its value is the asOf date (the
      // message template reads "as-of date {value} is before the decision date {detail}").
      refusal.add(Problem.of(ProblemCode.AS_OF_BEFORE_DECISION, "/decision/decidedOn", asOf.toString(),
          decidedOn.toString(), decidedOn.toString()).forRecord(record.recordId()));
    }
    if (refusal != null) {
      return AssessmentResult.refused(record.recordId(), refusal);
    }
    rules = category.get();
    // SPEC-CHOICE(R-DATE-4): CALENDAR_RANGE is checked last (only a record that is otherwise assessable reaches
    // the calendar); its path is "" (the whole record) and its value the first uncovered day that was needed.
    try {
      return AssessmentResult.of(assess());
    } catch (CalendarRangeException e) {
      String detailZh = "日历 " + calendar.id() + " 的覆盖范围为 " + e.firstCovered() + " 至 " + e.lastCovered();
      String detailEn = "calendar " + calendar.id() + " covers " + e.firstCovered() + " to " + e.lastCovered();
      return AssessmentResult.refused(record.recordId(), List.of(Problem.of(ProblemCode.CALENDAR_RANGE, "",
          String.valueOf(e.day()), detailZh, detailEn).forRecord(record.recordId())));
    }
  }

  private Assessment assess() {
    effectiveOn = record.decision().effectiveDate();

    // R-ERA / R-DISC-3: the era in force on decidedOn and the tier's periods.
    DisclosureEra era = rules.eraFor(decidedOn);
    String eraBasis = era.basis().citation();
    if (era.from().isPresent()) {
      trace("R-ERA", eraBasis, "era from " + era.from().get() + " in force on decidedOn " + decidedOn);
    }
    TierPeriod period = era.tiers().get(record.tier());
    minimumLastDay = decidedOn.plus(period.minimum());
    lastDay = decidedOn.plus(period.maximum());
    trace("R-DISC-3", eraBasis, "minimumLastDay: " + decidedOn + " + " + period.minimum() + " = " + minimumLastDay);
    trace("R-DISC-3", eraBasis, "lastDay: " + decidedOn + " + " + period.maximum() + " = " + lastDay);

    // R-RET.
    LocalDate retentionBase = decidedOn;
    String baseName = "decidedOn";
    if (profile.retentionBase().value() == RetentionBase.ACT_END && record.actEndedOn().isPresent()) {
      retentionBase = record.actEndedOn().get();
      baseName = "actEndedOn";
    }
    Period retention = profile.retentionPeriod().value();
    retentionLastDay = retentionBase.plus(retention);
    trace("R-RET", profile.retentionPeriod().basis().citation(),
        retentionBase + " (" + baseName + ") + " + retention + " = " + retentionLastDay);

    // R-ASOF: a publication after asOf is written as absent.
    publishedOn = record.publishedOn().filter(p -> !p.isAfter(asOf)).orElse(null);

    drafts = MeasureDraft.match(record, profile);
    h = new History(asOf, rules.endsOnRectification().value());
    h.fold(record.events(), this::checkEligibleOnApproval);

    // R-DISC-4: the record expires on lastDay + 1, unless an earlier (or same-day, higher-ranked) cause ended it.
    LocalDate expiry = lastDay.plusDays(1);
    if (!expiry.isAfter(asOf)) {
      h.endBy(expiry, EndReason.EXPIRED, History.EXPIRY_RANK);
    }
    if (h.endedOn != null) {
      trace("R-DISC-4", "", h.endReason == EndReason.EXPIRED
          ? "endedOn: lastDay " + lastDay + " + 1 day = " + h.endedOn + " (EXPIRED)"
          : "endedOn: " + h.endReason + " on " + h.endedOn);
    }

    boolean purgeDue = asOf.isAfter(retentionLastDay) || h.revokedOn != null;
    boolean pending = h.objectionPendingOn(asOf);

    DisclosureAssessment disclosure = disclosure(purgeDue, pending);
    ObjectionAssessment objection = objection(pending);
    RepairAssessment repair = repair(pending);
    List<MeasureAssessment> measures = measures(purgeDue, pending);

    // R-REV: withdrawal and remedies.
    LocalDate withdrawBy = null;
    List<Remedy> remedies = List.of();
    if (h.revokedOn != null) {
      if (visibleOn(h.revokedOn.minusDays(1))) {
        int days = profile.withdrawWithinDays().value();
        withdrawBy = calendar.calendarDaysDeadline(h.revokedOn, days);
        trace("R-REV", profile.withdrawWithinDays().basis().citation(), "withdrawBy: " + h.revokedOn + " + "
            + days + " days = " + h.revokedOn.plusDays(days) + ", on or next working day = " + withdrawBy);
      }
      if (h.revokedOn.isAfter(effectiveOn) && hasNonStatutoryMeasure()
          && !(h.mitigation == MitigationDecision.EXEMPT && !h.mitigatedOn.isAfter(effectiveOn))) {
        remedies = List.of(Remedy.REPUTATION_RESTORATION);
      }
    }

    Assessment.Builder b = Assessment.builder()
        .recordId(record.recordId())
        .asOf(asOf)
        .profile(ProfileRef.of(profile))
        .era(era.from())
        .state(state(purgeDue, pending))
        .tier(record.tier())
        .disclosure(disclosure)
        .retention(RetentionAssessment.of(retentionLastDay, purgeDue))
        .objection(objection)
        .repair(repair)
        .measures(measures)
        .remedies(remedies)
        .withdrawBy(Optional.ofNullable(withdrawBy))
        .problems(problems)
        .trace(trace);
    return b.build();
  }

  /**
   * R-REP-2: an approval on a day the record was not eligible still takes effect, with WARNING
   * REPAIR_NOT_ELIGIBLE. SPEC-CHOICE(R-REP-2): eligibility is R-REP-1 evaluated on A itself (not A − 1), over the
   * events before the approval in array order (what the deciding authority saw that day); in a category that is
   * not repairable the warning is always given (R-REP-3).
   */
  private void checkEligibleOnApproval(int index, LocalDate on) {
    boolean pending = h.objectionPendingOn(on);
    boolean active = (h.endedOn == null || on.isBefore(h.endedOn)) && !on.isAfter(lastDay);
    int blockers = blockers(on, pending, active);
    if (blockers != 0) {
      String names = Blockers.names(blockers);
      problems.add(Problem.of(ProblemCode.REPAIR_NOT_ELIGIBLE, "/events/" + index, on.toString(), names, names)
          .forRecord(record.recordId()));
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-DISC

  private DisclosureAssessment disclosure(boolean purgeDue, boolean pending) {
    NotDisclosedReason reason = notDisclosedReason();
    boolean disclosable = reason == null;

    // R-DISC-2.
    LocalDate publishBy = null;
    PublicationStatus publication = PublicationStatus.NOT_REQUIRED;
    if (disclosable && rules.publicationWorkingDays().isPresent()) {
      int days = rules.publicationWorkingDays().get().value();
      LocalDate deadline = calendar.addWorkingDays(decidedOn, days);
      // SPEC-CHOICE(R-DISC-2): published on the revocation day itself is not "published before the revocation".
      boolean revokedUnpublished = h.revokedOn != null && !h.revokedOn.isAfter(deadline)
          && (publishedOn == null || !publishedOn.isBefore(h.revokedOn));
      if (!revokedUnpublished) {
        publishBy = deadline;
        trace("R-DISC-2", rules.publicationWorkingDays().get().basis().citation(),
            "publishBy: " + ordinal(days) + " working day after " + decidedOn + " = " + deadline);
        if (publishedOn != null) {
          publication = publishedOn.isAfter(deadline) ? PublicationStatus.LATE : PublicationStatus.ON_TIME;
        } else {
          publication = asOf.isAfter(deadline) ? PublicationStatus.OVERDUE : PublicationStatus.PENDING;
        }
      }
    }

    boolean visible = disclosable && publishedOn != null && h.endedOn == null && !purgeDue
        && !(pending && profile.hideDuringObjection().value());
    return DisclosureAssessment.builder()
        .disclosable(disclosable)
        .reason(Optional.ofNullable(reason))
        .publishBy(Optional.ofNullable(publishBy))
        .publishedOn(Optional.ofNullable(publishedOn))
        .publication(publication)
        .minimumLastDay(minimumLastDay)
        .lastDay(lastDay)
        .visible(visible)
        .underObjection(pending)
        .endedOn(Optional.ofNullable(h.endedOn))
        .endReason(Optional.ofNullable(h.endReason))
        .build();
  }

  private NotDisclosedReason notDisclosedReason() {
    if (record.effectiveDisclosureRestriction() != DisclosureRestriction.NONE) {
      return NotDisclosedReason.RESTRICTED;
    }
    if (!rules.disclosable().value()) {
      return NotDisclosedReason.CATEGORY_NOT_DISCLOSED;
    }
    if (!rules.eraFor(decidedOn).tiers().get(record.tier()).disclosed()) {
      return NotDisclosedReason.TIER_NOT_DISCLOSED;
    }
    return null;
  }

  /** R-DISC-4 and R-DISC-5 on a day d ≤ asOf (used for R-REV at R − 1). */
  private boolean visibleOn(LocalDate day) {
    boolean active = !day.isBefore(decidedOn) && (h.endedOn == null || day.isBefore(h.endedOn));
    boolean purgeDue = day.isAfter(retentionLastDay) || (h.revokedOn != null && !h.revokedOn.isAfter(day));
    boolean hidden = profile.hideDuringObjection().value() && h.objectionPendingOn(day);
    return notDisclosedReason() == null && publishedOn != null && !publishedOn.isAfter(day) && active && !purgeDue
        && !hidden;
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-OBJ

  private ObjectionAssessment objection(boolean pending) {
    if (h.objections == null || h.objections.isEmpty()) {
      return ObjectionAssessment.of(ObjectionStatus.NONE, null, false);
    }
    LocalDate filed = h.objections.lastFiled();
    int days = profile.objectionDecideWorkingDays().value();
    LocalDate decideBy = calendar.addWorkingDays(filed, days);
    trace("R-OBJ", profile.objectionDecideWorkingDays().basis().citation(),
        "decideBy: " + ordinal(days) + " working day after " + filed + " = " + decideBy);
    ObjectionOutcome outcome = h.objections.lastOutcome();
    ObjectionStatus status = outcome == null ? ObjectionStatus.PENDING : ObjectionStatus.valueOf(outcome.name());
    boolean open = outcome == null;
    return ObjectionAssessment.of(status, decideBy, open && asOf.isAfter(decideBy));
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-REP

  private RepairAssessment repair(boolean pending) {
    boolean repairable = rules.repairable().value();
    int blockers = blockers(asOf, pending, h.endedOn == null);
    LocalDate eligibleFrom = null;
    if ((blockers & ~Blockers.bit(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED)) == 0) {
      LocalDate from = minimumLastDay.plusDays(1);
      StringBuilder why = new StringBuilder("eligibleFrom: latest of minimumLastDay + 1 = ").append(from);
      if (rectificationRequired(asOf) && h.rectifiedOn != null) {
        why.append(", rectified ").append(h.rectifiedOn);
        from = max(from, h.rectifiedOn);
      }
      LocalDate resolved = h.objections == null ? null : h.objections.lastResolved();
      if (resolved != null) {
        why.append(", objection resolved ").append(resolved);
        from = max(from, resolved);
      }
      why.append(" = ").append(from);
      if (from.isAfter(lastDay)) {
        why.append(", after lastDay ").append(lastDay).append(": none");
      } else {
        eligibleFrom = from;
      }
      trace("R-REP-1", "", why.toString());
    }

    // R-REP-2 / R-REP-4: pushBy from the first approval or performance.
    LocalDate pushFrom = h.repairedOn;
    if (h.performedOn != null && (pushFrom == null || h.performedOn.isBefore(pushFrom))) {
      pushFrom = h.performedOn;
    }
    LocalDate pushBy = null;
    if (pushFrom != null) {
      int days = profile.repairPushWorkingDays().value();
      pushBy = calendar.addWorkingDays(pushFrom, days);
      trace(pushFrom.equals(h.repairedOn) ? "R-REP-2" : "R-REP-4", profile.repairPushWorkingDays().basis().citation(),
          "pushBy: " + ordinal(days) + " working day after " + pushFrom + " = " + pushBy);
    }
    return RepairAssessment.builder()
        .status(repairable ? h.repairStatus : RepairStatus.NOT_REPAIRABLE)
        .eligible(blockers == 0)
        .eligibleFrom(Optional.ofNullable(eligibleFrom))
        .blockers(Blockers.sortedList(blockers))
        .pushBy(Optional.ofNullable(pushBy))
        .build();
  }

  /**
   * R-REP-1 on a day, as a bit set of {@link RepairBlocker} ordinals; every condition is checked on its own.
   * SPEC-CHOICE(R-REP-1): "still active" also fails once the scheduled lastDay has passed (the EXPIRED end).
   */
  private int blockers(LocalDate day, boolean objectionPending, boolean active) {
    int set = 0;
    if (!rules.repairable().value()) {
      set |= Blockers.bit(RepairBlocker.NOT_REPAIRABLE);
    }
    if (!day.isAfter(minimumLastDay)) {
      set |= Blockers.bit(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED);
    }
    if (rectificationRequired(day) && (h.rectifiedOn == null || h.rectifiedOn.isAfter(day))) {
      set |= Blockers.bit(RepairBlocker.RECTIFICATION_INCOMPLETE);
    }
    if (objectionPending) {
      set |= Blockers.bit(RepairBlocker.OBJECTION_PENDING);
    }
    if (h.revokedOn != null && !h.revokedOn.isAfter(day)) {
      set |= Blockers.bit(RepairBlocker.REVOKED);
    }
    if (!active) {
      set |= Blockers.bit(RepairBlocker.NOT_ACTIVE);
    }
    return set;
  }

  /**
   * R-REP-1: rectification is required iff a RECTIFICATION measure applies and its state on the day is not
   * WAIVED (a VOID one still counts as required).
   */
  private boolean rectificationRequired(LocalDate day) {
    // The measure's state on the day, first match wins: VOID (revoked) precedes WAIVED, so a revoked record's
    // RECTIFICATION is required even when a h.mitigation covers it.
    boolean voided = h.revokedOn != null && !h.revokedOn.isAfter(day);
    for (MeasureDraft d : drafts) {
      if (d.code == MeasureCode.RECTIFICATION && (voided || !waived(d, day))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-MEAS

  private List<MeasureAssessment> measures(boolean purgeDue, boolean pending) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<MeasureAssessment> out = new ArrayList<>(drafts.size());
    for (MeasureDraft d : drafts) {
      LocalDate last = d.lastDay(effectiveOn, lastDay, h.rectifiedOn);
      String why = d.explain(effectiveOn, lastDay, h.rectifiedOn, last);
      if (why != null) {
        trace("R-MEAS", d.basisCitations.get(0), d.code + "/" + d.target + " lastDay: " + why);
      }
      out.add(MeasureAssessment.builder()
          .code(d.code)
          .target(d.target)
          .kind(d.kind)
          .statutory(d.statutory)
          .from(effectiveOn)
          .lastDay(Optional.ofNullable(last))
          .state(state(d, last, purgeDue, pending))
          .basis(d.basisCitations)
          .build());
    }
    return out;
  }

  /** R-MEAS: the state of a measure at asOf, first match wins. */
  private MeasureState state(MeasureDraft d, LocalDate last, boolean purgeDue, boolean pending) {
    if (h.revokedOn != null) {
      return MeasureState.VOID;
    }
    if (waived(d, asOf)) {
      return MeasureState.WAIVED;
    }
    LocalDate liftedOn = liftedOn();
    // SPEC-CHOICE(R-MEAS): a ONCE measure is never LIFTED, whatever its kind.
    if (!d.statutory && !d.once && d.kind == MeasureKind.RESTRICTION && liftedOn != null
        && !(last != null && last.isBefore(liftedOn))) {
      return MeasureState.LIFTED;
    }
    if (d.once) {
      // A ONCE action ends once the record is purge-due or its active period ended other than by revocation.
      if (purgeDue || h.endedOn != null) {
        return MeasureState.ENDED;
      }
    } else if (last != null && asOf.isAfter(last)) {
      // SPEC-CHOICE(R-MEAS): a measure with a lastDay ends only after its own lastDay ("lastDay is always the
      // scheduled last day"): a FIXED, UNTIL_YEAR_END or PERMANENT measure of an EXPIRED or PURGE_DUE record
      // keeps its schedule; WHILE_ACTIVE measures end with the active period because their lastDay is its lastDay;
      // early ends (repair) show as LIFTED.
      return MeasureState.ENDED;
    }
    if (asOf.isBefore(effectiveOn)) {
      return MeasureState.PENDING;
    }
    // R-OBJ-1: SPEC-CHOICE(R-OBJ-1): every non-statutory measure, ONCE actions included, is SUSPENDED while an
    // objection is pending on asOf (filedOn ≤ asOf < resolution) in a profile that suspends.
    if (!d.statutory && pending && profile.suspendMeasuresDuringObjection().value()) {
      return MeasureState.SUSPENDED;
    }
    return MeasureState.ACTIVE;
  }

  /** R-REP-2 / R-REP-4: restrictions are lifted from the first approved repair or performance. */
  private LocalDate liftedOn() {
    if (h.performedOn != null && (h.repairedOn == null || h.performedOn.isBefore(h.repairedOn))) {
      return h.performedOn;
    }
    return h.repairedOn;
  }

  /**
   * R-MEAS-1: a non-statutory measure covered by a h.mitigation decided on M ≤ day is WAIVED, unless it had already
   * ended (lastDay &lt; M; for ONCE actions: the record's h.endedOn ≤ M).
   */
  private boolean waived(MeasureDraft d, LocalDate day) {
    if (d.statutory || h.mitigatedOn == null || h.mitigatedOn.isAfter(day)) {
      return false;
    }
    boolean covers = h.mitigation == MitigationDecision.EXEMPT
        || profile.lighterWaives().value().contains(d.code);
    if (!covers) {
      return false;
    }
    if (d.once) {
      return h.endedOn == null || h.endedOn.isAfter(h.mitigatedOn);
    }
    LocalDate last = d.lastDay(effectiveOn, lastDay, h.rectifiedOn);
    return last == null || !last.isBefore(h.mitigatedOn);
  }

  private boolean hasNonStatutoryMeasure() {
    for (MeasureDraft d : drafts) {
      if (!d.statutory) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-STATE

  private RecordState state(boolean purgeDue, boolean pending) {
    if (h.revokedOn != null) {
      return RecordState.REVOKED;
    }
    if (asOf.isAfter(retentionLastDay)) {
      return RecordState.PURGE_DUE;
    }
    if (h.endReason == EndReason.REPAIRED || h.endReason == EndReason.PERFORMED) {
      return RecordState.REPAIRED;
    }
    if (h.endReason == EndReason.EXPIRED) {
      return RecordState.EXPIRED;
    }
    if (pending) {
      return RecordState.UNDER_OBJECTION;
    }
    return RecordState.ACTIVE;
  }

  // ---------------------------------------------------------------------------------------------------------

  private void trace(String rule, String basis, String detail) {
    trace.add(TraceEntry.of(rule, basis, detail));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  /** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix;
    if (mod100 >= 11 && mod100 <= 13) {
      suffix = "th";
    } else {
      switch (n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: suffix = "th";
      }
    }
    return n + suffix;
  }
}
