package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.chengxin.rules.CalendarData;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-DATE-4: a day is a working day iff it is listed W, or it is Monday to Friday and not listed H — checked day by
 * day against {@link LocalDate#getDayOfWeek()}, for the national calendar and for ranges starting on every day of
 * the week and crossing 64-day word boundaries.
 */
class DataCalendarTest {

  private static boolean expected(CalendarData data, LocalDate d) {
    if (data.adjustedWorkingDays().containsKey(d)) {
      return true;
    }
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !data.holidays().containsKey(d);
  }

  private static void matchesDayByDay(CalendarData data) {
    DataCalendar calendar = new DataCalendar(data);
    int working = 0;
    LocalDate firstWorking = null;
    for (LocalDate d = data.firstCovered(); !d.isAfter(data.lastCovered()); d = d.plusDays(1)) {
      boolean w = expected(data, d);
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isEqualTo(w);
      if (w) {
        working++;
        if (firstWorking == null) {
          firstWorking = d;
        }
      }
    }
    assertThat(calendar.workingDaysBetween(data.firstCovered(), data.lastCovered()))
        .isEqualTo(working - (expected(data, data.firstCovered()) ? 1 : 0));
  }

  @Test
  void theNationalCalendarIsMondayToFridayExceptHolidaysPlusAdjustedWorkingDays() {
    matchesDayByDay(WorkingDayCalendars.nationalData());
  }

  /** 2024-01-01 was a Monday: starts on each day of the week, lengths around multiples of 64 days. */
  @ParameterizedTest(name = "starts 2024-01-0{0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void anyStartingDayAndLength(int dayOfMonth) {
    LocalDate first = LocalDate.of(2024, 1, dayOfMonth);
    for (int days : new int[] {1, 2, 63, 64, 65, 127, 128, 129, 400}) {
      CalendarData.Builder builder = CalendarData.builder()
          .id("t")
          .firstCovered(first)
          .lastCovered(first.plusDays(days - 1))
          .putHolidays(first, "h") // the first day, whatever it is
          .putHolidays(first.minusDays(3), "outside the range: kept, never used");
      if (days >= 3) {
        builder.putHolidays(first.plusDays(days / 2), "h").putAdjustedWorkingDays(first.plusDays(days - 1), "w");
      }
      CalendarData data = builder.build();
      matchesDayByDay(data);
    }
  }
}
