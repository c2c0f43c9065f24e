package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.CalendarRangeException;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.TraceEntry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.internal.ProfilePlan.CategoryPlan;
import org.chengxin.rules.internal.ProfilePlan.EraPlan;
import org.chengxin.rules.internal.ProfilePlan.Measures;
import org.chengxin.rules.internal.ProfilePlan.TierPlan;

/**
 * One assessment (SPEC §4): a single-use, single-threaded computation object created by
 * {@link org.chengxin.rules.Assessor}. It folds the events once, then derives every part of the assessment.
 *
 * <p>The profile comes precomputed ({@link ProfilePlan}); the trace texts are written into one reusable
 * {@link TraceText}.
 *
 * <p>The choices where the SPEC leaves room are marked {@code SPEC-CHOICE(R-…)} below.
 */
public final class Evaluation {

  /**
   * R-OBJ without an objection (four records in five): immutable, so every such assessment shares it instead of
   * making its own.
   */
  private static final ObjectionAssessment NO_OBJECTION = ObjectionAssessment.of(ObjectionStatus.NONE, null, false);

  /** {@code ObjectionStatus.valueOf(outcome.name())} by outcome ordinal. */
  private static final ObjectionStatus[] STATUS_BY_OUTCOME = statusByOutcome();

  private final Record record;
  private final ProfilePlan plan;
  private final WorkingDayCalendar calendar;
  private final LocalDate asOf;
  private final Results results;
  /**
   * The trace so far and its text buffer (made for an assessed record only, not for a refusal). An array, not an
   * {@code ArrayList}: the JIT would inline the list's growth code into each of the dozen trace call sites.
   */
  private TraceEntry[] trace;
  private int traceCount;
  private TraceText text;
  private List<Problem> problems;

  private CategoryPlan rules;
  private LocalDate decidedOn;
  private LocalDate effectiveOn;
  private LocalDate minimumLastDay;
  private LocalDate lastDay;
  private LocalDate retentionLastDay;
  private NotDisclosedReason notDisclosed;
  private MeasurePlan[] measures;
  private Measures matched;
  private Period sanctionPeriod;
  /** {@code String.valueOf(sanctionPeriod)}, when a measure needs it (formatted once per distinct period). */
  private String sanctionPeriodText;
  /** The lastDays of the durations of each measure that has several, once the events are folded; else null. */
  private LocalDate[][] durationLastDays;
  /** The measures' lastDays once the events are folded (rectifiedOn may change while folding). */
  private LocalDate[] measureLastDays;

  private History h;
  private LocalDate publishedOn;
  /** R-REV: set by {@link #revocation()}. */
  private LocalDate withdrawBy;
  private List<Remedy> remedies = List.of();

  /** One assessment of a record on asOf, its parts made by {@code results}; call {@link #run()} once. */
  public Evaluation(Record record, ProfilePlan plan, WorkingDayCalendar calendar, LocalDate asOf, Results results) {
    this.record = record;
    this.plan = plan;
    this.calendar = calendar;
    this.asOf = asOf;
    this.results = results;
  }

  /** Runs the assessment; never throws for a record that is structurally complete. */
  public AssessmentResult run() {
    decidedOn = record.decision().decidedOn();
    rules = plan.category(record.category());
    boolean early = asOf.isBefore(decidedOn);
    if (rules == null || early) {
      return refused(early);
    }
    // SPEC-CHOICE(R-DATE-4): CALENDAR_RANGE is checked last (only a record that is otherwise assessable reaches
    // the calendar); its path is "" (the whole record) and its value the first uncovered day that was needed.
    try {
      trace = new TraceEntry[16];
      text = new TraceText();
      effectiveOn = record.decision().effectiveDate();
      // R-ERA, R-DISC-3, R-RET, R-ASOF and R-DISC-1: the era in force on decidedOn, the tier's periods, the
      // retention, the publication as of asOf, and why the record is not disclosed. (Written here rather than in a
      // helper: run() and each of fold(), result(), disclosure(), repair() and measures() is then too large for
      // the JIT to inline into its caller, so each is compiled exactly once instead of again inside every caller.)
      EraPlan era = rules.eraFor(decidedOn);
      String eraBasis = era.citation;
      if (era.fromText != null) {
        trace("R-ERA", eraBasis, text().add(era.fromText).date(decidedOn));
      }
      TierPlan period = era.tier(record.tier());
      LocalDate retentionBase = decidedOn;
      String baseText = plan.retentionFromDecidedText;
      if (plan.retentionFromActEnd) {
        Optional<LocalDate> actEndedOn = record.actEndedOn();
        if (actEndedOn.isPresent()) {
          retentionBase = actEndedOn.get();
          baseText = plan.retentionFromActEndText;
        }
      }
      // R-DISC-3 minimumLastDay and lastDay, then R-RET, each with its trace: one loop, so that LocalDate.plus(Period)
      // and the trace code (both large once compiled inline) are compiled once, not three times, and no per-record
      // arrays are needed.
      for (int i = 0; i < 3; i++) {
        boolean retention = i == 2;
        LocalDate from = retention ? retentionBase : decidedOn;
        LocalDate end = from.plus(i == 0 ? period.minimum : retention ? plan.retention : period.maximum);
        TraceText why = text();
        if (!retention) {
          why.add(i == 0 ? "minimumLastDay: " : "lastDay: ");
        }
        why.date(from).add(i == 0 ? period.minimumText : retention ? baseText : period.maximumText).date(end);
        trace(retention ? "R-RET" : "R-DISC-3", retention ? plan.retentionCitation : eraBasis, why);
        if (i == 0) {
          minimumLastDay = end;
        } else if (retention) {
          retentionLastDay = end;
        } else {
          lastDay = end;
        }
      }

      // R-ASOF: a publication after asOf is written as absent.
      Optional<LocalDate> published = record.publishedOn();
      publishedOn = published.isPresent() && !published.get().isAfter(asOf) ? published.get() : null;

      // R-DISC-1 (the same whatever the day).
      if (record.effectiveDisclosureRestriction() != DisclosureRestriction.NONE) {
        notDisclosed = NotDisclosedReason.RESTRICTED;
      } else if (!rules.disclosable) {
        notDisclosed = NotDisclosedReason.CATEGORY_NOT_DISCLOSED;
      } else if (!period.disclosed) {
        notDisclosed = NotDisclosedReason.TIER_NOT_DISCLOSED;
      }
      fold();
      return AssessmentResult.of(result(era));
    } catch (CalendarRangeException e) {
      return calendarRange(e);
    }
  }

  /** The refusal for a day outside the calendar (rare: kept out of {@link #run()}'s compiled code). */
  private AssessmentResult calendarRange(CalendarRangeException e) {
    String detailZh = "日历 " + calendar.id() + " 的覆盖范围为 " + e.firstCovered() + " 至 " + e.lastCovered();
    String detailEn = "calendar " + calendar.id() + " covers " + e.firstCovered() + " to " + e.lastCovered();
    return AssessmentResult.refused(record.recordId(), List.of(problem(ProblemCode.CALENDAR_RANGE, "",
        String.valueOf(e.day()), detailZh, detailEn)));
  }

  /**
   * The refusal of a record whose category is not in the profile and/or whose decision is after asOf (half the
   * records of a typical run): both problems are built at one call site, so this path compiles small.
   */
  private AssessmentResult refused(boolean early) {
    int first = rules == null ? 0 : 1;
    int end = early ? 2 : 1;
    Problem one = null;
    Problem two = null;
    for (int k = first; k < end; k++) {
      boolean category = k == 0;
      // SPEC-CHOICE(R-STATE): AS_OF_BEFORE_DECISION points at /decision/decidedOn; its value is the asOf date (the
      // message template reads "as-of date {value} is before the decision date {detail}").
      String detail = category ? plan.profile.id() : TraceText.iso(decidedOn);
      Problem p = problem(category ? ProblemCode.CATEGORY_NOT_IN_PROFILE : ProblemCode.AS_OF_BEFORE_DECISION,
          category ? "/category" : "/decision/decidedOn",
          category ? record.category().name() : TraceText.iso(asOf), detail, detail);
      if (one == null) {
        one = p;
      } else {
        two = p;
      }
    }
    // A JDK immutable list, which the result keeps as is (an Arrays.asList would be copied twice by List.copyOf).
    return AssessmentResult.refused(record.recordId(), two == null ? List.of(one) : List.of(one, two));
  }

  /** {@code Problem.of(code, path, value, detailZh, detailEn).forRecord(recordId)}, built once. */
  private Problem problem(ProblemCode code, String path, String value, String detailZh, String detailEn) {
    return Problem.builder().code(code).path(path).value(Optional.ofNullable(value)).detailZh(detailZh)
        .detailEn(detailEn).recordId(Optional.ofNullable(record.recordId())).build();
  }

  /** R-MEAS and §3.6: the measures that apply, the events folded, the measures' lastDays, and R-DISC-4's end. */
  private void fold() {
    matched = plan.measures(record);
    measures = matched.plans;
    if (matched.needsSanctionPeriod) {
      Optional<Sanction> sanction = record.decision().sanction();
      sanctionPeriod = sanction.isPresent() ? sanction.get().period().orElse(null) : null;
      sanctionPeriodText = MeasurePlan.periodText(sanctionPeriod);
    }
    h = new History(asOf, rules.endsOnRectification);
    h.fold(record.events(), this);
    LocalDate[] lastDays = new LocalDate[measures.length];
    for (int i = 0; i < measures.length; i++) {
      MeasurePlan d = measures[i];
      if (d.durations() > 0) {
        // One call site for every measure: the date arithmetic is compiled once.
        LocalDate[] days = d.durationLastDays(effectiveOn, lastDay, h.rectifiedOn, sanctionPeriod);
        if (days.length > 1) {
          if (durationLastDays == null) {
            durationLastDays = new LocalDate[measures.length][];
          }
          durationLastDays[i] = days;
        }
        lastDays[i] = MeasurePlan.latest(days);
      }
    }
    measureLastDays = lastDays;

    // R-DISC-4: the record expires on lastDay + 1, unless an earlier (or same-day, higher-ranked) cause ended it.
    LocalDate expiry = lastDay.plusDays(1);
    if (!expiry.isAfter(asOf)) {
      h.endBy(expiry, EndReason.EXPIRED, History.EXPIRY_RANK);
    }
    // R-DISC-4: the trace of the end of the active period (written here, not in a helper of its own: with it fold()
    // is too large for the JIT to inline, so it is compiled once instead of again inside every caller).
    if (h.endedOn != null) {
      if (h.endReason == EndReason.EXPIRED) {
        trace("R-DISC-4", "",
            text().add("endedOn: lastDay ").date(lastDay).add(" + 1 day = ").date(h.endedOn).add(" (EXPIRED)"));
      } else {
        trace("R-DISC-4", "", text().add("endedOn: ").add(h.endReason).add(" on ").date(h.endedOn));
      }
    }
  }

  /** The parts of the assessment at asOf, and the assessment. */
  private Assessment result(EraPlan era) {
    boolean purgeDue = asOf.isAfter(retentionLastDay) || h.revokedOn != null;
    boolean pending = h.objectionPendingOn(asOf);

    // R-DISC (written here, not in a helper of its own: on its own it is just small enough for the JIT to inline
    // into this method after compiling it separately first, i.e. twice).
    boolean disclosable = notDisclosed == null;

    // R-DISC-2.
    LocalDate publishBy = null;
    PublicationStatus publication = PublicationStatus.NOT_REQUIRED;
    if (disclosable && rules.hasPublication) {
      int days = rules.publicationDays;
      LocalDate deadline = calendar.addWorkingDays(decidedOn, days);
      // SPEC-CHOICE(R-DISC-2): published on the revocation day itself is not "published before the revocation".
      boolean revokedUnpublished = h.revokedOn != null && !h.revokedOn.isAfter(deadline)
          && (publishedOn == null || !publishedOn.isBefore(h.revokedOn));
      if (!revokedUnpublished) {
        publishBy = deadline;
        trace("R-DISC-2", rules.publicationCitation,
            text().add(rules.publicationText).date(decidedOn).add(" = ").date(deadline));
        if (publishedOn != null) {
          publication = publishedOn.isAfter(deadline) ? PublicationStatus.LATE : PublicationStatus.ON_TIME;
        } else {
          publication = asOf.isAfter(deadline) ? PublicationStatus.OVERDUE : PublicationStatus.PENDING;
        }
      }
    }

    boolean visible = disclosable && publishedOn != null && h.endedOn == null && !purgeDue
        && !(pending && plan.hideDuringObjection);
    DisclosureAssessment disclosure = results.disclosure(disclosable, notDisclosed, publishBy, publishedOn,
        publication, minimumLastDay, lastDay, visible, pending, h.endedOn, h.endReason);

    // R-OBJ (written here, not in a helper of its own, for the reason given in fold()).
    ObjectionAssessment objection;
    if (h.objections == null || h.objections.isEmpty()) {
      objection = NO_OBJECTION;
    } else {
      LocalDate filed = h.objections.lastFiled();
      LocalDate decideBy = calendar.addWorkingDays(filed, plan.objectionDays);
      trace("R-OBJ", plan.objectionCitation, text().add(plan.objectionText).date(filed).add(" = ").date(decideBy));
      ObjectionOutcome outcome = h.objections.lastOutcome();
      ObjectionStatus status = outcome == null ? ObjectionStatus.PENDING : STATUS_BY_OUTCOME[outcome.ordinal()];
      objection = ObjectionAssessment.of(status, decideBy, outcome == null && asOf.isAfter(decideBy));
    }
    RepairAssessment repair = repair(pending);
    List<MeasureAssessment> measureList = measures(purgeDue, pending);

    if (h.revokedOn != null) {
      revocation();
    }

    return results.assessment(record.recordId(), asOf, plan.ref, era.from, state(pending), record.tier(), disclosure,
        RetentionAssessment.of(retentionLastDay, purgeDue), objection, repair, measureList, remedies, withdrawBy,
        problems == null ? List.of() : problems, List.of(Arrays.copyOf(trace, traceCount)));
  }


  /**
   * R-REV: withdrawal and remedies of a revoked record (sets {@link #withdrawBy} and {@link #remedies}). Rare, and
   * kept whole (with R-DISC-4/R-DISC-5 visibility on R − 1 written in) so that it is too large for the JIT to inline
   * into {@link #result}: the usual path's compiled code holds none of it.
   */
  private void revocation() {
    // R-DISC-4 and R-DISC-5: was the record visible on the day before the revocation?
    LocalDate day = h.revokedOn.minusDays(1);
    boolean active = !day.isBefore(decidedOn) && (h.endedOn == null || day.isBefore(h.endedOn));
    boolean purgeDue = day.isAfter(retentionLastDay) || !h.revokedOn.isAfter(day);
    boolean hidden = plan.hideDuringObjection && h.objectionPendingOn(day);
    boolean visible = notDisclosed == null && publishedOn != null && !publishedOn.isAfter(day) && active
        && !purgeDue && !hidden;
    if (visible) {
      int days = plan.withdrawDays;
      withdrawBy = calendar.calendarDaysDeadline(h.revokedOn, days);
      trace("R-REV", plan.withdrawCitation, text().add("withdrawBy: ").date(h.revokedOn).add(" + ").add(days)
          .add(" days = ").date(h.revokedOn.plusDays(days)).add(", on or next working day = ").date(withdrawBy));
    }
    if (h.revokedOn.isAfter(effectiveOn) && matched.hasNonStatutory
        && !(h.mitigation == MitigationDecision.EXEMPT && !h.mitigatedOn.isAfter(effectiveOn))) {
      remedies = List.of(Remedy.REPUTATION_RESTORATION);
    }
  }

  /**
   * R-REP-2: an approval on a day the record was not eligible still takes effect, with WARNING
   * REPAIR_NOT_ELIGIBLE. SPEC-CHOICE(R-REP-2): eligibility is R-REP-1 evaluated on A itself (not A − 1), over the
   * events before the approval in array order (what the deciding authority saw that day); in a category that is
   * not repairable the warning is always given (R-REP-3). Called by {@link History#fold} before the approval
   * takes effect.
   */
  void checkEligibleOnApproval(int index, LocalDate on) {
    boolean pending = h.objectionPendingOn(on);
    boolean active = (h.endedOn == null || on.isBefore(h.endedOn)) && !on.isAfter(lastDay);
    int blockers = blockers(on, pending, active, rectificationRequired(on, true));
    if (blockers != 0) {
      notEligible(index, on, blockers);
    }
  }

  /**
   * Adds the R-REP-2 warning REPAIR_NOT_ELIGIBLE (about one record in a hundred): a method of its own, so that the
   * compiled {@link History#fold} does not carry the problem's builder and string code inline.
   */
  private void notEligible(int index, LocalDate on, int blockers) {
    String names = Blockers.names(blockers);
    if (problems == null) {
      problems = new ArrayList<>(2);
    }
    problems.add(problem(ProblemCode.REPAIR_NOT_ELIGIBLE, "/events/".concat(Integer.toString(index)),
        on.toString(), names, names));
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-DISC


  // ---------------------------------------------------------------------------------------------------------
  // R-REP

  private RepairAssessment repair(boolean pending) {
    boolean repairable = rules.repairable;
    // Asked once, for the blockers and for eligibleFrom: the check (with waived() in it) is then compiled once here.
    boolean rectificationRequired = rectificationRequired(asOf, false);
    int blockers = blockers(asOf, pending, h.endedOn == null, rectificationRequired);
    LocalDate eligibleFrom = null;
    if ((blockers & ~Blockers.bit(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED)) == 0) {
      LocalDate from = minimumLastDay.plusDays(1);
      TraceText why = text().add("eligibleFrom: latest of minimumLastDay + 1 = ").date(from);
      if (h.rectifiedOn != null && rectificationRequired) {
        why.add(", rectified ").date(h.rectifiedOn);
        from = max(from, h.rectifiedOn);
      }
      LocalDate resolved = h.objections == null ? null : h.objections.lastResolved();
      if (resolved != null) {
        why.add(", objection resolved ").date(resolved);
        from = max(from, resolved);
      }
      why.add(" = ").date(from);
      if (from.isAfter(lastDay)) {
        why.add(", after lastDay ").date(lastDay).add(": none");
      } else {
        eligibleFrom = from;
      }
      trace("R-REP-1", "", why);
    }

    // R-REP-2 / R-REP-4: pushBy from the first approval or performance.
    LocalDate pushFrom = h.repairedOn;
    if (h.performedOn != null && (pushFrom == null || h.performedOn.isBefore(pushFrom))) {
      pushFrom = h.performedOn;
    }
    LocalDate pushBy = null;
    if (pushFrom != null) {
      pushBy = calendar.addWorkingDays(pushFrom, plan.pushDays);
      trace(pushFrom.equals(h.repairedOn) ? "R-REP-2" : "R-REP-4", plan.pushCitation,
          text().add(plan.pushText).date(pushFrom).add(" = ").date(pushBy));
    }
    return results.repair(repairable ? h.repairStatus : RepairStatus.NOT_REPAIRABLE, blockers == 0, eligibleFrom,
        Blockers.sortedList(blockers), pushBy);
  }

  /**
   * R-REP-1 on a day, as a bit set of {@link RepairBlocker} ordinals; every condition is checked on its own.
   * SPEC-CHOICE(R-REP-1): "still active" also fails once the scheduled lastDay has passed (the EXPIRED end).
   *
   * @param rectificationRequired {@link #rectificationRequired} on the day
   */
  private int blockers(LocalDate day, boolean objectionPending, boolean active, boolean rectificationRequired) {
    int set = 0;
    if (!rules.repairable) {
      set |= Blockers.bit(RepairBlocker.NOT_REPAIRABLE);
    }
    if (!day.isAfter(minimumLastDay)) {
      set |= Blockers.bit(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED);
    }
    if ((h.rectifiedOn == null || h.rectifiedOn.isAfter(day)) && rectificationRequired) {
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
  private boolean rectificationRequired(LocalDate day, boolean folding) {
    if (!matched.hasRectification) {
      return false;
    }
    // The measure's state on the day, first match wins: VOID (revoked) precedes WAIVED, so a revoked record's
    // RECTIFICATION is required even when a mitigation covers it.
    boolean voided = h.revokedOn != null && !h.revokedOn.isAfter(day);
    for (int i = 0; i < measures.length; i++) {
      if (measures[i].code == MeasureCode.RECTIFICATION && (voided || !waived(i, day, folding))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-MEAS

  private List<MeasureAssessment> measures(boolean purgeDue, boolean pending) {
    if (measures.length == 0) {
      return List.of();
    }
    LocalDate liftedOn = liftedOn();
    MeasureAssessment[] out = new MeasureAssessment[measures.length];
    for (int i = 0; i < measures.length; i++) {
      MeasurePlan d = measures[i];
      LocalDate last = measureLastDays[i];
      if (!d.once) {
        TraceText why = text().add(d.traceText);
        d.explain(why, effectiveOn, h.rectifiedOn, sanctionPeriodText,
            durationLastDays == null ? null : durationLastDays[i], last);
        trace("R-MEAS", d.citation, why);
      }
      // R-MEAS: the state at asOf, first match wins (written here, not in a helper, for the reason given in fold()).
      MeasureState state;
      if (h.revokedOn != null) {
        state = MeasureState.VOID;
      } else if (waived(i, asOf, false)) {
        state = MeasureState.WAIVED;
      } else if (!d.statutory && !d.once && d.kind == MeasureKind.RESTRICTION && liftedOn != null
          && !(last != null && last.isBefore(liftedOn))) {
        // SPEC-CHOICE(R-MEAS): a ONCE measure is never LIFTED, whatever its kind.
        state = MeasureState.LIFTED;
      } else if (d.once ? purgeDue || h.endedOn != null : last != null && asOf.isAfter(last)) {
        // A ONCE action ends once the record is purge-due or its active period ended other than by revocation.
        // SPEC-CHOICE(R-MEAS): a measure with a lastDay ends only after its own lastDay ("lastDay is always the
        // scheduled last day"): a FIXED, UNTIL_YEAR_END or PERMANENT measure of an EXPIRED or PURGE_DUE record
        // keeps its schedule; WHILE_ACTIVE measures end with the active period because their lastDay is its
        // lastDay; early ends (repair) show as LIFTED.
        state = MeasureState.ENDED;
      } else if (asOf.isBefore(effectiveOn)) {
        state = MeasureState.PENDING;
      } else if (!d.statutory && pending && plan.suspendMeasuresDuringObjection) {
        // R-OBJ-1: SPEC-CHOICE(R-OBJ-1): every non-statutory measure, ONCE actions included, is SUSPENDED while an
        // objection is pending on asOf (filedOn ≤ asOf < resolution) in a profile that suspends.
        state = MeasureState.SUSPENDED;
      } else {
        state = MeasureState.ACTIVE;
      }
      out[i] = results.measure(d.code, d.target, d.kind, d.statutory, effectiveOn, last, state, d.basis);
    }
    return List.of(out); // immutable: the assessment keeps it as is
  }

  /** R-REP-2 / R-REP-4: restrictions are lifted from the first approved repair or performance. */
  private LocalDate liftedOn() {
    if (h.performedOn != null && (h.repairedOn == null || h.performedOn.isBefore(h.repairedOn))) {
      return h.performedOn;
    }
    return h.repairedOn;
  }

  /**
   * R-MEAS-1: a non-statutory measure covered by a mitigation decided on M ≤ day is WAIVED, unless it had already
   * ended (lastDay &lt; M; for ONCE actions: the record's endedOn ≤ M).
   *
   * @param folding whether the events are still being folded: the lastDay is then computed with the
   *     rectification seen so far, else it is the final one (a constant at each call site, so that the compiled
   *     code of the usual path holds no date arithmetic)
   */
  private boolean waived(int i, LocalDate day, boolean folding) {
    MeasurePlan d = measures[i];
    if (d.statutory || h.mitigatedOn == null || h.mitigatedOn.isAfter(day)) {
      return false;
    }
    boolean covers = h.mitigation == MitigationDecision.EXEMPT || d.lighterWaived;
    if (!covers) {
      return false;
    }
    if (d.once) {
      return h.endedOn == null || h.endedOn.isAfter(h.mitigatedOn);
    }
    LocalDate last = folding
        ? d.lastDay(effectiveOn, lastDay, h.rectifiedOn, sanctionPeriod) : measureLastDays[i];
    return last == null || !last.isBefore(h.mitigatedOn);
  }

  // ---------------------------------------------------------------------------------------------------------
  // R-STATE

  private RecordState state(boolean pending) {
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
  // Text

  /** The reusable buffer, emptied. */
  private TraceText text() {
    return text.clear();
  }

  /** Adds an entry whose detail is the text written into {@code detail} (kept as its parts: see TraceParts). */
  private void trace(String rule, String basis, TraceText detail) {
    TraceEntry entry = detail.entry(rule, basis);
    if (traceCount == trace.length) {
      growTrace();
    }
    trace[traceCount++] = entry;
  }

  /** Doubles the trace array (rare: a record has fewer than 16 entries; kept out of the inlined trace code). */
  private void growTrace() {
    trace = Arrays.copyOf(trace, traceCount * 2);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  private static ObjectionStatus[] statusByOutcome() {
    ObjectionOutcome[] outcomes = ObjectionOutcome.values();
    ObjectionStatus[] statuses = new ObjectionStatus[outcomes.length];
    for (ObjectionOutcome o : outcomes) {
      statuses[o.ordinal()] = ObjectionStatus.valueOf(o.name());
    }
    return statuses;
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
    return Integer.toString(n).concat(suffix);
  }
}
