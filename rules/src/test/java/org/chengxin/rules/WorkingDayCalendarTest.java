package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.chengxin.core.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-DATE-2..4 on the national calendar; every expected date is counted by hand from the year's notice. */
class WorkingDayCalendarTest {

  private static final WorkingDayCalendar CN = WorkingDayCalendars.national();

  /*
   * Notices used below (国务院办公厅关于YYYY年部分节假日安排的通知):
   * 2024 (2023-10-25): 春节 2月10日至17日放假，2月4日（周日）、2月18日（周日）上班；中秋 9月15日至17日放假，
   *   9月14日（周六）上班；国庆 10月1日至7日放假，9月29日（周日）、10月12日（周六）上班。
   * 2025 (2024-11-12): 春节 1月28日至2月4日放假，1月26日（周日）、2月8日（周六）上班；国庆、中秋 10月1日至8日放假，
   *   9月28日（周日）、10月11日（周六）上班。
   * 2023 (2022-12-08): 中秋、国庆 9月29日至10月6日放假，10月7日（周六）、10月8日（周日）上班。
   * 2020 (2019-11-21, extended by 国办发明电〔2020〕1号 of 2020-01-27): 春节 1月24日至2月2日放假，1月19日（周日）上班。
   * 2026 (2025-11): 春节 2月15日至23日放假，2月14日（周六）、2月28日（周六）上班。
   * 2008 (2007-12): 元旦 2007年12月30日至2008年1月1日放假，2007年12月29日（周六）上班。
   */
  @ParameterizedTest(name = "R-DATE-2: {0} + {1} working days = {2}")
  @CsvSource({
      // SPEC R-DATE-2: Mon 8 Jan → 9,10,11,12 (4), 15,16,17 (7)
      "2024-01-08, 7, 2024-01-17",
      // SPEC R-DATE-2: Mon 5 Feb → 6,7,8,9 (4); 10–17 春节; Sun 18 adjusted working day (5)
      "2024-02-05, 5, 2024-02-18",
      // Thu 1 Feb → Fri 2 (1); Sat 3 off; Sun 4 adjusted (2); Mon 5 (3)
      "2024-02-01, 3, 2024-02-05",
      // Fri 9 Feb → 10–17 春节; Sun 18 adjusted (1)
      "2024-02-09, 1, 2024-02-18",
      // Sun 18 Feb (itself worked, not counted) → Mon 19 (1)
      "2024-02-18, 1, 2024-02-19",
      // Fri 13 Sep → Sat 14 adjusted for 中秋 (1); 15–17 中秋; Wed 18 (2)
      "2024-09-13, 2, 2024-09-18",
      // Fri 27 Sep → Sat 28 off; Sun 29 adjusted (1); Mon 30 (2); 1–7 Oct 国庆; Tue 8 (3)
      "2024-09-27, 3, 2024-10-08",
      // Mon 30 Sep → 1–7 Oct 国庆; 8, 9, 10, 11 (4); Sat 12 adjusted (5)
      "2024-09-30, 5, 2024-10-12",
      // Fri 24 Jan 2025 → Sat 25 off; Sun 26 adjusted (1); Mon 27 (2); 28 Jan–4 Feb 春节; Wed 5 Feb (3)
      "2025-01-24, 3, 2025-02-05",
      // Wed 5 Feb 2025 → Thu 6 (1), Fri 7 (2), Sat 8 adjusted (3)
      "2025-02-05, 3, 2025-02-08",
      // Fri 26 Sep 2025 → Sat 27 off; Sun 28 adjusted (1); Mon 29 (2); Tue 30 (3); 1–8 Oct; Thu 9 (4)
      "2025-09-26, 4, 2025-10-09",
      // Thu 9 Oct 2025 → Fri 10 (1), Sat 11 adjusted (2)
      "2025-10-09, 2, 2025-10-11",
      // Thu 28 Sep 2023 → 29 Sep–6 Oct 中秋国庆; Sat 7 (1) and Sun 8 (2) adjusted; Mon 9 (3)
      "2023-09-28, 3, 2023-10-09",
      // Thu 23 Jan 2020 → 24 Jan–2 Feb 春节 (as extended); Mon 3 Feb (1)
      "2020-01-23, 1, 2020-02-03",
      // Fri 17 Jan 2020 → Sat 18 off; Sun 19 adjusted (1)
      "2020-01-17, 1, 2020-01-19",
      // Fri 13 Feb 2026 → Sat 14 adjusted (1); 15–23 春节; Tue 24 (2)
      "2026-02-13, 2, 2026-02-24",
      // Fri 27 Feb 2026 → Sat 28 adjusted (1)
      "2026-02-27, 1, 2026-02-28",
      // across a year set by the next year's notice: Fri 28 Dec 2007 → Sat 29 adjusted (1); 30 Dec–1 Jan 元旦;
      // Wed 2 Jan 2008 (2)
      "2007-12-28, 2, 2008-01-02",
  })
  void addWorkingDays(LocalDate day, int n, LocalDate expected) {
    assertThat(CN.addWorkingDays(day, n)).isEqualTo(expected);
    assertThat(CN.isWorkingDay(expected)).isTrue();
    assertThat(CN.workingDaysBetween(day, expected)).isEqualTo(n);
  }

  @ParameterizedTest(name = "R-DATE-4: {0} working day? {1}")
  @CsvSource({
      "2024-02-04, true",   // Sunday, adjusted working day (春节)
      "2024-02-12, false",  // Monday, 春节
      "2024-02-17, false",  // Saturday, 春节 (listed and a weekend)
      "2024-02-19, true",   // ordinary Monday
      "2024-02-24, false",  // ordinary Saturday
      "2015-09-03, false",  // Thursday, 抗战胜利70周年纪念日 (the second 2015 notice)
      "2015-09-06, true",   // Sunday worked for it
      "2007-12-31, false",  // Monday, 元旦 (set by the 2008 notice)
      "2007-01-01, false",  // the first covered day: Monday, 元旦 2007
      "2026-12-31, true",   // the last covered day: an ordinary Thursday
  })
  void isWorkingDay(LocalDate day, boolean working) {
    assertThat(CN.isWorkingDay(day)).isEqualTo(working);
  }

  @ParameterizedTest(name = "R-DATE-3: {0} + {1} calendar days → {2}")
  @CsvSource({
      // 21 Sep + 10 = Tue 1 Oct 2024, 国庆 until 7 Oct → Tue 8 Oct
      "2024-09-21, 10, 2024-10-08",
      // 5 Feb + 5 = Sat 10 Feb 2024, 春节 10–17 → Sun 18 Feb (adjusted working day)
      "2024-02-05, 5, 2024-02-18",
      // 8 Jan + 15 = Tue 23 Jan 2024, a working day: unchanged
      "2024-01-08, 15, 2024-01-23",
      // 1 Mar + 15 = Sat 16 Mar 2024, an ordinary weekend → Mon 18 Mar
      "2024-03-01, 15, 2024-03-18",
      // 20 Sep + 10 = Sat 30 Sep 2023, 中秋国庆 → Sat 7 Oct 2023 (adjusted working day)
      "2023-09-20, 10, 2023-10-07",
      // 0 days: the day itself, rolled if needed: Sat 17 Feb 2024 → Sun 18 Feb
      "2024-02-17, 0, 2024-02-18",
  })
  void calendarDaysDeadline(LocalDate day, int n, LocalDate expected) {
    assertThat(CN.calendarDaysDeadline(day, n)).isEqualTo(expected);
  }

  @Test
  void onOrNextWorkingDay() {
    assertThat(CN.onOrNextWorkingDay(LocalDate.of(2024, 2, 4))).isEqualTo(LocalDate.of(2024, 2, 4));
    assertThat(CN.onOrNextWorkingDay(LocalDate.of(2024, 10, 1))).isEqualTo(LocalDate.of(2024, 10, 8));
  }

  @Test
  void theCoveredRangeIs2007Through2026() {
    assertThat(CN.id()).isEqualTo("cn-national");
    assertThat(CN.firstCovered()).isEqualTo(LocalDate.of(2007, 1, 1));
    assertThat(CN.lastCovered()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(WorkingDayCalendars.nationalData().notices()).hasSize(20);
    assertThat(WorkingDayCalendars.nationalData().notices().get(2015)).hasSize(2);
    assertThat(WorkingDayCalendars.nationalData().holidays()).containsEntry(LocalDate.of(2024, 2, 12), "春节");
    assertThat(CN.toString()).isEqualTo("WorkingDayCalendar[cn-national 2007-01-01..2026-12-31]");
  }

  @ParameterizedTest(name = "R-DATE-4: {0} is outside the range")
  @CsvSource({"2006-12-31", "2027-01-01", "1999-10-01", "2030-02-01"})
  void daysOutsideTheRangeFail(LocalDate day) {
    assertThatThrownBy(() -> CN.isWorkingDay(day))
        .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
          assertThat(e.day()).isEqualTo(day);
          assertThat(e.firstCovered()).isEqualTo(LocalDate.of(2007, 1, 1));
          assertThat(e.lastCovered()).isEqualTo(LocalDate.of(2026, 12, 31));
          assertThat(e.code()).isEqualTo(ProblemCode.CALENDAR_RANGE);
        })
        .hasMessageContaining(day.toString()).hasMessageContaining("2007-01-01 to 2026-12-31");
  }

  @Test
  void aComputationStartingInsideTheRangeMayRunOutOfIt() {
    // Wed 30 Dec 2026 + 1 = Thu 31 Dec 2026 (no 2026 notice entry in late December)
    assertThat(CN.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
    // + 2 needs 2027, whose notice is not published: an error naming the first uncovered day, never a guess
    assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2026, 12, 30), 2))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.day()).isEqualTo(LocalDate.of(2027, 1, 1)))
        .hasMessageContaining("2026-12-30 plus 2 working days");
    // R-DATE-3 from inside: 20 Dec 2026 + 20 days = 9 Jan 2027
    assertThatThrownBy(() -> CN.calendarDaysDeadline(LocalDate.of(2026, 12, 20), 20))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.day()).isEqualTo(LocalDate.of(2027, 1, 9)));
    // the start day itself must be covered, even though it is not counted
    assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2006, 12, 29), 1))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.day()).isEqualTo(LocalDate.of(2006, 12, 29)));
    assertThatThrownBy(() -> CN.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void theRangeErrorBecomesAProblem() {
    CalendarRangeException e = new CalendarRangeException("cn-national", LocalDate.of(2027, 1, 1),
        LocalDate.of(2007, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(e.toProblem("/decision/decidedOn").code()).isEqualTo(ProblemCode.CALENDAR_RANGE);
    assertThat(e.toProblem("").value()).contains("2027-01-01");
    assertThat(e.toProblem("").detailZh()).contains("2007-01-01").contains("2026-12-31");
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2024, 1, 8), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> CN.calendarDaysDeadline(LocalDate.of(2024, 1, 8), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> CN.isWorkingDay(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aCalendarBuiltFromData() {
    // one week of 2024: Mon 1 Jan holiday, Sat 6 Jan worked
    CalendarData data = CalendarData.builder().id("tiny")
        .firstCovered(LocalDate.of(2024, 1, 1)).lastCovered(LocalDate.of(2024, 1, 7))
        .putHolidays(LocalDate.of(2024, 1, 1), "元旦")
        .putAdjustedWorkingDays(LocalDate.of(2024, 1, 6), "test")
        .build();
    WorkingDayCalendar tiny = WorkingDayCalendars.of(data);
    assertThat(tiny.isWorkingDay(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(tiny.isWorkingDay(LocalDate.of(2024, 1, 6))).isTrue();
    assertThat(tiny.addWorkingDays(LocalDate.of(2024, 1, 1), 5)).isEqualTo(LocalDate.of(2024, 1, 6));
    assertThat(tiny.onOrNextWorkingDay(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 1, 2));
    // Sun 7 Jan is the last day and not a working day: the next one is beyond the range
    assertThatThrownBy(() -> tiny.onOrNextWorkingDay(LocalDate.of(2024, 1, 7)))
        .isInstanceOfSatisfying(CalendarRangeException.class,
            e -> assertThat(e.day()).isEqualTo(LocalDate.of(2024, 1, 8)));
    assertThat(WorkingDayCalendars.of(data)).isEqualTo(tiny).hasSameHashCodeAs(tiny);
  }

  @Test
  void aDayCannotBeBothAHolidayAndAWorkingDay() {
    assertThatThrownBy(() -> CalendarData.builder().id("bad")
        .firstCovered(LocalDate.of(2024, 1, 1)).lastCovered(LocalDate.of(2024, 12, 31))
        .putHolidays(LocalDate.of(2024, 1, 6), "a").putAdjustedWorkingDays(LocalDate.of(2024, 1, 6), "b").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024-01-06");
    assertThatThrownBy(() -> CalendarData.builder().id("bad")
        .firstCovered(LocalDate.of(2024, 1, 2)).lastCovered(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("before");
  }

  @ParameterizedTest(name = "malformed line {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "year 2024 https://x|1|expected 'calendar ID' first",
      "calendar t\\n2024-01-01 H 元旦|2|before the first 'year' line",
      "calendar t\\nyear 2024 u\\n2024-02-30 H x|3|not a real date",
      "calendar t\\nyear 2024 u\\n2024-01-01 X 元旦|3|expected",
      "calendar t\\nyear 2024 u\\n2024-01-01 H|3|expected",
      "calendar t\\nyear 2024 u\\n2024-01-01 H a\\n2024-01-01 W b|4|listed twice",
      "calendar t\\nyear 2024 u\\nyear 2026 v|3|contiguous",
  })
  void malformedCalendarTextNamesTheLine(String text, int line, String message) {
    assertThatThrownBy(() -> CalendarData.parse(new StringReader(text.replace("\\n", "\n")), "test.txt"))
        .hasMessageContaining("test.txt:" + line + ":").hasMessageContaining(message);
  }

  @Test
  void calendarTextRoundTrip() {
    String text = "# comment\ncalendar cn-test\n\nyear 2024 https://a https://b\n2023-12-31 W 元旦\n"
        + "2024-01-01 H 元旦\nyear 2025\n2025-01-01 H 元旦\n";
    CalendarData data = CalendarData.parse(new StringReader(text), "t");
    assertThat(data.id()).isEqualTo("cn-test");
    assertThat(data.firstCovered()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(data.lastCovered()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(data.notices().get(2024)).containsExactly("https://a", "https://b");
    assertThat(data.notices().get(2025)).isEmpty();
    assertThatThrownBy(() -> data.notices().get(2024).add("https://c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(data.holidays()).containsOnlyKeys(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    // a day outside the covered years is kept, never used
    assertThat(data.adjustedWorkingDays()).containsOnlyKeys(LocalDate.of(2023, 12, 31));
    assertThatThrownBy(() -> WorkingDayCalendars.of(data).isWorkingDay(LocalDate.of(2023, 12, 31)))
        .isInstanceOf(CalendarRangeException.class);
  }
}
