package org.chengxin.rules;

import java.time.LocalDate;
import org.chengxin.core.ChengxinException;

/** A computation needed a day the calendar does not cover (R-DATE-4). Problem code {@code CALENDAR_RANGE}. */
public final class CalendarRangeException extends ChengxinException {
  private static final long serialVersionUID = 1L;
  private final transient LocalDate day;
  private final transient LocalDate firstCovered;
  private final transient LocalDate lastCovered;

  public CalendarRangeException(String calendarId, LocalDate day, LocalDate firstCovered, LocalDate lastCovered) {
    super("calendar " + calendarId + " covers " + firstCovered + " to " + lastCovered + ", not " + day);
    this.day = day;
    this.firstCovered = firstCovered;
    this.lastCovered = lastCovered;
  }

  /** The day that was not covered. */
  public LocalDate day() {
    return day;
  }

  public LocalDate firstCovered() {
    return firstCovered;
  }

  public LocalDate lastCovered() {
    return lastCovered;
  }
}
