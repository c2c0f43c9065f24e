package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;

/**
 * Date arithmetic of the civil code (民法典 Art. 201–203) that needs no calendar (R-DATE-1). Working-day
 * deadlines (R-DATE-2, R-DATE-3) are on {@link WorkingDayCalendar}.
 */
public final class LegalDates {

  private LegalDates() {}

  /**
   * R-DATE-1: the last day of a period counted from {@code start}: {@code start.plus(period)}. The start day is
   * not counted (Art. 201); the period ends on the corresponding day of the final month, or on that month's last
   * day if it has none (Art. 202). Examples: 2024-01-31 + P1M → 2024-02-29; 2023-01-31 + P1M → 2023-02-28;
   * 2024-02-29 + P1Y → 2025-02-28; 2024-03-15 + P6M → 2024-09-15.
   */
  public static LocalDate lastDayOf(LocalDate start, Period period) {
    requireNonNull(start, "start");
    requireNonNull(period, "period");
    return start.plus(period);
  }
}
