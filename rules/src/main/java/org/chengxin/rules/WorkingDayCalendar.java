package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A working-day calendar (工作日历, R-DATE-4): a day is a working day iff it is listed as an adjusted working day
 * (调休), or it is Monday–Friday and not listed as a holiday. Implementations are immutable and thread-safe, and
 * throw {@link CalendarRangeException} for any day outside {@link #firstCovered()}..{@link #lastCovered()} — never
 * a guess. Get one from {@link WorkingDayCalendars}: {@code national()}, {@code load(id)} or {@code of(data)}.
 *
 * <pre>{@code
 * WorkingDayCalendar cn = WorkingDayCalendars.national();
 * cn.isWorkingDay(LocalDate.of(2024, 2, 18));            // true: a Sunday worked to make up for 春节
 * cn.addWorkingDays(LocalDate.of(2024, 1, 8), 7);        // 2024-01-17 (R-DATE-2)
 * cn.calendarDaysDeadline(LocalDate.of(2024, 9, 21), 10); // 2024-10-01 is 国庆节 → 2024-10-08 (R-DATE-3)
 * }</pre>
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
   * <p>The start day itself must be covered, even though it is not counted.
   *
   * @throws CalendarRangeException if any day needed is outside the covered range
   * @throws IllegalArgumentException if {@code n < 1}
   */
  LocalDate addWorkingDays(LocalDate day, int n);

  /**
   * R-DATE-3: {@code day} itself if it is a working day, else the next working day (民法典 Art. 203).
   *
   * @throws CalendarRangeException if any day needed is outside the covered range
   */
  LocalDate onOrNextWorkingDay(LocalDate day);

  /**
   * R-DATE-3: "within N calendar days of D" → {@code onOrNextWorkingDay(D.plusDays(n))}, N ≥ 0.
   *
   * @throws CalendarRangeException if any day needed is outside the covered range
   * @throws IllegalArgumentException if {@code n < 0}
   */
  default LocalDate calendarDaysDeadline(LocalDate day, int n) {
    requireNonNull(day, "day");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    return onOrNextWorkingDay(day.plusDays(n));
  }

  /**
   * The number of working days in {@code (startExclusive, endInclusive]}; 0 if {@code endInclusive} is not after
   * {@code startExclusive}. Example: (2024-02-05, 2024-02-18] holds 5 working days.
   *
   * @throws CalendarRangeException if either day is outside the covered range
   */
  default int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    requireNonNull(startExclusive, "startExclusive");
    requireNonNull(endInclusive, "endInclusive");
    isWorkingDay(startExclusive);
    isWorkingDay(endInclusive);
    int count = 0;
    for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
