package org.chengxin.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A test calendar covering 2024-01-01 to 2025-12-31, hand-entered from the State Council notices
 * (国办发明电〔2023〕7号 for 2024, 国办发明电〔2024〕12号 for 2025). Independent of the production calendar, so that
 * the engine's tests do not depend on it.
 */
final class TestCalendar implements WorkingDayCalendar {

  static final TestCalendar INSTANCE = new TestCalendar();

  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> adjusted = new HashSet<>();

  private TestCalendar() {
    // 2024: 元旦 01-01; 春节 02-10..02-17; 清明 04-04..04-06; 劳动节 05-01..05-05; 端午 06-10; 中秋 09-15..09-17;
    // 国庆 10-01..10-07. Adjusted working days 02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12.
    holiday("2024-01-01", "2024-01-01");
    holiday("2024-02-10", "2024-02-17");
    holiday("2024-04-04", "2024-04-06");
    holiday("2024-05-01", "2024-05-05");
    holiday("2024-06-10", "2024-06-10");
    holiday("2024-09-15", "2024-09-17");
    holiday("2024-10-01", "2024-10-07");
    for (String d : new String[] {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
        "2024-09-14", "2024-09-29", "2024-10-12"}) {
      adjusted.add(LocalDate.parse(d));
    }
    // 2025: 元旦 01-01; 春节 01-28..02-04; 清明 04-04..04-06; 劳动节 05-01..05-05; 端午 05-31..06-02;
    // 国庆/中秋 10-01..10-08. Adjusted working days 01-26, 02-08, 04-27, 09-28, 10-11.
    holiday("2025-01-01", "2025-01-01");
    holiday("2025-01-28", "2025-02-04");
    holiday("2025-04-04", "2025-04-06");
    holiday("2025-05-01", "2025-05-05");
    holiday("2025-05-31", "2025-06-02");
    holiday("2025-10-01", "2025-10-08");
    for (String d : new String[] {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"}) {
      adjusted.add(LocalDate.parse(d));
    }
  }

  private void holiday(String from, String to) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      holidays.add(d);
    }
  }

  @Override
  public String id() {
    return "test-2024-2025";
  }

  @Override
  public LocalDate firstCovered() {
    return FIRST;
  }

  @Override
  public LocalDate lastCovered() {
    return LAST;
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    if (day.isBefore(FIRST) || day.isAfter(LAST)) {
      throw new CalendarRangeException(id(), day, FIRST, LAST);
    }
    if (adjusted.contains(day)) {
      return true;
    }
    DayOfWeek w = day.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be ≥ 1, not " + n);
    }
    LocalDate d = day;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  @Override
  public LocalDate onOrNextWorkingDay(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
