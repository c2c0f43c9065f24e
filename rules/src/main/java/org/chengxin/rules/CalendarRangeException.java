package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.chengxin.core.ChengxinException;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;

/**
 * A computation needed a day the calendar does not cover (R-DATE-4). Problem code {@code CALENDAR_RANGE}. The
 * calendar never guesses: a day after the last published State Council notice has no known status.
 *
 * <pre>{@code
 * WorkingDayCalendars.national().isWorkingDay(LocalDate.of(2027, 1, 4));
 * // CalendarRangeException: calendar cn-national covers 2007-01-01 to 2026-12-31, not 2027-01-04
 * }</pre>
 */
public final class CalendarRangeException extends ChengxinException {
  private static final long serialVersionUID = 1L;
  private final String calendarId;
  private final transient LocalDate day;
  private final transient LocalDate firstCovered;
  private final transient LocalDate lastCovered;

  /** The day was needed by a computation on a calendar covering firstCovered..lastCovered (inclusive). */
  public CalendarRangeException(String calendarId, LocalDate day, LocalDate firstCovered, LocalDate lastCovered) {
    this(calendarId, day, firstCovered, lastCovered, null);
  }

  /**
   * As {@link #CalendarRangeException(String, LocalDate, LocalDate, LocalDate)}, saying what needed the day, e.g.
   * {@code "2026-12-20 plus 30 working days"}.
   */
  public CalendarRangeException(String calendarId, LocalDate day, LocalDate firstCovered, LocalDate lastCovered,
      String neededFor) {
    super("calendar " + calendarId + " covers " + firstCovered + " to " + lastCovered + ", not " + day
        + (neededFor == null ? "" : " (needed for " + neededFor + ")"));
    this.calendarId = requireNonNull(calendarId, "calendarId");
    this.day = requireNonNull(day, "day");
    this.firstCovered = requireNonNull(firstCovered, "firstCovered");
    this.lastCovered = requireNonNull(lastCovered, "lastCovered");
  }

  /** The id of the calendar, e.g. {@code cn-national}. */
  public String calendarId() {
    return calendarId;
  }

  /** The day that was not covered. */
  public LocalDate day() {
    return day;
  }

  /** The first day the calendar covers (inclusive). */
  public LocalDate firstCovered() {
    return firstCovered;
  }

  /** The last day the calendar covers (inclusive). */
  public LocalDate lastCovered() {
    return lastCovered;
  }

  /** Always {@link ProblemCode#CALENDAR_RANGE}. */
  public ProblemCode code() {
    return ProblemCode.CALENDAR_RANGE;
  }

  /** This failure as a §8 problem at a JSON Pointer path; the value is the uncovered day. */
  public Problem toProblem(String path) {
    return Problem.of(ProblemCode.CALENDAR_RANGE, requireNonNull(path, "path"), day.toString(),
        "日历 " + calendarId + " 的覆盖范围为 " + firstCovered + " 至 " + lastCovered,
        "calendar " + calendarId + " covers " + firstCovered + " to " + lastCovered);
  }
}
