package org.chengxin.formats.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.chengxin.core.Category;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.Language;
import org.chengxin.core.Record;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.formats.ReadResult;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.CalendarRangeException;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.ReportingSchedule;
import org.chengxin.rules.WorkingDayCalendar;

/**
 * Computes the periodic progress report (SPEC §6) in one pass over the input, in constant memory (counters
 * only).
 *
 * <pre>{@code
 * ReportPeriod q1 = ProgressReports.period(profiles.get("hainan-2017"), "2024-Q1");  // due 2024-04-10
 * ProgressReports.Result r = ProgressReports.compute(reader, profile, WorkingDayCalendars.national(), q1,
 *     Language.ZH, n -> {});
 * }</pre>
 */
public final class ProgressReports {

  private ProgressReports() {}

  /** A report and what happened to every record read. */
  public static final class Result {
    private final ProgressReport report;
    private final InputSummary summary;

    Result(ProgressReport report, InputSummary summary) {
      this.report = report;
      this.summary = summary;
    }

    /** The counts. */
    public ProgressReport report() {
      return report;
    }

    /** "Used" = assessed; "not selected" = decided after the period. */
    public InputSummary summary() {
      return summary;
    }
  }

  /**
   * The period {@code text} of the profile's reporting schedule.
   *
   * @throws ReportPeriodException when the profile has no schedule, the text is malformed, or the period is of
   *     the other kind (a quarter for a half-yearly schedule or the reverse)
   */
  public static ReportPeriod period(Profile profile, String text) {
    requireNonNull(profile, "profile");
    ReportingSchedule schedule = profile.reporting().orElseThrow(() -> new ReportPeriodException(
        "profile '" + profile.id() + "' has no reporting schedule"));
    ReportPeriod period = ReportPeriod.parse(text);
    if (period.frequency() != schedule.frequency().value()) {
      throw new ReportPeriodException("profile '" + profile.id() + "' reports "
          + schedule.frequency().value().en() + ", so '" + text + "' is not one of its periods (use "
          + (schedule.frequency().value() == org.chengxin.rules.ReportingFrequency.QUARTERLY
              ? "YYYY-Q1 … YYYY-Q4" : "YYYY-H1 or YYYY-H2") + ")");
    }
    return period;
  }

  /**
   * Reads every result once and counts.
   *
   * @throws ReportPeriodException when the profile has no schedule or the period is of the other kind
   */
  public static Result compute(Iterator<ReadResult> input, Profile profile, WorkingDayCalendar calendar,
      ReportPeriod period, Language language, LongConsumer progress) {
    requireNonNull(input, "input");
    requireNonNull(calendar, "calendar");
    requireNonNull(period, "period");
    requireNonNull(language, "language");
    requireNonNull(progress, "progress");
    period(profile, period.id()); // the schedule exists and the period is of its kind
    ReportingSchedule schedule = profile.reporting().orElseThrow();
    Tally t = new Tally(profile, calendar, period);
    Pass pass = new Pass(profile, calendar, language);
    InputSummary summary = pass.run(input, (record, p) -> {
      Optional<Assessment> a = p.assess(record, period.to());
      if (p.refused()) {
        return Pass.Outcome.REFUSED;
      }
      if (a.isEmpty()) {
        return Pass.Outcome.NOT_SELECTED; // decided after the period
      }
      try {
        t.count(record, a.get());
      } catch (CalendarRangeException e) {
        p.refuseCalendar(e.getMessage());
        return Pass.Outcome.REFUSED;
      }
      return Pass.Outcome.USED;
    }, progress);
    ProgressReport report = t.build(ProfileRef.of(profile),
        period.dueOn(schedule.dueDayOfFollowingMonth().value()), schedule.recipient());
    return new Result(report, summary);
  }

  /** The counters (a record is counted only once it is fully counted: a calendar failure leaves no trace). */
  private static final class Tally {
    private final Profile profile;
    private final WorkingDayCalendar calendar;
    private final ReportPeriod period;
    private final Map<Category, Long> byCategory = zeros(Category.class);
    private final Map<Tier, Long> byTier = zeros(Tier.class);
    private final Map<SubjectKind, Long> byKind = zeros(SubjectKind.class);
    private final Map<MeasureCode, Long> measures = zeros(MeasureCode.class);
    private long created;
    private long due;
    private long onTime;
    private long late;
    private long overdue;
    private long pending;
    private long filed;
    private long resolved;
    private long objectionsOverdue;
    private long applied;
    private long approved;
    private long expired;
    private long revoked;
    private long rectifications;

    Tally(Profile profile, WorkingDayCalendar calendar, ReportPeriod period) {
      this.profile = profile;
      this.calendar = calendar;
      this.period = period;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
      Map<E, Long> map = new EnumMap<>(type);
      for (E e : type.getEnumConstants()) {
        map.put(e, 0L);
      }
      return map;
    }

    void count(Record record, Assessment a) {
      long lateObjections = objectionsOverdue(record); // may throw CalendarRangeException: nothing counted yet
      objectionsOverdue += lateObjections;
      if (period.contains(record.decision().decidedOn())) {
        created++;
        byCategory.merge(record.category(), 1L, Long::sum);
        byTier.merge(record.tier(), 1L, Long::sum);
        byKind.merge(record.subject().kind(), 1L, Long::sum);
      }
      DisclosureAssessment d = a.disclosure();
      if (d.publishBy().filter(period::contains).isPresent()) {
        due++;
        switch (d.publication()) {
          case ON_TIME:
            onTime++;
            break;
          case LATE:
            late++;
            break;
          case OVERDUE:
            overdue++;
            break;
          default:
            pending++;
        }
      }
      for (Event e : record.events()) {
        if (!period.contains(e.on())) {
          continue;
        }
        if (e.type() == EventType.OBJECTION_FILED) {
          filed++;
        } else if (e.type() == EventType.OBJECTION_RESOLVED) {
          resolved++;
        } else if (e.type() == EventType.REPAIR_APPLIED) {
          applied++;
        } else if (e.type() == EventType.REPAIR_DECIDED && e.approved().orElse(false)) {
          approved++;
        }
      }
      if (d.endedOn().filter(period::contains).isPresent()) {
        EndReason reason = d.endReason().orElseThrow();
        if (reason == EndReason.EXPIRED) {
          expired++;
        } else if (reason == EndReason.REVOKED || reason == EndReason.OBJECTION_UPHELD) {
          revoked++;
        }
      }
      for (MeasureAssessment m : a.measures()) {
        if (m.state() == MeasureState.ACTIVE) {
          measures.merge(m.code(), 1L, Long::sum);
        }
      }
      if (rectificationOverdue(record, d)) {
        rectifications++;
      }
    }

    /**
     * The objections of the record that became overdue in the period: the day after their decideBy (R-OBJ) is in
     * the period and they were not resolved on or before decideBy. An objection is closed by its resolution or by
     * a revocation of the decision.
     */
    private long objectionsOverdue(Record record) {
      long n = 0;
      LocalDate open = null;
      for (Event e : record.events()) {
        if (e.on().isAfter(period.to())) {
          break;
        }
        if (e.type() == EventType.OBJECTION_FILED && open == null) {
          open = e.on();
        } else if (open != null && (e.type() == EventType.OBJECTION_RESOLVED
            || e.type() == EventType.DECISION_REVOKED)) {
          n += overdueInPeriod(open, e.on()) ? 1 : 0;
          open = null;
        }
      }
      if (open != null) {
        n += overdueInPeriod(open, null) ? 1 : 0;
      }
      return n;
    }

    private boolean overdueInPeriod(LocalDate filedOn, LocalDate closedOn) {
      LocalDate decideBy = calendar.addWorkingDays(filedOn, profile.objectionDecideWorkingDays().value());
      return period.contains(decideBy.plusDays(1)) && (closedOn == null || closedOn.isAfter(decideBy));
    }

    /**
     * rectificationDueOn in the period, no RECTIFICATION_COMPLETED on or before it, and the decision not revoked
     * on or before it (a revoked decision imposes nothing).
     */
    private boolean rectificationOverdue(Record record, DisclosureAssessment d) {
      Optional<LocalDate> dueOn = record.rectificationDueOn().filter(period::contains);
      if (dueOn.isEmpty()) {
        return false;
      }
      for (Event e : record.events()) {
        if (e.type() == EventType.RECTIFICATION_COMPLETED && !e.on().isAfter(dueOn.get())) {
          return false;
        }
      }
      boolean revokedBefore = d.endReason().filter(r -> r == EndReason.REVOKED || r == EndReason.OBJECTION_UPHELD)
          .isPresent() && !d.endedOn().get().isAfter(dueOn.get());
      return !revokedBefore;
    }

    ProgressReport build(ProfileRef profileRef, LocalDate dueOn, String recipient) {
      return ProgressReport.builder().profile(profileRef).period(period).dueOn(dueOn).recipient(recipient)
          .newRecords(created).newByCategory(new LinkedHashMap<>(byCategory)).newByTier(new LinkedHashMap<>(byTier))
          .newBySubjectKind(new LinkedHashMap<>(byKind)).publicationDue(due).publishedOnTime(onTime)
          .publishedLate(late).publicationOverdue(overdue).publicationPending(pending).objectionsFiled(filed)
          .objectionsResolved(resolved).objectionsOverdue(objectionsOverdue).repairsApplied(applied)
          .repairsApproved(approved).expired(expired).revoked(revoked)
          .activeMeasures(new LinkedHashMap<>(measures)).rectificationsOverdue(rectifications).build();
    }
  }
}
