package org.chengxin.rules;

import java.time.LocalDate;
import java.util.Set;

/** A test {@link CalendarProvider}: fictional regional data, not a real region's holidays. */
public final class TestRegionalCalendars implements CalendarProvider {

  /** Required by ServiceLoader. */
  public TestRegionalCalendars() {}

  @Override
  public Set<String> calendarIds() {
    return Set.of("cn-test-region", "cn-test-2027");
  }

  @Override
  public WorkingDayCalendar calendar(String id) {
    CalendarData.Builder data = CalendarData.builder().from(WorkingDayCalendars.nationalData()).id(id);
    if (id.equals("cn-test-region")) {
      data.putHolidays(LocalDate.of(2024, 4, 11), "地方节日（测试）");
    } else {
      data.lastCovered(LocalDate.of(2027, 12, 31)).putHolidays(LocalDate.of(2027, 1, 1), "元旦（测试）");
    }
    return WorkingDayCalendars.of(data.build());
  }
}
