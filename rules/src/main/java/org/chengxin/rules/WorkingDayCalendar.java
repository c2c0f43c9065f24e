package org.chengxin.rules;

import java.time.LocalDate;

/**
 * A working-day calendar (R-DATE-4): a day is a working day iff it is listed as an adjusted working day (调休),
 * or it is Monday–Friday and not listed as a holiday. Implementations are immutable and thread-safe, and throw
 * {@link CalendarRangeException} for any day outside {@link #firstCovered()}..{@link #lastCovered()} — never a
 * guess.
 */
public interface WorkingDayCalendar {

  /** An identifier, e.g. {@code cn-national}. */
  String id();

  /** The first day covered (inclusive). */
  LocalDate firstCovered();

  /** The last day covered (inclusive). */
  LocalDate lastCovered();

  /**
   * Whether the day is a working day.
   *
   * @throws CalendarRangeException outside the covered range
   */
  boolean isWorkingDay(LocalDate day);

  /**
   * R-DATE-2: the N-th working day after {@code day} ({@code day} not counted), N ≥ 1. Example: 2024-02-05 plus 5
   * working days is 2024-02-18, a Sunday that was an adjusted working day.
   *
   * @throws CalendarRangeException if any day needed is outside the covered range
   * @throws IllegalArgumentException if n < 1
   */
  LocalDate addWorkingDays(LocalDate day, int n);

  /**
   * R-DATE-3: {@code day} itself if it is a working day, else the next working day (民法典 Art. 203).
   *
   * @throws CalendarRangeException if any day needed is outside the covered range
   */
  LocalDate onOrNextWorkingDay(LocalDate day);

  /**
   * R-DATE-3: "within N calendar days of D" → {@code onOrNextWorkingDay(D.plusDays(n))}.
   */
  default LocalDate calendarDaysDeadline(LocalDate day, int n) {
    return onOrNextWorkingDay(day.plusDays(n));
  }
}
