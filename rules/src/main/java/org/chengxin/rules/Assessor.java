package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.chengxin.core.Record;
import org.chengxin.rules.internal.Evaluation;
import org.chengxin.rules.internal.ProfilePlans;

/**
 * 评估引擎 — the pure assessment engine of SPEC §4: {@code assess(record, profile, calendar, asOf)}.
 *
 * <p>Thread-safe and pure: no clock, no default zone or locale, no I/O. The same inputs always give an equal
 * result. The only state is a bounded cache of what the engine derives from the last few profiles it was given
 * (by identity; it never changes a result). Problems are returned, never thrown: a record that cannot be assessed (category not in the
 * profile, asOf before the decision, a date outside the calendar) yields a {@linkplain AssessmentResult#isRefused()
 * refusal}.
 *
 * <pre>{@code
 * AssessmentResult r = Assessor.create().assess(record, profile, calendar, LocalDate.parse("2024-03-01"));
 * r.assessment().disclosure().lastDay();   // 2025-01-08 for a GENERAL penalty decided 2024-01-08 (2023 era)
 * }</pre>
 *
 * <p>Every choice where the SPEC leaves room is marked {@code SPEC-CHOICE(R-…)} in
 * {@code org.chengxin.rules.internal.Evaluation} and listed in {@code docs/assessment-choices.md}.
 */
public final class Assessor {

  private static final Assessor INSTANCE = new Assessor();

  /** The precomputed profiles; 8 covers every seed profile and a few more. */
  private final ProfilePlans plans = new ProfilePlans(8);

  private Assessor() {}

  /** The engine (a shared instance). */
  public static Assessor create() {
    return INSTANCE;
  }

  /**
   * Assesses a record on {@code asOf} under a profile and a working-day calendar.
   *
   * @param record a valid record (validate it first: an invalid record's assessment is unspecified, but never
   *     throws)
   * @param profile the resolved profile
   * @param calendar the working-day calendar
   * @param asOf the day of the assessment; only events and publication on or before it count (R-ASOF)
   * @return the assessment, or a refusal with problems {@code CATEGORY_NOT_IN_PROFILE},
   *     {@code AS_OF_BEFORE_DECISION} or {@code CALENDAR_RANGE}
   */
  public AssessmentResult assess(Record record, Profile profile, WorkingDayCalendar calendar, LocalDate asOf) {
    requireNonNull(record, "record");
    requireNonNull(profile, "profile");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    return new Evaluation(record, plans.of(profile), calendar, asOf, EngineResults.INSTANCE).run();
  }
}
